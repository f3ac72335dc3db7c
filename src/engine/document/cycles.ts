// People who are recorded as their own ancestor. Iterative depth-first search over
// child → parent edges with white/grey/black colouring (Cormen et al., "Introduction
// to Algorithms", §22.3): meeting a grey node closes a cycle, read off the path stack.
// Iterative so a 10,000-generation chain cannot overflow the call stack.
import { parentsOf } from './queries.ts';
import type { PedigreeDocument, PersonId } from './types.ts';

/** Each cycle as the list of people on it, starting from its first person in document order. */
export function ancestryCycles(doc: PedigreeDocument): PersonId[][] {
  const ids = [...new Set(doc.persons.map((p) => p.id))];
  const number = new Map(ids.map((id, i) => [id, i]));
  const parents = ids.map((id) =>
    parentsOf(doc, id).parents.map((p) => number.get(p)).filter((j): j is number => j !== undefined),
  );
  const colour = new Uint8Array(ids.length); // 0 white, 1 grey (on the path), 2 black
  const cycles: PersonId[][] = [];
  for (let root = 0; root < ids.length; root++) {
    if (colour[root] !== 0) continue;
    const path: number[] = [root];
    const next: number[] = [0];
    colour[root] = 1;
    while (path.length > 0) {
      const top = path.length - 1;
      const node = path[top]!;
      const k = next[top]!;
      if (k >= parents[node]!.length) {
        colour[node] = 2;
        path.pop();
        next.pop();
        continue;
      }
      next[top] = k + 1;
      const parent = parents[node]![k]!;
      if (colour[parent] === 0) {
        colour[parent] = 1;
        path.push(parent);
        next.push(0);
      } else if (colour[parent] === 1) {
        const from = path.indexOf(parent);
        const cycle = path.slice(from).map((i) => ids[i]!);
        cycles.push(cycle);
      }
    }
  }
  return cycles;
}
