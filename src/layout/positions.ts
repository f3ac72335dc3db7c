// x positions for a fixed order: children centred under their union, parents centred over
// their children, minimum spacing kept. Each pass places one row at a time by weighted least
// squares (isotonic.ts) towards the positions its neighbours ask for, alternating downward
// and upward passes: block coordinate descent on one convex objective (squared offsets of
// children from their union and of unions from their children), a least-squares form of
// the priority method of Sugiyama et al. 1981. Each pass is linear in the row size, so the
// placement is O(n · passes). Positions are rounded to 0.01 so output is stable text.
import type { PedigreeGraph } from './graph.ts';
import type { Layers } from './layers.ts';
import { placeRow } from './isotonic.ts';

const PASSES = 24;
/** Weight of a vertical line's wish to stay straight (virtual nodes). */
const VIRTUAL_WEIGHT = 8;
const REST_WEIGHT = 0.01;

function unionX(g: PedigreeGraph, x: Float64Array, fi: number): number {
  const parents = g.families[fi]!.parents;
  let sum = 0;
  for (const p of parents) sum += x[p]!;
  return sum / parents.length;
}

function anchorX(g: PedigreeGraph, l: Layers, x: Float64Array, node: number): number | undefined {
  const v = l.anchorNode[node]!;
  if (v >= 0) return x[v]!;
  const f = l.anchorFamily[node]!;
  return f >= 0 ? unionX(g, x, f) : undefined;
}

/** Scratch arrays for the extent of each sibship group (keyed like layers.groupOf). */
export interface Spans {
  lo: Float64Array;
  hi: Float64Array;
  stamp: Int32Array;
  pass: number;
}

function groupKey(l: Layers, familyCount: number, node: number): number {
  const v = l.anchorNode[node]!;
  return v >= 0 ? familyCount + v : l.anchorFamily[node]!;
}

/** Pull of a child towards the centre under its union, and of a parent over its children. */
const W_UP = 0.25;
const W_DOWN = 1;

function placeOneRow(g: PedigreeGraph, l: Layers, row: number[], x: Float64Array, gap: number, spans: Spans): void {
  const F = g.families.length;
  const pass = ++spans.pass;
  // Extent of each sibship group on this row: its first and last node.
  for (const node of row) {
    const k = groupKey(l, F, node);
    if (k < 0) continue;
    if (spans.stamp[k] !== pass) {
      spans.stamp[k] = pass;
      spans.lo[k] = x[node]!;
    }
    spans.hi[k] = x[node]!;
  }
  const desired: number[] = [];
  const weights: number[] = [];
  const gaps: number[] = [];
  for (let i = 0; i < row.length; i++) {
    const node = row[i]!;
    const virtual = node >= l.personCount;
    let tw = REST_WEIGHT;
    let twx = REST_WEIGHT * x[node]!;
    const ax = anchorX(g, l, x, node);
    if (ax !== undefined) {
      const k = groupKey(l, F, node);
      const w = virtual ? VIRTUAL_WEIGHT : W_UP;
      tw += w;
      twx += w * (ax + x[node]! - (spans.lo[k]! + spans.hi[k]!) / 2);
    }
    const families = virtual ? [] : g.familiesOf[node]!;
    for (const fi of families) {
      const kids = l.familyNodes[fi]!;
      if (kids.length === 0 || l.familyRow[fi] !== l.row[node]) continue;
      const centre = (x[kids[0]!]! + x[kids[kids.length - 1]!]!) / 2;
      tw += W_DOWN;
      twx += W_DOWN * (centre + x[node]! - unionX(g, x, fi));
    }
    if (virtual && l.below[node]!.length > 0) {
      const kids = l.below[node]!;
      tw += VIRTUAL_WEIGHT;
      twx += VIRTUAL_WEIGHT * ((x[kids[0]!]! + x[kids[kids.length - 1]!]!) / 2);
    }
    desired.push(twx / tw);
    weights.push(tw);
    const next = row[i + 1];
    if (next !== undefined) gaps.push(virtual || next >= l.personCount ? gap / 2 : gap);
  }
  const placed = placeRow(desired, weights, gaps);
  row.forEach((node, i) => (x[node] = placed[i]!));
}

/** x of every node of one connected family, leftmost node at 0. */
/** Allocated once per layout and shared by every family. */
export function createSpans(g: PedigreeGraph, l: Layers): Spans {
  const size = g.families.length + l.row.length;
  return { lo: new Float64Array(size), hi: new Float64Array(size), stamp: new Int32Array(size), pass: 0 };
}

export function assignX(g: PedigreeGraph, l: Layers, rows: number[][], x: Float64Array, gap: number, spans: Spans): void {
  for (const row of rows) row.forEach((node, i) => (x[node] = (i - (row.length - 1) / 2) * gap));
  for (let pass = 0; pass < PASSES; pass++) {
    const down = pass % 2 === 0;
    for (let k = 0; k < rows.length; k++) {
      const row = rows[down ? k : rows.length - 1 - k]!;
      if (row.length > 0) placeOneRow(g, l, row, x, gap, spans);
    }
  }
  let min = Infinity;
  for (const row of rows) for (const node of row) min = Math.min(min, x[node]!);
  for (const row of rows) for (const node of row) x[node] = Math.round((x[node]! - min) * 100) / 100;
}
