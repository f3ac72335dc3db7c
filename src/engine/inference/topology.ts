// Parents-before-children order of the network's variables (Kahn's algorithm); null when
// the recorded ancestry has a cycle.
import type { NetVariable } from './network.ts';

export function topologicalOrder(vars: readonly NetVariable[]): number[] | null {
  const children: number[][] = vars.map(() => []);
  const pending = new Int32Array(vars.length);
  vars.forEach((v, i) => {
    pending[i] = v.parents.length;
    for (const p of v.parents) children[p]!.push(i);
  });
  const order: number[] = [];
  for (let i = 0; i < vars.length; i++) if (pending[i] === 0) order.push(i);
  for (let k = 0; k < order.length; k++) {
    for (const c of children[order[k]!]!) {
      pending[c] = pending[c]! - 1;
      if (pending[c] === 0) order.push(c);
    }
  }
  return order.length === vars.length ? order : null;
}
