// NOMENCLATURE L5: siblings stand left to right in birth order; when the layout had to move
// one (to put a partner from another family beside them), every child of that sibship gets
// its birth-order number so the reader can still tell.
import type { PedigreeGraph } from './graph.ts';
import type { Layers } from './layers.ts';

/** Birth-order number (1-based) of each child in a sibship the layout reordered. */
export function birthOrderNumbers(g: PedigreeGraph, l: Layers, x: ArrayLike<number>): Map<number, number> {
  const numbers = new Map<number, number>();
  g.families.forEach((f, fi) => {
    const sameRow = f.children.filter((c) => l.row[c] === l.familyRow[fi]! + 1);
    let reordered = false;
    for (let i = 1; i < sameRow.length && !reordered; i++) reordered = x[sameRow[i]!]! < x[sameRow[i - 1]!]!;
    if (reordered) f.children.forEach((c, i) => numbers.set(c, i + 1));
  });
  return numbers;
}
