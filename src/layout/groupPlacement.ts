// One group of the contour placement (contourPlacement.ts): the nodes of one row joined by
// partnership, and the rigid clusters hanging below them. The clusters are packed left to
// right as close as their contours allow (Reingold & Tilford 1981), which fixes the least
// distance between neighbours; then clusters and row nodes are shifted in turn, each by
// weighted least squares with those distances as minimum gaps (isotonic.ts), so each
// family's children are centred under the union and the parents over the children. For a
// family tree one round suffices (a sibship moves under its parents and stays there); a
// person with several partners, or a couple both of whose families are drawn, takes a few.
import type { PedigreeGraph } from './graph.ts';
import { placeRow } from './isotonic.ts';
import type { Layers } from './layers.ts';

export interface PlacementScratch {
  l: Layers;
  /** Least centre-to-centre distance between two persons; half that next to a virtual node. */
  gap: number;
  /** Union-find parent over node ids; a cluster is named by the smallest node id in it. */
  uf: Int32Array;
  /** Cluster of every node on the rows done so far. */
  comp: Int32Array;
  /** x of every node relative to its cluster. */
  rel: Float64Array;
  /** Offset of each cluster within the group it joins. */
  off: Float64Array;
  /** Place of every node in its row (the order being placed). */
  pos: Int32Array;
  /** Index of a row node or cluster within its group. */
  slot: Int32Array;
  /** Set on a group joined because its parts interleave on some row. */
  tangled: Uint8Array;
}

/** Per cluster: row, first node, last node, for every row it has. */
export type Contours = Map<number, number[]>;

const MAX_ROUNDS = 60;
/** Weight of a vertical line's wish to stay straight (virtual nodes). */
const VIRTUAL_WEIGHT = 8;
/**
 * Pull of partners towards the distance they should keep: the least the row allows when
 * others stand between them (else a parent whose partner is held by another family would
 * run off to centre the union); and, when both hang from families on the row above (a
 * cousin marriage, two families joined), as far apart as those families' places in the
 * row above, so that once this cluster is rigid each partner can still sit under their own
 * parents.
 */
const PARTNER_WEIGHT = 0.5;
/** A faint pull to stay put, so a node or cluster nobody pulls is still determined. */
const REST_WEIGHT = 0.01;

function separation(s: PlacementScratch, a: number, b: number): number {
  return a >= s.l.personCount || b >= s.l.personCount ? s.gap / 2 : s.gap;
}

/** Offsets of clusters packed left to right against the contour of those before; returns the gaps. */
export function packClusters(clusters: number[], runs: Contours, s: PlacementScratch): number[] {
  const rightX = new Map<number, number>();
  const rightNode = new Map<number, number>();
  const gaps: number[] = [];
  let prev = 0;
  clusters.forEach((c, i) => {
    const list = runs.get(c) ?? [];
    let need = -Infinity;
    for (let t = 0; t < list.length; t += 3) {
      const at = rightX.get(list[t]!);
      const first = list[t + 1]!;
      if (at !== undefined) need = Math.max(need, at + separation(s, rightNode.get(list[t]!)!, first) - s.rel[first]!);
    }
    const o = i === 0 || need === -Infinity ? prev : need;
    if (i > 0) gaps.push(o - prev);
    s.off[c] = prev = o;
    for (let t = 0; t < list.length; t += 3) {
      const last = list[t + 2]!;
      rightX.set(list[t]!, o + s.rel[last]!);
      rightNode.set(list[t]!, last);
    }
  });
  return gaps;
}

interface Pull {
  /** Children (or a virtual node's next step) and the clusters they are in. */
  kids: number[];
  kidClusters: number[];
  /** Row nodes above them: the parents on this row, or the virtual node. */
  tops: number[];
  weight: number;
  /** Distance two parents should keep: their parents' distance in the row above, in gaps. */
  apart: number;
}

/** Place in the row above of what a node hangs from (its parents' union, or a virtual node). */
function anchorSlot(g: PedigreeGraph, s: PlacementScratch, v: number): number | undefined {
  const { l } = s;
  if (l.anchorNode[v]! >= 0) return s.pos[l.anchorNode[v]!]!;
  const f = l.anchorFamily[v]!;
  if (f < 0) return undefined;
  const parents = g.families[f]!.parents.filter((p) => l.row[p] === l.familyRow[f]);
  return parents.reduce((t, p) => t + s.pos[p]!, 0) / parents.length;
}

function apart(g: PedigreeGraph, s: PlacementScratch, tops: number[]): number {
  if (tops.length !== 2 || s.l.anchorFamily[tops[0]!] === s.l.anchorFamily[tops[1]!]) return 0;
  const a = anchorSlot(g, s, tops[0]!);
  const b = anchorSlot(g, s, tops[1]!);
  return a === undefined || b === undefined ? 0 : Math.abs(a - b) * s.gap;
}

function pullsOf(g: PedigreeGraph, s: PlacementScratch, rowNodes: number[]): Pull[] {
  const { l } = s;
  const pulls: Pull[] = [];
  const clustersOf = (kids: number[]) => [...new Set(kids.map((v) => s.comp[v]!))];
  for (const v of rowNodes) {
    if (v >= l.personCount) {
      const kids = l.below[v]!;
      if (kids.length > 0) pulls.push({ kids, kidClusters: clustersOf(kids), tops: [v], weight: VIRTUAL_WEIGHT, apart: 0 });
      continue;
    }
    for (const fi of g.familiesOf[v]!) {
      const kids = l.familyNodes[fi]!;
      if (kids.length === 0 || l.familyRow[fi] !== l.row[v]) continue;
      const tops = g.families[fi]!.parents.filter((p) => l.row[p] === l.row[v]);
      if (tops[0] === v) pulls.push({ kids, kidClusters: clustersOf(kids), tops, weight: 1, apart: apart(g, s, tops) });
    }
  }
  return pulls;
}

