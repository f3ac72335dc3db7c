// Generation rows, as in kinship2's kindepth(align = TRUE) (Therneau & Sinnwell): a person is
// one row below the deeper parent; partners are pushed down to the same row; founders who
// only married in sit on their partner's row, and founder couples sit just above their
// highest child. Depths only ever increase, so the fixpoint is reached in near-linear time.
import type { PedigreeGraph } from './graph.ts';

/** Parent → child order (Kahn). People on a cycle (invalid input) are treated as founders. */
function topologicalOrder(g: PedigreeGraph): { order: number[]; founder: Uint8Array } {
  const n = g.persons.length;
  const pending = new Int32Array(n);
  const founder = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const f = g.parentFamily[i]!;
    pending[i] = f < 0 ? 0 : g.families[f]!.parents.length;
  }
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (pending[i] === 0) order.push(i);
  for (let k = 0; k < order.length; k++) {
    for (const f of g.familiesOf[order[k]!]!) {
      for (const c of g.families[f]!.children) if (--pending[c]! === 0) order.push(c);
    }
  }
  const done = new Uint8Array(n);
  for (const i of order) done[i] = 1;
  for (let i = 0; i < n; i++) {
    if (!done[i]) order.push(i);
    if (!done[i] || g.parentFamily[i]! < 0) founder[i] = 1;
  }
  return { order, founder };
}

function plainDepths(g: PedigreeGraph, order: number[], founder: Uint8Array): Int32Array {
  const depth = new Int32Array(g.persons.length);
  for (const i of order) {
    if (founder[i]) continue;
    let d = 0;
    for (const p of g.families[g.parentFamily[i]!]!.parents) d = Math.max(d, depth[p]! + 1);
    depth[i] = d;
  }
  return depth;
}

/**
 * Raises partners to a common row and children below parents. Returns false and disables
 * one union when the rules contradict each other (a union across generations of one line,
 * e.g. a parent with a child), which would otherwise push depths without end.
 */
function align(g: PedigreeGraph, depth: Int32Array, founder: Uint8Array, disabled: Uint8Array): boolean {
  const n = g.persons.length;
  const reason = new Int32Array(n).fill(-1);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) queue.push(i);
  for (let head = 0; head < queue.length; head++) {
    const x = queue[head]!;
    for (const fi of g.familiesOf[x]!) {
      const f = g.families[fi]!;
      if (f.union >= 0 && !disabled[f.union]) {
        const y = f.parents[0] === x ? f.parents[1]! : f.parents[0]!;
        if (depth[y]! < depth[x]!) {
          depth[y] = depth[x]!;
          reason[y] = f.union;
          queue.push(y);
        }
      }
      for (const c of f.children) {
        if (founder[c] || depth[c]! > depth[x]!) continue;
        depth[c] = depth[x]! + 1;
        reason[c] = reason[x]!;
        if (depth[c]! > n) {
          disabled[Math.max(0, reason[c]!)] = 1;
          return false;
        }
        queue.push(c);
      }
    }
  }
  return true;
}

/** Founder couples (and founders married only to founders) move down to just above their first child. */
function lowerFounderGroups(g: PedigreeGraph, depth: Int32Array, founder: Uint8Array): void {
  const n = g.persons.length;
  const seen = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    if (!founder[s] || seen[s]) continue;
    const group = [s];
    seen[s] = 1;
    let marriedIn = false;
    for (let k = 0; k < group.length; k++) {
      for (const fi of g.familiesOf[group[k]!]!) {
        for (const p of g.families[fi]!.parents) {
          if (!founder[p]) marriedIn = true;
          else if (!seen[p]) {
            seen[p] = 1;
            group.push(p);
          }
        }
      }
    }
    if (marriedIn) continue;
    let target = Infinity;
    for (const p of group) {
      for (const fi of g.familiesOf[p]!) for (const c of g.families[fi]!.children) target = Math.min(target, depth[c]! - 1);
    }
    if (!Number.isFinite(target)) continue;
    for (const p of group) if (target > depth[p]!) depth[p] = target;
  }
}

/** Generation row of every person; each connected family starts at row 0. */
export function assignGenerations(g: PedigreeGraph, component: Int32Array): Int32Array {
  const { order, founder } = topologicalOrder(g);
  const disabled = new Uint8Array(g.unions.length);
  let depth = plainDepths(g, order, founder);
  while (!align(g, depth, founder, disabled)) depth = plainDepths(g, order, founder);
  lowerFounderGroups(g, depth, founder);
  const top = new Map<number, number>();
  depth.forEach((d, i) => top.set(component[i]!, Math.min(top.get(component[i]!) ?? d, d)));
  return depth.map((d, i) => d - top.get(component[i]!)!);
}
