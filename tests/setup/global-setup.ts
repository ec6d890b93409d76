// Serves the built site (dist/) for the browser tests. `npm test` builds it first.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from './static-server';

let server: StaticServer | undefined;

export async function setup(project: TestProject) {
  // DIST_DIR lets a developer test a private build (e.g. OUT_DIR=./dist-mine) while others rebuild dist/.
  const root = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(`${root}/index.html`)) throw new Error(`${root}/ is missing: run \`npm run build\` before the tests`);
  server = await serveStatic(root, '/');
  project.provide('siteUrl', server.url);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
