// Where an edit's time goes: `npx tsx test/bench/chart/profile.ts [people] [runs] [child|status|move]`
// (BEFORE=child runs another edit kind before each measured one) builds
// the benchmark page unminified and, around repeated "add one child" edits (each on a
// freshly drawn family), records (1) a V8 CPU profile and (2) a Chromium timeline trace,
// then prints the functions with the most self time and the browser's own phases
// (style, layout, paint, raster) per edit.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/chromium.ts';

const people = Number(process.argv[2] ?? 500);
const runs = Number(process.argv[3] ?? 8);
const kind = process.argv[4] ?? 'child';
const root = resolve(import.meta.dirname);
const outDir = mkdtempSync(join(tmpdir(), 'chart-profile-'));
await build({ root, base: './', plugins: [react()], logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false } });
const server = await preview({ root, build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('preview server has no port');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`http://127.0.0.1:${address.port}/`);
await page.waitForFunction(() => 'chartBench' in window);
type Edit = { ms: number; renderMs: number; reactMs: number };
const bench = (name: string, arg?: number | string | boolean) =>
  page.evaluate(([k, a]) => (window as unknown as { chartBench: Record<string, (x?: unknown) => unknown> }).chartBench[k]!(a), [name, arg] as const);
await bench('prepareEdit', people);
await bench('edit', kind); // warm up
await bench('prepareEdit', people);
await bench('countMutations', true);
await bench('edit', kind);
console.log('DOM mutations in one edit:', JSON.stringify(await bench('mutationSummary')));
await bench('countMutations', false);

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const self = new Map<string, number>();
const edits: Edit[] = [];
const before = process.env.BEFORE;
for (let i = 0; i < runs; i++) {
  if (before) {
    await bench('prepareEdit', people);
    await bench('edit', before);
  }
  await bench('prepareEdit', people);
  await cdp.send('Profiler.start');
  edits.push((await bench('edit', kind)) as Edit);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  profile.samples.forEach((id, j) => {
    const f = byId.get(id)!;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[j] ?? 0) / 1000);
  });
}
console.log(`${runs} '${kind}' edits at ${people} people; median per edit: ${JSON.stringify(median(edits))}`);
console.log('top self time per edit (ms):');
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(ms / runs).toFixed(2).padStart(7)}  ${name}`);

// Timeline: the renderer's phases, summed per edit.
const phases = new Map<string, number>();
const threadCpu = new Map<string, number>();
for (let i = 0; i < runs; i++) {
  await bench('prepareEdit', people);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'cc', 'toplevel'] });
  await bench('edit', kind);
  type TraceEvent = { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } };
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  for (const e of trace.traceEvents) if (e.ph === 'X' && e.dur) phases.set(e.name, (phases.get(e.name) ?? 0) + (e.tdur ?? e.dur) / 1000);
  // CPU of whole tasks per renderer thread: the edit's cost as an idle machine would pay it.
  const threads = new Map(trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '?']));
  for (const e of trace.traceEvents) {
    const thread = threads.get(`${e.pid}:${e.tid}`);
    if (e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && thread && /CrRendererMain|Compositor/.test(thread)) threadCpu.set(thread, (threadCpu.get(thread) ?? 0) + (e.tdur ?? 0) / 1000);
  }
}
console.log(`thread CPU per edit (ms): ${[...threadCpu].map(([t, ms]) => `${t} ${(ms / runs).toFixed(1)}`).join(', ')}`);
console.log('timeline phases per edit (ms of thread time, so less sensitive to machine load):');
const wanted = ['FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'PaintArtifactCompositor::Update', 'Layerize', 'RasterTask', 'Commit', 'CompositeLayers', 'LocalFrameView::RunPrePaintLifecyclePhase', 'LocalFrameView::RunPaintLifecyclePhase', 'UpdateLayer', 'HitTest'];
for (const [name, ms] of [...phases].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(ms / runs).toFixed(2).padStart(7)}  ${name}${wanted.includes(name) ? ' *' : ''}`);
await browser.close();
await server.close();

/** Median and, in brackets, the minimum: under load the minimum is the better guess at an idle machine. */
function median(xs: Edit[]) {
  const m = (k: keyof Edit) => {
    const sorted = [...xs.map((x) => x[k])].sort((a, b) => a - b);
    return `${sorted[Math.floor(xs.length / 2)]!.toFixed(1)} (${sorted[0]!.toFixed(1)})`;
  };
  return { ms: m('ms'), renderMs: m('renderMs'), reactMs: m('reactMs') };
}
