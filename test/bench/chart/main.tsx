// Browser side of the chart benchmark: mounts PedigreeChart on synthetic pedigrees and
// times, with real paints, (1) the first frame, (2) an edit (one more child, or one status) to its
// frame, (3) frames while panning. Driven by run.ts through window.chartBench.
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { createRef } from 'react';
import type { PedigreeDocument } from '../../../src/engine/document/types.ts';
import type { PedigreeLayout } from '../../../src/layout/types.ts';
import { layoutPedigree } from '../../../src/layout/layoutPedigree.ts';
import { chartLayoutMetrics } from '../../../src/ui/chart/chartMetrics.ts';
import { PedigreeChart } from '../../../src/ui/chart/PedigreeChart.tsx';
import { DEFAULT_THEME } from '../../../src/ui/chart/theme.ts';
import type { ZoomControls } from '../../../src/ui/chart/useZoom.ts';
import { gnasCondition } from '../../fixtures/chartFamilies.ts';
import { syntheticPedigree } from '../../fixtures/synthetic.ts';

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))));
/**
 * Before a timed step: the previous step's frame is painted, and 300 ms pass so its raster
 * tiles and garbage are done too (otherwise an edit two frames after redrawing a whole
 * family waits for that family's raster, which no user's edit does).
 */
const settle = async () => {
  await nextFrame();
  await new Promise((r) => setTimeout(r, 300));
  await nextFrame();
};
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
  await settle();
  const l0 = performance.now();
  const layout = layoutOf(doc);
  const t0 = performance.now();
  draw(doc, layout);
  const committed = performance.now();
  const t1 = await nextFrame();
  return { layoutMs: t0 - l0, ms: t1 - t0, reactMs: committed - t0, elements: document.querySelectorAll('svg *').length, people: document.querySelectorAll('[data-person]').length };
}

/** Mounts a fresh family, so the edit below starts from a drawn chart. */
let pending: PedigreeDocument | null = null;
async function prepareEdit(n: number) {
  pending = family(n);
  draw(pending);
  await settle();
}

/** Optional DOM mutation counting for profile.ts (off in the benchmark: observing costs time). */
let observer: { mutations: MutationRecord[]; on: boolean } = { mutations: [], on: false };
const mutationObserver = new MutationObserver((records) => {
  if (observer.on) observer.mutations.push(...records);
});
mutationObserver.observe(document.getElementById('root')!, { subtree: true, attributes: true, childList: true, characterData: true });
function countMutations(on: boolean) {
  observer = { mutations: [], on };
}
function mutationSummary() {
  const records = [...observer.mutations, ...mutationObserver.takeRecords()];
  const by = new Map<string, number>();
  for (const r of records) {
    const k = r.type === 'attributes' ? `attr ${r.attributeName}` : r.type === 'childList' ? `+${r.addedNodes.length} -${r.removedNodes.length} nodes` : r.type;
    by.set(k, (by.get(k) ?? 0) + 1);
  }
  return Object.fromEntries([...by].sort((a, b) => b[1] - a[1]));
}

/** The same layout as new objects with every person and line moved right by `dx`. */
function shifted(layout: PedigreeLayout, dx: number): PedigreeLayout {
  return {
    ...layout,
    people: Object.fromEntries(Object.entries(layout.people).map(([k, p]) => [k, { ...p, x: p.x + dx }])),
    lines: layout.lines.map((l) => ({ ...l, points: l.points.map(([x, y]): [number, number] => [x + dx, y]) })),
  };
}

/**
 * One edit of the prepared family, timed to its frame: 'child' adds a daughter to the last
 * union (a new layout); 'status' marks one person's status unknown (the layout keeps every
 * place); 'move' keeps the document but moves everyone 3 units (the chart's worst case: a
 * layout that shifts every person after an edit, as it did before layout stability work).
 */
async function edit(kind: 'child' | 'status' | 'move' = 'child') {
  const doc = pending!;
  const parent = doc.unions[doc.unions.length - 1]!;
  const target = doc.persons[Math.floor(doc.persons.length / 2)]!;
  const edited: PedigreeDocument =
    kind === 'child'
      ? { ...doc, persons: [...doc.persons, { id: 'new-child', gender: 'woman', parentUnion: parent.id, observations: {} }] }
      : kind === 'status'
        ? { ...doc, persons: doc.persons.map((p) => (p === target ? { ...p, observations: { gnas: { status: 'unknown' as const } } } : p)) }
        : doc;
  const before = kind === 'move' ? layoutOf(doc) : null;
  const t0 = performance.now();
  const layout = before ? shifted(before, 3) : layoutOf(edited);
  const t1 = performance.now();
  draw(edited, layout);
  const committed = performance.now();
  const t2 = await nextFrame();
  return { ms: t2 - t0, renderMs: t2 - t1, reactMs: committed - t1 };
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

(window as unknown as { chartBench: unknown }).chartBench = { firstRender, prepareEdit, edit, preparePan, stopFrames, countMutations, mutationSummary };
