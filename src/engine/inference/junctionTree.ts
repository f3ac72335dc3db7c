// Junction tree from an elimination (Koller & Friedman 2009, §10.4.1): the clique of each
// eliminated variable v hangs below the clique of the first-eliminated variable of its
// separator C_v \ {v}, which holds the whole separator (running intersection). Each family
// factor P(child | parents)·evidence goes to the clique of its earliest-eliminated variable.
import type { NetVariable } from './network.ts';
import type { Elimination } from './eliminationOrder.ts';
import { indexMap, tableSize } from './indexMap.ts';

export interface Clique {
  vars: number[];
  size: number;
  /** Index of the parent clique, −1 for a root. */
  parent: number;
  sepSize: number;
  /** Clique entry → separator entry. */
  toSep: Int32Array;
  /** Parent clique entry → separator entry. */
  parentToSep: Int32Array;
  /** Variables whose family factor is multiplied into this clique, with the entry → factor maps. */
  factors: { variable: number; map: Int32Array }[];
}

export interface JunctionTree {
  cliques: Clique[];
  /** Clique whose first variable is v (the clique where v was eliminated). */
  cliqueOf: Int32Array;
  cost: number;
  largestClique: number;
}

const EMPTY = new Int32Array(0);

export function buildJunctionTree(vars: readonly NetVariable[], elim: Elimination): JunctionTree {
  const n = vars.length;
  const position = new Int32Array(n);
  elim.order.forEach((v, i) => (position[v] = i));
  const cliques: Clique[] = elim.cliques.map((cv) => {
    const cards = cv.map((v) => vars[v]!.card);
    let parent = -1;
    for (let k = 1; k < cv.length; k++) {
      const p = position[cv[k]!]!;
      if (parent < 0 || p < parent) parent = p;
    }
    const sep = cv.slice(1);
    return {
      vars: cv,
      size: tableSize(cards),
      parent,
      sepSize: tableSize(sep.map((v) => vars[v]!.card)),
      toSep: parent < 0 ? EMPTY : indexMap(cv, cards, sep),
      parentToSep: EMPTY,
      factors: [],
    };
  });
  for (const c of cliques) {
    if (c.parent < 0) continue;
    const p = cliques[c.parent]!;
    c.parentToSep = indexMap(p.vars, p.vars.map((v) => vars[v]!.card), c.vars.slice(1));
  }
  vars.forEach((v, i) => {
    const scope = [...v.parents, i];
    let home = position[i]!;
    for (const s of v.parents) home = Math.min(home, position[s]!);
    const c = cliques[home]!;
    c.factors.push({ variable: i, map: indexMap(c.vars, c.vars.map((x) => vars[x]!.card), scope) });
  });
  const cliqueOf = new Int32Array(n);
  for (let v = 0; v < n; v++) cliqueOf[v] = position[v]!;
  return { cliques, cliqueOf, cost: elim.cost, largestClique: elim.largestClique };
}
