// The layered graph the ordering works on: one node per person plus "virtual" nodes that
// carry a line of descent through rows it must cross (Sugiyama et al. 1981), so every edge
// joins adjacent rows. A node hangs from an anchor on the row above: the family it is a
// child of, or the virtual node of its family's descent line. Nodes sharing an anchor form
// a sibship group that must stay contiguous.
import type { PedigreeGraph } from './graph.ts';

export interface Layers {
  personCount: number;
  /** Row of every node (persons first, then virtual nodes). */
  row: number[];
  /** Family a node hangs from directly, or -1. */
  anchorFamily: number[];
  /** Virtual node a node hangs from, or -1. */
  anchorNode: number[];
  /** Birth order key: the person index (document order); a virtual node takes its first child's. */
  birthRank: number[];
  /** Family whose descent line a virtual node carries (-1 for persons). */
  virtualFamily: number[];
  /** Nodes on the next row hanging from this node (its families' children, or a virtual's next step). */
  below: number[][];
  /** Row of each family's union (the deeper partner's row). */
  familyRow: Int32Array;
  /** Nodes hanging directly from each family (children one row down and the first virtual), birth order. */
  familyNodes: number[][];
  rowCount: number;
}

export function buildLayers(g: PedigreeGraph, generation: Int32Array): Layers {
  const n = g.persons.length;
  const row = Array.from(generation);
  const anchorFamily = new Array<number>(n).fill(-1);
  const anchorNode = new Array<number>(n).fill(-1);
  const birthRank = Array.from({ length: n }, (_, i) => i);
  const virtualFamily = new Array<number>(n).fill(-1);
  const below: number[][] = Array.from({ length: n }, () => []);
  const familyRow = new Int32Array(g.families.length);
  const familyNodes: number[][] = [];
  g.families.forEach((f, fi) => {
    let o = 0;
    for (const p of f.parents) o = Math.max(o, row[p]!);
    familyRow[fi] = o;
    const direct: number[] = [];
    // One chain of virtual nodes per family, shared by every child pushed further down.
    const chain: number[] = [];
    for (const c of f.children) {
      const r = row[c]!;
      if (r <= o) continue;
      if (r === o + 1) {
        anchorFamily[c] = fi;
        direct.push(c);
        continue;
      }
      while (chain.length < r - o - 1) {
        const v = row.length;
        const prev = chain[chain.length - 1];
        row.push(o + 1 + chain.length);
        anchorFamily.push(prev === undefined ? fi : -1);
        anchorNode.push(prev === undefined ? -1 : prev);
        birthRank.push(c);
        virtualFamily.push(fi);
        below.push([]);
        if (prev === undefined) direct.push(v);
        else below[prev]!.push(v);
        chain.push(v);
      }
      const last = chain[r - o - 2]!;
      anchorNode[c] = last;
      below[last]!.push(c);
    }
    familyNodes.push(direct);
    for (const p of f.parents) if (row[p] === o) below[p]!.push(...direct);
  });
  let rowCount = 0;
  for (const r of row) rowCount = Math.max(rowCount, r + 1);
  return { personCount: n, row, anchorFamily, anchorNode, birthRank, virtualFamily, below, familyRow, familyNodes, rowCount };
}

/** Group key of a node: its anchor, or -1 for a node that hangs from nothing (a founder). */
export function groupOf(l: Layers, familyCount: number, node: number): number {
  const f = l.anchorFamily[node]!;
  if (f >= 0) return f;
  const v = l.anchorNode[node]!;
  return v >= 0 ? familyCount + v : -1;
}