/** Lays out one group; row nodes get `rel` in the group's frame, clusters below get `off`. */
export function layoutGroup(g: PedigreeGraph, rowNodes: number[], clusters: number[], runs: Contours, s: PlacementScratch, rigid: boolean): void {
  const { rel, off, slot, comp } = s;
  const pos = new Float64Array(rowNodes.length);
  const rowGaps: number[] = [];
  rowNodes.forEach((v, i) => {
    slot[v] = i;
    if (i === 0) return;
    rowGaps.push(separation(s, rowNodes[i - 1]!, v));
    pos[i] = pos[i - 1]! + rowGaps[i - 1]!;
  });
  if (clusters.length === 0) {
    rowNodes.forEach((v, i) => (rel[v] = pos[i]!));
    return;
  }
  const packed = Float64Array.from(pos);
  clusters.forEach((c, i) => (slot[c] = i));
  const clusterGaps = packClusters(clusters, runs, s);
  const pulls = pullsOf(g, s, rowNodes);
  // A cluster pulled by two families (a marriage between them below) would be torn both
  // ways and its neighbours pushed apart: then all clusters stay packed and move as one.
  if (!rigid) {
    const seen = new Set<number>();
    for (const p of pulls) for (const c of p.kidClusters) rigid ||= seen.size === seen.add(c).size;
  }
  const xOf = (v: number) => off[comp[v]!]! + rel[v]!;
  /** How far the children of a pull sit right of its centre above them. */
  const offset = (p: Pull) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of p.kids) {
      const x = xOf(v);
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    let top = 0;
    for (const v of p.tops) top += pos[slot[v]!]!;
    return (lo + hi) / 2 - top / p.tops.length;
  };
  // Row nodes nothing pulls (no children drawn below, no partner kept apart) have no place
  // of their own: each stays a minimum gap from its neighbour towards the group's pulled
  // nodes (rightwards before the first one, leftwards after), so it moves with that
  // neighbour and not with the frame the rounds happen to drift in.
  const pulled = new Uint8Array(rowNodes.length);
  for (const p of pulls) for (const v of p.tops) pulled[slot[v]!] = 1;
  const firstPulled = pulled.indexOf(1);
  const cw = new Float64Array(clusters.length);
  const cwx = new Float64Array(clusters.length);
  const rw = new Float64Array(rowNodes.length);
  const rwx = new Float64Array(rowNodes.length);
  for (let round = 0; round < MAX_ROUNDS && pulls.length > 0; round++) {
    clusters.forEach((c, i) => {
      cw[i] = REST_WEIGHT;
      cwx[i] = REST_WEIGHT * off[c]!;
    });
    for (const p of pulls) {
      const d = offset(p);
      for (const c of p.kidClusters) {
        const i = slot[c]!;
        cw[i] = cw[i]! + p.weight;
        cwx[i] = cwx[i]! + p.weight * (off[c]! - d);
      }
    }
    let moved = 0;
    let placed: number[];
    if (rigid) {
      // One shift for the whole block: the weighted mean of what each cluster asks for.
      let w = 0;
      let wd = 0;
      clusters.forEach((c, i) => {
        w += cw[i]!;
        wd += cwx[i]! - cw[i]! * off[c]!;
      });
      placed = clusters.map((c) => off[c]! + wd / w);
    } else placed = placeRow(Array.from(cwx, (wx, i) => wx / cw[i]!), Array.from(cw), clusterGaps);
    placed.forEach((o, i) => {
      moved = Math.max(moved, Math.abs(o - off[clusters[i]!]!));
      off[clusters[i]!] = o;
    });
    rw.fill(REST_WEIGHT);
    pos.forEach((x, i) => {
      const rest = pulled[i] || firstPulled < 0 ? x : i < firstPulled ? pos[i + 1]! - rowGaps[i]! : pos[i - 1]! + rowGaps[i - 1]!;
      rwx[i] = REST_WEIGHT * rest;
    });
    for (const p of pulls) {
      const d = offset(p);
      const a = slot[p.tops[0]!]!;
      const b = p.tops.length === 2 ? slot[p.tops[1]!]! : a;
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const least = Math.max(p.apart, hi - lo > 1 ? packed[hi]! - packed[lo]! : 0);
      if (least > 0) {
        rw[lo] = rw[lo]! + PARTNER_WEIGHT;
        rwx[lo] = rwx[lo]! + PARTNER_WEIGHT * (pos[hi]! - least);
        rw[hi] = rw[hi]! + PARTNER_WEIGHT;
        rwx[hi] = rwx[hi]! + PARTNER_WEIGHT * (pos[lo]! + least);
      }
      for (const v of p.tops) {
        const i = slot[v]!;
        rw[i] = rw[i]! + p.weight;
        rwx[i] = rwx[i]! + p.weight * (pos[i]! + d);
      }
    }
    placeRow(Array.from(rwx, (wx, i) => wx / rw[i]!), Array.from(rw), rowGaps).forEach((x, i) => {
      moved = Math.max(moved, Math.abs(x - pos[i]!));
      pos[i] = x;
    });
    if (moved < 0.01) break;
  }
  rowNodes.forEach((v, i) => (rel[v] = pos[i]!));
}
