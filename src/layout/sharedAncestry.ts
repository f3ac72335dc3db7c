// NOMENCLATURE L2: a union is drawn with a double line when the partners share an ancestor.
// Ancestors of one partner are stamped, then the other partner's ancestors are walked until
// a stamped one is met: O(ancestors) per union with no per-union allocation. A partner who
// is the other's ancestor counts too.
import type { PedigreeGraph } from './graph.ts';

export function unionsWithSharedAncestor(g: PedigreeGraph): Uint8Array {
  const n = g.persons.length;
  const stamp = new Int32Array(n).fill(-1);
  const visited = new Int32Array(n).fill(-1);
  const result = new Uint8Array(g.unions.length);
  const stack: number[] = [];
  g.families.forEach((f, fi) => {
    if (f.union < 0) return;
    const [a, b] = f.parents as [number, number];
    // Mark a and all of a's ancestors.
    stack.push(a);
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (stamp[x] === fi) continue;
      stamp[x] = fi;
      const pf = g.parentFamily[x]!;
      if (pf >= 0) stack.push(...g.families[pf]!.parents);
    }
    const start = g.parentFamily[b]!;
    if (start >= 0) stack.push(...g.families[start]!.parents);
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (visited[x] === fi) continue;
      visited[x] = fi;
      if (stamp[x] === fi) {
        result[f.union] = 1;
        stack.length = 0;
        break;
      }
      const pf = g.parentFamily[x]!;
      if (pf >= 0) stack.push(...g.families[pf]!.parents);
    }
  });
  return result;
}
