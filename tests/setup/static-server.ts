// A tiny static file server for the built site, used by the browser tests and the benchmark.
// It serves `root` under `base` (e.g. '/' or '/lmu-ltau-millicharge/') on 127.0.0.1 only.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.cff': 'text/plain; charset=utf-8',
  '.bib': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

async function resolveFile(root: string, path: string): Promise<string | undefined> {
  const file = normalize(join(root, path));
  if (!file.startsWith(normalize(root))) return undefined;
  try {
    const s = await stat(file);
    if (s.isDirectory()) return resolveFile(root, join(path, 'index.html'));
    return file;
  } catch {
    return undefined;
  }
}

/** Serve `root` at http://127.0.0.1:<port><base>; port 0 picks a free one. */
export function serveStatic(root: string, base = '/', port = 0): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    const file = await resolveFile(root, path.slice(base.length));
    if (!file) {
      const notFound = await resolveFile(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(notFound ? await readFile(notFound) : 'not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actual}${base}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
