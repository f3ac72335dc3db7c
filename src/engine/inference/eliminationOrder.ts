// Greedy min-fill elimination order on the moral graph of the pedigree network, ties broken by
// the smaller clique (Kjærulff 1990; Koller & Friedman 2009, §9.4.3). Each elimination yields a
// clique {v} ∪ neighbours(v); together they form a junction tree (junctionTree.ts). On a loopless
// pedigree every step has zero fill, so cliques stay at three people (a nuclear family) and the
// work is linear in the pedigree size. The cost (sum of clique table sizes) is known before
// any table is allocated, so a too-large computation can be refused up front.
import type { NetVariable } from './network.ts';

export interface Elimination {
  order: number[];
  /** Clique of the i-th eliminated variable: that variable first, then its neighbours. */
  cliques: number[][];
  /** Sum of clique table sizes (entries) of the whole elimination. */
  cost: number;
  /** True when the cost passed the limit: cliques are then incomplete and must not be used. */
  tooLarge: boolean;
  largestClique: number;
}

export function eliminationOrder(vars: readonly NetVariable[], maxCost: number): Elimination {
  const n = vars.length;
  // Neighbour lists as small arrays: pedigree nodes have few neighbours, and arrays are far
  // cheaper than Sets for 10,000 of them.
  const adj: number[][] = vars.map(() => []);
  const link = (a: number, b: number) => {
    if (!adj[a]!.includes(b)) {
      adj[a]!.push(b);
      adj[b]!.push(a);
    }
  };
  vars.forEach((v, i) => {
    const ps = v.parents;
    for (let x = 0; x < ps.length; x++) {
      link(ps[x]!, i);
      for (let y = x + 1; y < ps.length; y++) link(ps[x]!, ps[y]!);
    }
  });
  const logCard = vars.map((v) => Math.log2(v.card));
  const score = new Float64Array(n);
  const heap = new MinHeap();
  // Fill-in count among v's neighbours (each pair once), without allocating.
  const rescore = (v: number) => {
    const nb = adj[v]!;
    let fill = 0;
    let weight = logCard[v]!;
    for (let x = 0; x < nb.length; x++) {
      const a = nb[x]!;
      weight += logCard[a]!;
      const aa = adj[a]!;
      for (let y = x + 1; y < nb.length; y++) if (!aa.includes(nb[y]!)) fill++;
    }
    score[v] = fill * 4096 + weight;
    heap.push(score[v]!, v);
  };
  for (let v = 0; v < n; v++) rescore(v);

  const eliminated = new Uint8Array(n);
  const order: number[] = [];
  const cliques: number[][] = [];
  let cost = 0;
  let largest = 0;
  let tooLarge = false;
  while (order.length < n) {
    const [s, v] = heap.pop();
    if (eliminated[v] || s !== score[v]) continue;
    eliminated[v] = 1;
    const nb = adj[v]!;
    let size = vars[v]!.card;
    for (const u of nb) size *= vars[u]!.card;
    cost += size;
    largest = Math.max(largest, nb.length + 1);
    // Past the limit keep ordering only to report the full cost; store no more cliques.
    if (cost > maxCost) tooLarge = true;
    order.push(v);
    if (!tooLarge) cliques.push([v, ...nb]);
    for (const u of nb) {
      const au = adj[u]!;
      const at = au.indexOf(v);
      au[at] = au[au.length - 1]!;
      au.pop();
    }
    for (let x = 0; x < nb.length; x++) for (let y = x + 1; y < nb.length; y++) link(nb[x]!, nb[y]!);
    for (const u of nb) rescore(u);
  }
  return { order, cliques, cost, tooLarge, largestClique: largest };
}

/** Binary min-heap of (score, id) pairs with lazy deletion by the caller. */
class MinHeap {
  private scores: number[] = [];
  private ids: number[] = [];

  push(score: number, id: number): void {
    const s = this.scores;
    const d = this.ids;
    let i = s.length;
    s.push(score);
    d.push(id);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (s[p]! <= score) break;
      s[i] = s[p]!;
      d[i] = d[p]!;
      i = p;
    }
    s[i] = score;
    d[i] = id;
  }

  pop(): [number, number] {
    const s = this.scores;
    const d = this.ids;
    const top: [number, number] = [s[0]!, d[0]!];
    const lastS = s.pop()!;
    const lastD = d.pop()!;
    const n = s.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && s[r]! < s[l]! ? r : l;
        if (s[c]! >= lastS) break;
        s[i] = s[c]!;
        d[i] = d[c]!;
        i = c;
      }
      s[i] = lastS;
      d[i] = lastD;
    }
    return top;
  }
}
