// Crossing reduction: one top-down sweep of barycentre ordering (Sugiyama et al. 1981; the
// median/barycentre heuristics of Eades & Wormald) applied to whole blocks, so the pedigree
// rules in rowBlocks.ts hold, then transpositions (transpose.ts). Ties keep the previous
// order (stable sorts), so the result depends only on the pedigree. More sweeps (up to 8,
// keeping the order with the fewest crossings and partners apart) were tried: on the
// synthetic pedigrees (50–10,000 people) and the fixtures they drew nothing better, and
// a later sweep that won by a single crossing after an edit swapped many rows' order (144 people
// reordered by one added child at 3,600 people with cousin loops; BENCHMARKS.md "Layout").
import type { PedigreeGraph } from './graph.ts';
import type { Layers } from './layers.ts';
import { orderRow } from './rowBlocks.ts';
import { planRow, type RowState, type UnitKey } from './rowPlan.ts';
import { transposeRow } from './transpose.ts';

function normalised(s: RowState, node: number): number {
  const len = s.rows[s.l.row[node]! - s.top]!.length;
  return len > 1 ? s.pos[node]! / (len - 1) : 0.5;
}

function aboveKey(s: RowState, node: number): number | undefined {
  const v = s.l.anchorNode[node]!;
  if (v >= 0) return normalised(s, v);
  const f = s.l.anchorFamily[node]!;
  if (f < 0) return undefined;
  const r = s.l.row[node]! - 1;
  let sum = 0;
  let count = 0;
  for (const p of s.g.families[f]!.parents) {
    if (s.l.row[p] !== r) continue;
    sum += normalised(s, p);
    count++;
  }
  return count > 0 ? sum / count : undefined;
}

function belowKey(s: RowState, members: number[]): number | undefined {
  let sum = 0;
  let count = 0;
  for (const m of members) {
    for (const c of s.l.below[m]!) {
      sum += normalised(s, c);
      count++;
    }
  }
  return count > 0 ? sum / count : undefined;
}

/**
 * A unit's sort key in the top-down sweep: the barycentre of its parents in the row above;
 * failing that (founders, married-in partners) of its children in the row below; failing
 * that, where it stands now, so that a unit nothing pulls keeps its place.
 */
function keyFor(s: RowState): UnitKey {
  return (members) => aboveKey(s, members[0]!) ?? belowKey(s, members) ?? members.reduce((t, m) => t + normalised(s, m), 0) / members.length;
}

function setRow(s: RowState, r: number, order: number[]): void {
  s.rows[r - s.top] = order;
  order.forEach((x, i) => (s.pos[x] = i));
}

/** Orders every row of one connected family in place; `rows[k]` is generation row `top + k`. */
export function orderRows(g: PedigreeGraph, l: Layers, rows: number[][], top: number, pos: Int32Array): number[][] {
  const s: RowState = { g, l, rows, top, pos };
  rows.forEach((row, k) => setRow(s, top + k, row));
  const plans = rows.map((_, k) => planRow(s, top + k));
  for (let k = 0; k < rows.length; k++) {
    if (rows[k]!.length > 1) setRow(s, top + k, orderRow(s, plans[k]!, keyFor(s), (members) => aboveKey(s, members[0]!)));
  }
  for (let k = 0; k < rows.length; k++) if (rows[k]!.length > 1) transposeRow(s, plans[k]!, top + k);
  return rows;
}
