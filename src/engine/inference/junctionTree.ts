// Junction tree from an elimination (Koller & Friedman 2009, §10.4.1): the clique of each
// eliminated variable v hangs below the clique of the first-eliminated variable of its
// separator C_v \ {v}, which holds the whole separator (running intersection). Each family
// factor P(child | parents)·evidence goes to the clique of its earliest-eliminated variable.
import type { NetVariable } from './network.ts';
import type { Elimination } from './eliminationOrder.ts';
import { indexMap } from './indexMap.ts';

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
  // Most cliques share a handful of shapes (a child with two parents…): share their maps. The
  // key is computed from the clique's cards and the sub-scope's positions without allocating.
  const maps = new Map<number, Int32Array>();
  const cardsOf = (cv: readonly number[]) => cv.map((v) => vars[v]!.card);
  const sharedMap = (cv: readonly number[], sub: readonly number[], subFrom = 0): Int32Array => {
    if (cv.length > 8) return indexMap(cv, cardsOf(cv), sub.slice(subFrom));
    // Key: one bit per clique card (2 or 4), then 4 bits per sub-scope position.
    let key = cv.length;
    for (let k = 0; k < cv.length; k++) key = key * 2 + (vars[cv[k]!]!.card === 4 ? 1 : 0);
    for (let k = subFrom; k < sub.length; k++) key = key * 16 + cv.indexOf(sub[k]!) + 1;
    let map = maps.get(key);
    if (!map) {
      map = indexMap(cv, cardsOf(cv), sub.slice(subFrom));
      maps.set(key, map);
    }
    return map;
  };
  const position = new Int32Array(n);
  elim.order.forEach((v, i) => (position[v] = i));
  const cliques: Clique[] = elim.cliques.map((cv) => {
    let parent = -1;
    let size = vars[cv[0]!]!.card;
    let sepSize = 1;
    for (let k = 1; k < cv.length; k++) {
      const p = position[cv[k]!]!;
      if (parent < 0 || p < parent) parent = p;
      sepSize *= vars[cv[k]!]!.card;
    }
    size *= sepSize;
    return { vars: cv, size, parent, sepSize, toSep: parent < 0 ? EMPTY : sharedMap(cv, cv, 1), parentToSep: EMPTY, factors: [] };
  });
  for (const c of cliques) {
    if (c.parent < 0) continue;
    c.parentToSep = sharedMap(cliques[c.parent]!.vars, c.vars, 1);
  }
  const scope: number[] = [];
  vars.forEach((v, i) => {
    scope.length = 0;
    let home = position[i]!;
    for (const s of v.parents) {
      scope.push(s);
      home = Math.min(home, position[s]!);
    }
    scope.push(i);
    const c = cliques[home]!;
    c.factors.push({ variable: i, map: sharedMap(c.vars, scope) });
  });
  const cliqueOf = new Int32Array(n);
  for (let v = 0; v < n; v++) cliqueOf[v] = position[v]!;
  return { cliques, cliqueOf, cost: elim.cost, largestClique: elim.largestClique };
}
