// The validity explorer's split: the build reads src/data (figures/validity/data.server.ts), the page carries that as
// JSON, and the browser module (components/validity/validity-live.ts, the descriptor's drawer) computes from the JSON
// copy. Both must agree, and the browser module must never reach src/data (its schemas and checker are ~10 KB gzip).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { live } from '../../../src/components/validity/validity-live';
import { validityFigure } from '../../../src/figures/validity/descriptor';
import { validityRows } from '../../../src/figures/validity/export';
import { validitySpec } from '../../../src/figures/validity/spec';
import { validityChartLabel, validityReadout } from '../../../src/figures/validity/view';
import { validityData } from '../../../src/figures/validity/data.server';
import { defaultState } from '../../../src/figures/shared/url-state';
import { validitySchema } from '../../../src/figures/validity/state';
import { renderPlotSvg } from '../../../src/figures/shared/plot.server';
import { deltaAmu, MUON_MASS_MEV, TAU_MASS_MEV } from '../../../src/physics/index';
import { expectClose } from '../../helpers/expect-close';

/** The browser-safe modules the lazily loaded chunk draws with. */
const browser = { validityChartLabel, validityReadout, validityRows, validitySpec };
const built = validityData();
/** What the browser gets: the data- attribute's JSON, parsed. */
const embedded = JSON.parse(JSON.stringify(built)) as typeof built;
const state = defaultState(
  validitySchema(
    built.experiments.map((e) => e.id),
    built.sets.map((s) => s.id),
    built.defaultSetId,
  ),
);

/** Relative imports a module runs (type-only imports are erased), resolved to repository paths. */
function runtimeImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)'/gm)].map((m) => {
    const target = resolve(dirname(file), m[1]);
    return [target, `${target}.ts`, join(target, 'index.ts')].find((f) => f.endsWith('.ts') && existsSync(f)) ?? target;
  });
}

/** Every source file reachable from `entry` through runtime imports. */
function importGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of runtimeImports(file)) visit(next);
  };
  visit(resolve(entry));
  return [...seen].map((f) => relative(process.cwd(), f));
}

describe('components/validity/validity-live.ts: the browser side of the validity explorer', () => {
  it('never imports src/data, directly or through another module', () => {
    expect(live.figure).toBe(validityFigure);
    const graph = importGraph('src/components/validity/validity-live.ts');
    expect(graph).toContain(join('src', 'figures', 'validity', 'spec.ts'));
    expect(graph).toContain(join('src', 'physics', 'index.ts'));
    expect(graph.filter((f) => f.startsWith(join('src', 'data')))).toEqual([]);
  });

  it('the build side does read src/data (so the check above is a real difference)', () => {
    expect(importGraph('src/figures/validity/data.server.ts')).toContain(join('src', 'data', 'index.ts'));
  });

  it('draws, reads out and tabulates from the page’s JSON copy exactly what the build renders from src/data', () => {
    expect(browser.validityReadout(state, embedded)).toEqual(browser.validityReadout(state, built));
    expect(browser.validityRows(state, embedded)).toEqual(browser.validityRows(state, built));
    expect(browser.validityChartLabel(state, embedded)).toBe(browser.validityChartLabel(state, built));
    const label = browser.validityChartLabel(state, built);
    expect(renderPlotSvg(browser.validitySpec(state, embedded), { ariaLabel: label })).toBe(
      renderPlotSvg(browser.validitySpec(state, built), { ariaLabel: label }),
    );
  });

  it('gives the default state’s numbers from the closed forms: LZ’s ν_τ bound at 20 MeV', () => {
    // Eq. (8) at q² = 0: g_max = √(12π² q_max / ln(m_τ²/m_μ²)) with LZ's |q_ντ| ≤ 2.8 × 10⁻¹³ e,
    // weakened by √(1 + m²/|q|²) at |q| = 0.38 MeV (largest: √(2 m_e · 140 keV), momentum-transfer.json)
    // and 0.03 MeV (smallest): 2.4247 × 10⁻⁶ · √(1 + (20/0.38)²) = 2.4247 × 10⁻⁶ · 52.641 = 1.2764 × 10⁻⁴.
    const g0 = Math.sqrt((12 * Math.PI ** 2 * 2.8e-13) / Math.log(TAU_MASS_MEV ** 2 / MUON_MASS_MEV ** 2));
    const readout = Object.fromEntries(browser.validityReadout(state, embedded).map((l) => [l.key, l.value]));
    expect(readout.constant).toBe('g ≤ 2.42 × 10⁻⁶');
    expect(readout.best).toBe('g ≤ 1.28 × 10⁻⁴');
    const row = browser.validityRows(state, embedded).find((r) => r.mZprimeMeV === 20);
    expectClose(row?.gConstant as number, g0, { rel: 1e-12 });
    expectClose(row?.gAtQMax as number, g0 * Math.sqrt(1 + (20 / 0.38) ** 2), { rel: 1e-12 });
    expectClose(row?.gAtQMin as number, g0 * Math.sqrt(1 + (20 / 0.03) ** 2), { rel: 1e-12 });
  });

  it('puts the (g−2) band where eq. (6) gives the paper’s Δa_μ ± 1σ, read straight from g-minus-2.json', () => {
    const file = JSON.parse(readFileSync('src/data/g-minus-2.json', 'utf8')) as {
      scale: number;
      sets: { id: string; statedDifference: { value: number; sigma: number } | null }[];
    };
    // The paper quotes Δa_μ = (245 ± 48) × 10⁻¹¹ (Sec. II A) as a difference, with no separate exp/SM values.
    const paper = file.sets.find((s) => s.id === state.set)!.statedDifference!;
    const [value, sigma] = [paper.value * file.scale, paper.sigma * file.scale];
    expectClose(value, 245e-11, { rel: 1e-12 });
    const row = browser.validityRows(state, embedded).find((r) => r.mZprimeMeV === 20);
    expectClose(deltaAmu(row?.gm2Lower as number, 20), value - sigma, { rel: 1e-10 });
    expectClose(deltaAmu(row?.gm2Upper as number, 20), value + sigma, { rel: 1e-10 });
  });
});
