// Chart benchmark in real Chromium: `npx tsx test/bench/chart/run.ts`. Builds main.tsx
// with Vite into a temporary folder, opens it in headless Chromium and prints a table.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/chromium.ts';

const root = resolve(import.meta.dirname);
const outDir = mkdtempSync(join(tmpdir(), 'chart-bench-'));
await build({ root, base: './', plugins: [react()], logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({ root, build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('preview server has no port');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`http://127.0.0.1:${address.port}/`);
await page.waitForFunction(() => 'chartBench' in window);

type Bench = {
  firstRender: (n: number) => Promise<{ layoutMs: number; ms: number; reactMs: number; elements: number; people: number }>;
  addChild: (n: number) => Promise<{ ms: number; renderMs: number }>;
  preparePan: (n: number) => Promise<void>;
  stopFrames: () => Promise<{ frames: number; medianFrameMs: number; p95FrameMs: number }>;
};
const call = <K extends keyof Bench>(name: K, ...args: Parameters<Bench[K]>) =>
  page.evaluate(([n, a]) => (window as unknown as { chartBench: Record<string, (...x: unknown[]) => unknown> }).chartBench[n as string]!(...(a as unknown[])), [name, args] as const) as ReturnType<Bench[K]>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log('| people | layout (ms) | React render + commit (ms) | first render → frame (ms) | SVG elements | people drawn | add child: layout + render → frame (ms) | of which render (ms) | pan frame median / p95 (ms) |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const n of [100, 500, 3600]) {
  const first = [];
  for (let i = 0; i < 5; i++) first.push(await call('firstRender', n));
  const edits = [];
  for (let i = 0; i < 3; i++) edits.push(await call('addChild', n));
  // A real mouse drag through d3-zoom: 90 moves of 8 px, one per animation frame at most.
  await call('preparePan', n);
  await page.mouse.move(640, 400);
  await page.mouse.down();
  for (let i = 0; i < 90; i++) await page.mouse.move(640 + (i % 30 < 15 ? i % 15 : 15 - (i % 15)) * 8, 400 + (i % 15) * 4);
  await page.mouse.up();
  const pan = await call('stopFrames');
  const f = first[first.length - 1]!;
  const m = (xs: number[]) => median(xs).toFixed(0);
  console.log(`| ${n} | ${m(first.map((r) => r.layoutMs))} | ${m(first.map((r) => r.reactMs))} | ${m(first.map((r) => r.ms))} | ${f.elements} | ${f.people} | ${m(edits.map((e) => e.ms))} | ${m(edits.map((e) => e.renderMs))} | ${pan.medianFrameMs.toFixed(1)} / ${pan.p95FrameMs.toFixed(1)} |`);
}
await browser.close();
await server.close();
