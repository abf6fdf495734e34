// Serves the production build (dist/) for the browser tests with Vite's preview
// server (sirv: supports the HTTP Range requests pmtiles needs) on 127.0.0.1 and
// a free port, and hands the URL to the tests through `inject('baseUrl')`.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startPreview } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/index.html is missing: run `npm run build` first (`npm test` builds before the browser tests).',
    );
  }
  const server = await startPreview();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
