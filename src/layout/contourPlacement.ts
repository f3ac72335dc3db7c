// x positions for a fixed order: a tidy-tree placement (Reingold & Tilford 1981, Walker
// 1990) generalised from trees to pedigree rows. Rows are done bottom-up. On each row every
// node is joined with what hangs below it (its families' children, a virtual node's next
// step) and with its partners on the row; each such group is laid out alone — its row
// nodes in order, the rigid clusters below packed left to right as close as their contours
// allow, then shifted so children sit centred under their union and parents over their
// children (groupPlacement.ts) — and becomes one rigid cluster for the rows above.
// So an edit changes the shape of its own cluster only: the rows above see a wider
// contour, and only what touches it slides aside, as a rigid piece. NOMENCLATURE.md layout
// guarantee 6 ("a small edit moves few other people"); measured in BENCHMARKS.md "Layout".
// Where groups would interleave (a crossing, a partner drawn apart) clusterOrder.ts joins
// them into one. Each row costs O(nodes on it and below), so the placement is O(n · rows).
import { untangle } from './clusterOrder.ts';
import type { PedigreeGraph } from './graph.ts';
import { layoutGroup, packClusters, type Contours, type PlacementScratch } from './groupPlacement.ts';
import type { Layers } from './layers.ts';

export type { PlacementScratch } from './groupPlacement.ts';

/** Allocated once per layout and shared by every family. */
export function createScratch(l: Layers, gap: number, pos: Int32Array): PlacementScratch {
  const n = l.row.length;
  return {
    l,
    gap,
    pos,
    uf: new Int32Array(n),
    comp: new Int32Array(n),
    rel: new Float64Array(n),
    off: new Float64Array(n),
    slot: new Int32Array(n),
    tangled: new Uint8Array(n),
  };
}

/** First and last node of every cluster on each row from `from` down (each one run per row). */
function contourRuns(rows: number[][], from: number, comp: Int32Array): Contours {
  const runs: Contours = new Map();
  for (let j = from; j < rows.length; j++) {
    let prev = -1;
    let list: number[] = [];
    for (const v of rows[j]!) {
      const c = comp[v]!;
      if (c === prev) {
        list[list.length - 1] = v;
        continue;
      }
      prev = c;
      list = runs.get(c) ?? [];
      if (list.length === 0) runs.set(c, list);
      list.push(j, v, v);
    }
  }
  return runs;
}

/** x of every node of one connected family (`rows` top to bottom), leftmost node at 0. */
export function assignX(g: PedigreeGraph, l: Layers, rows: number[][], x: Float64Array, s: PlacementScratch): void {
  const { uf, comp, rel, off, tangled } = s;
  const find = (a: number): number => {
    while (uf[a] !== a) a = uf[a] = uf[uf[a]!]!;
    return a;
  };
  const join = (a: number, b: number): number => {
    a = find(a);
    b = find(b);
    if (a === b) return a;
    // The smaller id names the cluster, so the result does not depend on the order of joins.
    const root = Math.min(a, b);
    uf[Math.max(a, b)] = root;
    tangled[root] = tangled[root]! | tangled[Math.max(a, b)]!;
    return root;
  };
  // Joined only because they interleave: laid out as one rigid block under their parents.
  const entangle = (a: number, b: number): number => {
    const root = join(a, b);
    tangled[root] = 1;
    return root;
  };
  let clusters: number[] = [];
  for (let k = rows.length - 1; k >= 0; k--) {
    const row = rows[k]!;
    for (const c of clusters) {
      uf[c] = c;
      tangled[c] = 0;
    }
    for (const v of row) {
      uf[v] = v;
      tangled[v] = 0;
      comp[v] = v;
      rel[v] = 0;
    }
    for (const v of row) {
      for (const c of l.below[v]!) join(v, comp[c]!);
      if (v >= l.personCount) continue;
      for (const fi of g.familiesOf[v]!) for (const p of g.families[fi]!.parents) if (p !== v && l.row[p] === l.row[v]) join(v, p);
    }
    const order = untangle(rows, k, { compOf: (v) => find(comp[v]!), join: entangle });
    const rowNodes = new Map<number, number[]>(order.map((r) => [r, []]));
    const below = new Map<number, number[]>(order.map((r) => [r, []]));
    for (const v of row) rowNodes.get(find(v))!.push(v);
    for (const c of clusters) below.get(find(c))!.push(c);
    const runs = contourRuns(rows, k + 1, comp);
    for (const r of order) layoutGroup(g, rowNodes.get(r)!, below.get(r)!, runs, s, tangled[r] === 1);
    // Every node below now hangs from its group: fold the cluster's offset into it.
    for (let j = k + 1; j < rows.length; j++) {
      for (const v of rows[j]!) {
        const c = comp[v]!;
        rel[v] = rel[v]! + off[c]!;
        comp[v] = find(c);
      }
    }
    for (const v of row) comp[v] = find(v);
    clusters = order;
  }
  // One cluster for a connected family; anything left apart is set side by side.
  for (const c of clusters) off[c] = 0;
  if (clusters.length > 1) packClusters(clusters, contourRuns(rows, 0, comp), s);
  let min = Infinity;
  for (const row of rows) for (const v of row) min = Math.min(min, (x[v] = rel[v]! + off[comp[v]!]!));
  for (const row of rows) for (const v of row) x[v] = Math.round((x[v]! - min) * 100) / 100;
}
