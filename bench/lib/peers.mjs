// Builds the two peers of the benchmark into bench/.out/: the same Fig. 2 (same data from
// src/data via src/physics, same controls) as an Observable Framework page and as a hand-made
// page loading Plot's and d3's full UMD bundles. Returns how long each build took.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const OUT = 'bench/.out';

/** Computes fig2-data.json with the site's own physics (bundled by esbuild: src/ is TypeScript). */
async function peerData() {
  const file = join(OUT, 'fig2-data.mjs');
  await build({ entryPoints: ['bench/peer/fig2-data.ts'], bundle: true, format: 'esm', platform: 'node', outfile: file, logLevel: 'error' });
  const mod = await import(`${pathToFileURL(file).href}?t=${Date.now()}`);
  return JSON.stringify(mod.fig2PeerData());
}

export async function buildPeers() {
  mkdirSync(OUT, { recursive: true });
  const json = await peerData();

  const umd = join(OUT, 'umd');
  rmSync(umd, { recursive: true, force: true });
  mkdirSync(umd, { recursive: true });
  for (const [from, to] of [
    ['bench/peer/umd/index.html', 'index.html'],
    ['bench/peer/umd/app.js', 'app.js'],
    ['bench/peer/fig2-plot.js', 'fig2-plot.js'],
    ['node_modules/d3/dist/d3.min.js', 'd3.min.js'],
    ['node_modules/@observablehq/plot/dist/plot.umd.min.js', 'plot.umd.min.js'],
  ])
    copyFileSync(from, join(umd, to));
  writeFileSync(join(umd, 'fig2-data.json'), json);

  const fw = 'bench/peer/framework';
  writeFileSync(join(fw, 'src/fig2-data.json'), json);
  copyFileSync('bench/peer/fig2-plot.js', join(fw, 'src/fig2-plot.js'));
  rmSync(join(fw, 'dist'), { recursive: true, force: true });
  rmSync(join(fw, 'src/.observablehq'), { recursive: true, force: true });
  const t0 = performance.now();
  const result = spawnSync('npx', ['observable', 'build'], { cwd: fw, encoding: 'utf8', env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: 'true' } });
  const frameworkBuildMs = performance.now() - t0;
  if (result.status !== 0) throw new Error(`Observable Framework build failed:\n${result.stdout}\n${result.stderr}`);
  return { frameworkBuildMs, umdDir: umd, frameworkDir: join(fw, 'dist') };
}
