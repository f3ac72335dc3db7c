// A first left-to-right order by depth-first traversal (the order a person would draw the
// family by hand): a person, then their partners, then the children of each union in birth
// order with all their descendants, then the family a partner married in from. For a
// family tree this order alone is crossing-free; the sweep in orderRows.ts refines loops.
// Iterative, so a 10,000-person chain cannot overflow the call stack.
import type { PedigreeGraph } from './graph.ts';
import type { Layers } from './layers.ts';

function neighbours(g: PedigreeGraph, l: Layers, node: number): number[] {
  if (node >= l.personCount) return l.below[node]!;
  const out: number[] = [];
  const fams = g.familiesOf[node]!;
  for (const fi of fams) for (const p of g.families[fi]!.parents) if (p !== node) out.push(p);
  for (const fi of fams) {
    if (l.familyRow[fi] !== l.row[node]) continue;
    out.push(...l.familyNodes[fi]!);
  }
  const pf = g.parentFamily[node]!;
  if (pf >= 0) {
    out.push(...g.families[pf]!.parents);
    out.push(...g.families[pf]!.children);
  }
  return out;
}

/**
 * Rows (lists of nodes, left to right) of one connected family, starting from `root`;
 * `rows[k]` is generation row `top + k`, so a small family costs nothing for the rows of
 * a deep one beside it.
 */
export function initialRows(g: PedigreeGraph, l: Layers, root: number, placed: Uint8Array): { rows: number[][]; top: number } {
  const visited: number[] = [];
  const stack = [root];
  let top = Infinity;
  let bottom = -Infinity;
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (placed[x]) continue;
    placed[x] = 1;
    visited.push(x);
    top = Math.min(top, l.row[x]!);
    bottom = Math.max(bottom, l.row[x]!);
    const next = neighbours(g, l, x);
    for (let k = next.length - 1; k >= 0; k--) if (!placed[next[k]!]) stack.push(next[k]!);
  }
  const rows: number[][] = Array.from({ length: bottom - top + 1 }, () => []);
  for (const x of visited) rows[l.row[x]! - top]!.push(x);
  return { rows, top };
}
