// Serves the built app (dist/) with `vite preview` on a free local port for the
// end-to-end tests, and hands its URL to them through `inject('baseUrl')`.
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run "vite build" first (npm run test:e2e does).');
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}
