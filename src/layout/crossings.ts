// Counting crossings between two rows: edges (top, bottom) cross when their ends are in
// opposite order. Sorting by (top, bottom) and counting inversions of the bottoms by merge
// sort gives the count in O(E log E) (Barth, Jünger & Mutzel 2004 use the same reduction).
// Edges from the same top (one union's children) never count as crossing each other.
import type { PedigreeGraph } from './graph.ts';
import type { Layers } from './layers.ts';

function mergeCount(a: number[], tmp: number[], lo: number, hi: number): number {
  if (hi - lo < 2) return 0;
  const mid = (lo + hi) >> 1;
  let count = mergeCount(a, tmp, lo, mid) + mergeCount(a, tmp, mid, hi);
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) {
    if (a[j]! < a[i]!) {
      count += mid - i;
      tmp[k++] = a[j++]!;
    } else tmp[k++] = a[i++]!;
  }
  while (i < mid) tmp[k++] = a[i++]!;
  while (j < hi) tmp[k++] = a[j++]!;
  for (k = lo; k < hi; k++) a[k] = tmp[k]!;
  return count;
}

/** Crossings among edges given as parallel arrays of top and bottom coordinates. */
export function countEdgeCrossings(tops: number[], bottoms: number[]): number {
  const idx = tops.map((_, i) => i);
  idx.sort((x, y) => tops[x]! - tops[y]! || bottoms[x]! - bottoms[y]!);
  const b = idx.map((i) => bottoms[i]!);
  return mergeCount(b, new Array<number>(b.length), 0, b.length);
}

/** Doubled position of the point a node hangs from (a union's midpoint, or a virtual node). */
export function anchorPosition2(g: PedigreeGraph, l: Layers, pos: Int32Array, node: number): number {
  const v = l.anchorNode[node]!;
  if (v >= 0) return 2 * pos[v]!;
  const parents = g.families[l.anchorFamily[node]!]!.parents;
  const r = l.row[node]! - 1;
  let sum = 0;
  let count = 0;
  for (const p of parents) {
    if (l.row[p] !== r) continue;
    sum += pos[p]!;
    count++;
  }
  return count === 2 ? sum : 2 * sum;
}
