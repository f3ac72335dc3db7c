/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Unit and component tests. Engine, layout, store and CLI tests run in `node`
// so a stray DOM use fails loudly (ARCHITECTURE.md); UI tests run in jsdom.
export default defineConfig({
  plugins: [react()],
  base: './',
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/{engine,layout,store,cli}/**/*.test.ts'],
          benchmark: { include: ['test/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['test/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['test/ui/setup.ts'],
          benchmark: { include: [] },
        },
      },
    ],
  },
});
