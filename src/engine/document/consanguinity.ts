// Consanguinity detected from the document (NOMENCLATURE L2): a union is consanguineous
// when its partners share an ancestor, or one partner is the other's ancestor.
// Two people share an ancestor-or-self exactly when they share a *founder* among their
// ancestors-or-selves (every ancestor descends from some founder). So each person gets a
// bitset of founder ancestors, filled in topological order by OR-ing the parents' sets
// (n × founders / 32 word operations: ~2 million for 10,000 people), and a union is a
// bitwise AND. When the bitsets would be too large, or the data is cyclic (invalid), a
// per-union search is used instead: stamp one partner's ancestors, walk the other's.
import { indexDocument, parentsOf } from './queries.ts';
import type { PedigreeDocument, UnionId } from './types.ts';

const cache = new WeakMap<PedigreeDocument, ReadonlySet<UnionId>>();
/** Above this many 32-bit words (32 MB) the bitsets give way to the per-union search. */
const MAX_BITSET_WORDS = 8_000_000;

interface Graph {
  number: Map<string, number>;
  parents: number[][];
}

function graphOf(doc: PedigreeDocument): Graph {
  const number = new Map<string, number>();
  doc.persons.forEach((p) => {
    if (!number.has(p.id)) number.set(p.id, number.size);
  });
  const parents: number[][] = Array.from({ length: number.size }, () => []);
  for (const [id, i] of number) {
    for (const parent of parentsOf(doc, id).parents) {
      const j = number.get(parent);
      if (j !== undefined && j !== i) parents[i]!.push(j);
    }
  }
  return { number, parents };
}

/** Founders first, children after their parents (Kahn 1962); null when there is a cycle. */
function topologicalOrder(parents: number[][]): number[] | null {
  const n = parents.length;
  const waiting = new Int32Array(n);
  const children: number[][] = Array.from({ length: n }, () => []);
  parents.forEach((ps, i) => {
    waiting[i] = ps.length;
    for (const p of ps) children[p]!.push(i);
  });
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (waiting[i] === 0) order.push(i);
  for (let k = 0; k < order.length; k++) {
    for (const c of children[order[k]!]!) if (--waiting[c]! === 0) order.push(c);
  }
  return order.length === n ? order : null;
}

function detectWithBitsets(doc: PedigreeDocument, g: Graph, order: number[]): ReadonlySet<UnionId> | null {
  const n = g.parents.length;
  const founderBit = new Int32Array(n).fill(-1);
  let founders = 0;
  for (let i = 0; i < n; i++) if (g.parents[i]!.length === 0) founderBit[i] = founders++;
  const words = Math.max(1, Math.ceil(founders / 32));
  if (n * words > MAX_BITSET_WORDS) return null;
  const bits = new Uint32Array(n * words);
  for (const i of order) {
    const row = i * words;
    if (founderBit[i]! >= 0) bits[row + (founderBit[i]! >>> 5)]! |= 1 << (founderBit[i]! & 31);
    for (const p of g.parents[i]!) {
      const prow = p * words;
      for (let w = 0; w < words; w++) bits[row + w]! |= bits[prow + w]!;
    }
  }
  const found = new Set<UnionId>();
  for (const union of indexDocument(doc).unions.values()) {
    const a = g.number.get(union.partners[0]);
    const b = g.number.get(union.partners[1]);
    if (a === undefined || b === undefined || a === b) continue;
    for (let w = 0; w < words; w++) {
      if ((bits[a * words + w]! & bits[b * words + w]!) !== 0) {
        found.add(union.id);
        break;
      }
    }
  }
  return found;
}

function detect(doc: PedigreeDocument): ReadonlySet<UnionId> {
  const g = graphOf(doc);
  const order = topologicalOrder(g.parents);
  return (order && detectWithBitsets(doc, g, order)) ?? detectBySearch(doc, g);
}

function detectBySearch(doc: PedigreeDocument, { number, parents }: Graph): ReadonlySet<UnionId> {
  const index = indexDocument(doc);
  const stamp = new Int32Array(number.size).fill(-1);
  const visited = new Int32Array(number.size).fill(-1);
  const found = new Set<UnionId>();
  let round = 0;
  for (const union of index.unions.values()) {
    const a = number.get(union.partners[0]);
    const b = number.get(union.partners[1]);
    round++;
    if (a === undefined || b === undefined || a === b) continue;
    // Stamp a and all of a's ancestors (visited guards against malformed cyclic data).
    const stack = [a];
    stamp[a] = round;
    while (stack.length > 0) {
      for (const p of parents[stack.pop()!]!) {
        if (stamp[p] !== round) {
          stamp[p] = round;
          stack.push(p);
        }
      }
    }
    const walk = [b];
    visited[b] = round;
    while (walk.length > 0) {
      const x = walk.pop()!;
      if (stamp[x] === round) {
        found.add(union.id);
        break;
      }
      for (const p of parents[x]!) {
        if (visited[p] !== round) {
          visited[p] = round;
          walk.push(p);
        }
      }
    }
  }
  return found;
}

/** Unions whose partners share an ancestor (detected; asserted flags not included). */
export function unionsWithSharedAncestry(doc: PedigreeDocument): ReadonlySet<UnionId> {
  let set = cache.get(doc);
  if (!set) {
    set = detect(doc);
    cache.set(doc, set);
  }
  return set;
}

/** Consanguineous = detected shared ancestry, or asserted by the user on the union. */
export function isConsanguineous(doc: PedigreeDocument, unionId: UnionId): boolean {
  return unionsWithSharedAncestry(doc).has(unionId) || indexDocument(doc).unions.get(unionId)?.consanguineous === true;
}

/** Every consanguineous union id (detected or asserted), in document order. */
export function consanguineousUnions(doc: PedigreeDocument): UnionId[] {
  return doc.unions.filter((u) => isConsanguineous(doc, u.id)).map((u) => u.id);
}
