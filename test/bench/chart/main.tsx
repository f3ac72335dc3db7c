// Browser side of the chart benchmark: mounts PedigreeChart on synthetic pedigrees and
// times, with real paints, (1) the first frame, (2) an edit (one more child) to its
// frame, (3) frames while panning. Driven by run.ts through window.chartBench.
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { createRef } from 'react';
import type { PedigreeDocument } from '../../../src/engine/document/types.ts';
import { layoutPedigree } from '../../../src/layout/layoutPedigree.ts';
import { chartLayoutMetrics } from '../../../src/ui/chart/chartMetrics.ts';
import { PedigreeChart } from '../../../src/ui/chart/PedigreeChart.tsx';
import { DEFAULT_THEME } from '../../../src/ui/chart/theme.ts';
import type { ZoomControls } from '../../../src/ui/chart/useZoom.ts';
import { gnasCondition } from '../../fixtures/chartFamilies.ts';
import { syntheticPedigree } from '../../fixtures/synthetic.ts';

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))));
const root = createRoot(document.getElementById('root')!);
const controls = createRef<ZoomControls>();

function family(n: number): PedigreeDocument {
  const d = syntheticPedigree({ people: n, seed: 3 });
  return {
    ...d,
    conditions: [gnasCondition()],
    activeConditionId: 'gnas',
    persons: d.persons.map((p, i) => ({
      ...p,
      name: `Person ${i}`,
      age: 20 + (i % 60),
      observations: i % 4 === 0 ? { gnas: { status: 'affected' as const, phenotype: i % 8 === 0 ? 'PPHP' : 'PHP1a' } } : { gnas: { status: 'unaffected' as const } },
      genotypes: { gnas: { paternal: i % 4 === 0 ? ('d' as const) : ('+' as const), maternal: '+' as const } },
    })),
  };
}

const layoutOf = (doc: PedigreeDocument) => layoutPedigree(doc, chartLayoutMetrics(DEFAULT_THEME));

function draw(doc: PedigreeDocument, layout = layoutOf(doc)) {
  flushSync(() => root.render(<PedigreeChart document={doc} layout={layout} controlsRef={controls} selectedId={null} />));
}

async function firstRender(n: number) {
  const doc = family(n);
  flushSync(() => root.render(<div />));
  await nextFrame();
  const l0 = performance.now();
  const layout = layoutOf(doc);
  const t0 = performance.now();
  draw(doc, layout);
  const committed = performance.now();
  const t1 = await nextFrame();
  return { layoutMs: t0 - l0, ms: t1 - t0, reactMs: committed - t0, elements: document.querySelectorAll('svg *').length, people: document.querySelectorAll('[data-person]').length };
}

async function addChild(n: number) {
  const doc = family(n);
  draw(doc);
  await nextFrame();
  const parent = doc.unions[doc.unions.length - 1]!;
  const edited: PedigreeDocument = { ...doc, persons: [...doc.persons, { id: 'new-child', gender: 'woman', parentUnion: parent.id, observations: {} }] };
  const t0 = performance.now();
  const layout = layoutOf(edited);
  const t1 = performance.now();
  draw(edited, layout);
  const t2 = await nextFrame();
  return { ms: t2 - t0, renderMs: t2 - t1 };
}

/** Mounts a pedigree and starts recording frame intervals; `stopFrames` returns them. */
let frames: number[] = [];
let recording = false;
async function preparePan(n: number) {
  draw(family(n));
  await nextFrame();
  frames = [];
  recording = true;
  let last = performance.now();
  const tick = (now: number) => {
    if (!recording) return;
    frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stopFrames() {
  recording = false;
  const sorted = frames.slice(1).sort((a, b) => a - b);
  return { frames: sorted.length, medianFrameMs: sorted[Math.floor(sorted.length / 2)]!, p95FrameMs: sorted[Math.floor(sorted.length * 0.95)]! };
}

(window as unknown as { chartBench: unknown }).chartBench = { firstRender, addChild, preparePan, stopFrames };
