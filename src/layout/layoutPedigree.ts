// Document → layout: the whole pipeline. Each connected family is laid out on its own
// (generations, first order, a crossing-reduction sweep, x placement) and the families are
// put side by side in document order; then labels and lines are derived from positions.
// Pure and deterministic: the same document always gives the same numbers.
import type { PedigreeDocument } from '../engine/document/types.ts';
import { assignGenerations } from './generations.ts';
import { descentLines } from './descentLines.ts';
import { rowY, SIBSHIP_RISE, type Geometry } from './geometry.ts';
import { buildGraph, components } from './graph.ts';
import { initialRows } from './initialOrder.ts';
import { pedigreeLabels, romanNumeral } from './labels.ts';
import { buildLayers } from './layers.ts';
import { DEFAULT_METRICS } from './defaults.ts';
import { orderRows } from './orderRows.ts';
import { assignX, createScratch } from './contourPlacement.ts';
import { unionsWithSharedAncestor } from './sharedAncestry.ts';
import type { GenerationRow, LayoutLine, LayoutMetrics, PedigreeLayout, PersonPlacement } from './types.ts';
import { unionLines } from './unionLines.ts';
import { birthOrderNumbers } from './birthOrder.ts';

/** Space between two unrelated families, in horizontal gaps. */
const FAMILY_SPACING = 1.5;

export function layoutPedigree(doc: PedigreeDocument, metrics: Partial<LayoutMetrics> = {}): PedigreeLayout {
  const m: LayoutMetrics = { ...DEFAULT_METRICS, ...metrics };
  const g = buildGraph(doc);
  const component = components(g);
  const generation = assignGenerations(g, component);
  const l = buildLayers(g, generation);
  const nodeCount = l.row.length;
  const x = new Float64Array(nodeCount);
  const pos = new Int32Array(nodeCount);
  const placed = new Uint8Array(nodeCount);
  const rowOfComponent: number[][][] = [];
  const scratch = createScratch(l, m.horizontalGap, pos);
  let cursor = 0;
  for (let root = 0; root < g.persons.length; root++) {
    if (placed[root] || generation[root] !== 0) continue;
    const { rows, top } = initialRows(g, l, root, placed);
    orderRows(g, l, rows, top, pos);
    assignX(g, l, rows, x, scratch);
    let max = 0;
    for (const row of rows) for (const node of row) max = Math.max(max, (x[node] = x[node]! + cursor));
    cursor = max + m.horizontalGap * FAMILY_SPACING;
    rowOfComponent.push(rows);
  }
  const geo: Geometry = {
    g,
    l,
    metrics: m,
    x,
    pos,
    yOf: (node) => rowY(m, l.row[node]!),
    sibshipY: (row) => rowY(m, row) - m.generationGap * SIBSHIP_RISE,
    adjacent: (a, b) => Math.abs(pos[a]! - pos[b]!) === 1,
  };
  return assemble(geo, rowOfComponent);
}

function assemble(geo: Geometry, rowOfComponent: number[][][]): PedigreeLayout {
  const { g, l, metrics: m, x } = geo;
  const n = g.persons.length;
  const labels = pedigreeLabels(l.row.slice(0, n), x);
  const birthOrder = birthOrderNumbers(g, l, x);
  const people: Record<string, PersonPlacement> = {};
  let minX = Infinity;
  let maxX = -Infinity;
  let maxRow = 0;
  g.persons.forEach((p, i) => {
    const placement: PersonPlacement = { id: p.id, generation: l.row[i]!, x: x[i]!, y: geo.yOf(i), label: labels[i]! };
    const order = birthOrder.get(i);
    if (order !== undefined) placement.birthOrder = order;
    people[p.id] = placement;
    minX = Math.min(minX, x[i]!);
    maxX = Math.max(maxX, x[i]!);
    maxRow = Math.max(maxRow, l.row[i]!);
  });
  const lines: LayoutLine[] = [];
  const shared = unionsWithSharedAncestor(g);
  g.families.forEach((f, fi) => {
    if (f.union >= 0) lines.push(...unionLines(geo, fi, shared[f.union] === 1));
  });
  for (const rows of rowOfComponent) {
    for (const row of rows) {
      // A sibship group may have married-in spouses between its members: gather it whole.
      const groups = new Map<string, number[]>();
      for (const node of row) {
        if (l.anchorFamily[node]! < 0 && l.anchorNode[node]! < 0) continue;
        const key = `${l.anchorFamily[node]}/${l.anchorNode[node]}`;
        const group = groups.get(key);
        if (group) group.push(node);
        else groups.set(key, [node]);
      }
      for (const group of groups.values()) {
        const first = group[0]!;
        lines.push(...descentLines(geo, group, l.anchorFamily[first]!, l.anchorNode[first]!));
      }
    }
  }
  const half = m.symbolSize / 2;
  const generations: GenerationRow[] = [];
  if (n > 0) for (let r = 0; r <= maxRow; r++) generations.push({ index: r, numeral: romanNumeral(r + 1), y: rowY(m, r) });
  if (n === 0) return { metrics: m, people, lines, generations, bounds: { minX: 0, minY: 0, maxX: 0, maxY: 0 } };
  // Symbols and every line (a routed union rises above its row, childless bars hang below).
  const bounds = { minX: minX - half, minY: -half, maxX: maxX + half, maxY: rowY(m, maxRow) + half };
  for (const line of lines) {
    for (const [x, y] of line.points) {
      bounds.minX = Math.min(bounds.minX, x);
      bounds.maxX = Math.max(bounds.maxX, x);
      bounds.minY = Math.min(bounds.minY, y);
      bounds.maxY = Math.max(bounds.maxY, y);
    }
  }
  return { metrics: m, people, lines, generations, bounds };
}
