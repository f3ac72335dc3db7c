// The parts of a row's ordering that do not depend on the current order, computed once
// per row: partner links on the row, units (a sibship group, or founders who married in and
// hang beside their partner, or a free founder cluster), and blocks of units joined by
// marriages. The ordering (rowBlocks.ts, transpose.ts) reuses a plan for every pass.
import type { PedigreeGraph } from './graph.ts';
import { groupOf, type Layers } from './layers.ts';

export interface RowState {
  g: PedigreeGraph;
  l: Layers;
  /** The family's rows, `rows[k]` being generation row `top + k`. */
  rows: number[][];
  top: number;
  pos: Int32Array;
}

export type UnitKey = (members: number[], isGroup: boolean) => number;

export interface Edge {
  a: number;
  b: number;
  union: number;
}

export function find(parent: number[], x: number): number {
  while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
  return x;
}

function partnerEdges(s: RowState, nodes: number[], r: number): Edge[] {
  const edges: Edge[] = [];
  for (const x of nodes) {
    if (x >= s.l.personCount) continue;
    for (const fi of s.g.familiesOf[x]!) {
      const f = s.g.families[fi]!;
      const y = f.parents[1];
      if (y === undefined || f.parents[0] !== x || s.l.row[y] !== r) continue;
      edges.push({ a: x, b: y, union: f.union });
    }
  }
  return edges;
}

/** Items of a sibship group: members in birth order, twins merged into one item. */
function groupItems(s: RowState, members: number[]): number[][] {
  const sorted = [...members].sort((a, b) => s.l.birthRank[a]! - s.l.birthRank[b]!);
  const items: number[][] = [];
  const twinItem = new Map<number, number[]>();
  for (const m of sorted) {
    const t = m < s.l.personCount ? s.g.twinGroup[m]! : -1;
    const item = t >= 0 ? twinItem.get(t) : undefined;
    if (item) item.push(m);
    else {
      const fresh = [m];
      if (t >= 0) twinItem.set(t, fresh);
      items.push(fresh);
    }
  }
  return items;
}

function pinned(s: RowState, members: number[]): boolean {
  const f = s.l.anchorFamily[members[0]!]!;
  const u = f >= 0 ? s.g.families[f]!.union : -1;
  return u >= 0 && s.g.unions[u]!.pinSiblingOrder === true;
}

/** What about a row does not depend on its order: units, their links and blocks. */
export interface RowPlan {
  adj: Map<number, Edge[]>;
  unitOf: Map<number, number>;
  hostOf: Map<number, number>;
  unitMembers: number[][];
  unitIsGroup: boolean[];
  /** Group units' items (birth order, twins merged); free units' members. */
  unitItems: number[][][];
  unitPinned: boolean[];
  unitAdj: number[][];
  blocks: number[][];
  /** Units joined by a union the user asked to draw the other way round (swapSides). */
  swapped: Set<number>;
}

export function planRow(s: RowState, r: number): RowPlan {
  const { l } = s;
  const nodes = s.rows[r - s.top]!;
  const F = s.g.families.length;
  const edges = partnerEdges(s, nodes, r);
  const adj = new Map<number, Edge[]>();
  for (const e of edges) {
    for (const x of [e.a, e.b]) {
      const list = adj.get(x);
      if (list) list.push(e);
      else adj.set(x, [e]);
    }
  }
  const anchored = (x: number) => groupOf(l, F, x) >= 0;
  // Units: one per sibship group; free founders join a unit through their partners.
  const unitOf = new Map<number, number>();
  const unitMembers: number[][] = [];
  const unitIsGroup: boolean[] = [];
  const groupUnit = new Map<number, number>();
  for (const x of nodes) {
    const gk = groupOf(l, F, x);
    if (gk < 0) continue;
    let u = groupUnit.get(gk);
    if (u === undefined) {
      u = unitMembers.length;
      groupUnit.set(gk, u);
      unitMembers.push([]);
      unitIsGroup.push(true);
    }
    unitMembers[u]!.push(x);
    unitOf.set(x, u);
  }
  const hostOf = new Map<number, number>();
  const seen = new Set<number>();
  for (const x of nodes) {
    if (anchored(x) || seen.has(x)) continue;
    const comp = [x];
    seen.add(x);
    const links: Edge[] = [];
    for (let k = 0; k < comp.length; k++) {
      for (const e of adj.get(comp[k]!) ?? []) {
        const y = e.a === comp[k] ? e.b : e.a;
        if (anchored(y)) links.push(e);
        else if (!seen.has(y)) {
          seen.add(y);
          comp.push(y);
        }
      }
    }
    if (links.length === 1) {
      const host = anchored(links[0]!.a) ? links[0]!.a : links[0]!.b;
      for (const y of comp) {
        unitOf.set(y, unitOf.get(host)!);
        hostOf.set(y, host);
      }
      continue;
    }
    const u = unitMembers.length;
    unitMembers.push(comp);
    unitIsGroup.push(false);
    for (const y of comp) unitOf.set(y, u);
  }
  // Blocks: units joined by marriages between them.
  const U = unitMembers.length;
  const parent = Array.from({ length: U }, (_, i) => i);
  const unitAdj: number[][] = Array.from({ length: U }, () => []);
  const swapped = new Set<number>();
  for (const e of edges) {
    const ua = unitOf.get(e.a)!;
    const ub = unitOf.get(e.b)!;
    if (ua !== ub && s.g.unions[e.union]!.swapSides) swapped.add(ua).add(ub);
    if (ua === ub || unitAdj[ua]!.includes(ub)) continue;
    unitAdj[ua]!.push(ub);
    unitAdj[ub]!.push(ua);
    parent[find(parent, ua)] = find(parent, ub);
  }
  const blockOf = new Map<number, number[]>();
  for (let u = 0; u < U; u++) {
    const root = find(parent, u);
    const list = blockOf.get(root);
    if (list) list.push(u);
    else blockOf.set(root, [u]);
  }
  const unitItems = unitMembers.map((m, u) => (unitIsGroup[u] ? groupItems(s, m) : [m]));
  const unitPinned = unitMembers.map((m, u) => unitIsGroup[u]! && pinned(s, m));
  return { adj, unitOf, hostOf, unitMembers, unitIsGroup, unitItems, unitPinned, unitAdj, blocks: [...blockOf.values()], swapped };
}
