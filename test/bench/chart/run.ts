// Chart benchmark in real Chromium: `npx tsx test/bench/chart/run.ts`. Builds main.tsx
// with Vite into a temporary folder, opens it in headless Chromium and prints a table
// (medians: 5 first renders, 9 edits of each kind) with the load average before and after.
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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
  prepareEdit: (n: number) => Promise<void>;
  edit: (kind: 'child' | 'status' | 'move') => Promise<Edit>;
  preparePan: (n: number) => Promise<void>;
  stopFrames: () => Promise<{ frames: number; medianFrameMs: number; p95FrameMs: number }>;
};
const call = <K extends keyof Bench>(name: K, ...args: Parameters<Bench[K]>) =>
  page.evaluate(([n, a]) => (window as unknown as { chartBench: Record<string, (...x: unknown[]) => unknown> }).chartBench[n as string]!(...(a as unknown[])), [name, args] as const) as ReturnType<Bench[K]>;

type Edit = { ms: number; renderMs: number; reactMs: number };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`${new Date().toISOString()}, load average ${load()}`);
console.log('| people | layout (ms) | React render + commit (ms) | first render → frame (ms) | SVG elements | people drawn | add child: layout + render → frame (ms) | of which React (ms) | one status edited → frame (ms) | everyone moved → frame / of which React (ms) | pan frame median / p95 (ms) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const n of [100, 500, 3600]) {
  const first = [];
  for (let i = 0; i < 5; i++) first.push(await call('firstRender', n));
  // Each edit on a freshly drawn family: 'child' adds a daughter (new layout), 'status'
  // marks one person's status unknown (every place kept), 'move' moves everyone 3 units.
  const edits = { child: [] as Edit[], status: [] as Edit[], move: [] as Edit[] };
  for (let i = 0; i < 9; i++) {
    for (const kind of ['child', 'status', 'move'] as const) {
      await call('prepareEdit', n);
      edits[kind].push(await call('edit', kind));
    }
  }
  // A real mouse drag through d3-zoom: 90 moves of 8 px, one per animation frame at most.
  await call('preparePan', n);
  await page.mouse.move(640, 400);
  await page.mouse.down();
  for (let i = 0; i < 90; i++) await page.mouse.move(640 + (i % 30 < 15 ? i % 15 : 15 - (i % 15)) * 8, 400 + (i % 15) * 4);
  await page.mouse.up();
  const pan = await call('stopFrames');
  const f = first[first.length - 1]!;
  const m = (xs: number[]) => median(xs).toFixed(0);
  console.log(`| ${n} | ${m(first.map((r) => r.layoutMs))} | ${m(first.map((r) => r.reactMs))} | ${m(first.map((r) => r.ms))} | ${f.elements} | ${f.people} | ${m(edits.child.map((e) => e.ms))} | ${m(edits.child.map((e) => e.reactMs))} | ${m(edits.status.map((e) => e.ms))} | ${m(edits.move.map((e) => e.ms))} / ${m(edits.move.map((e) => e.reactMs))} | ${pan.medianFrameMs.toFixed(1)} / ${pan.p95FrameMs.toFixed(1)} |`);
}
console.log(`load average at the end ${load()}`);
await browser.close();
await server.close();
