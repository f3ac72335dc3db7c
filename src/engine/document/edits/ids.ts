// Deterministic id generation: the next free `<prefix><n>` after the largest number
// already used with that prefix by any person, union or twin group. The same document
// and the same edit always produce the same ids (undo/redo and tests rely on it).
import type { PedigreeDocument } from '../types.ts';

export type IdPrefix = 'p' | 'u' | 't';

function allIds(doc: PedigreeDocument): Iterable<string> {
  return [...doc.persons.map((p) => p.id), ...doc.unions.map((u) => u.id), ...doc.twins.map((t) => t.id)];
}

/** `count` fresh ids with the given prefix, e.g. nextIds(doc, 'p', 2) → ['p7', 'p8']. */
export function nextIds(doc: PedigreeDocument, prefix: IdPrefix, count: number): string[] {
  let max = 0;
  const used = new Set<string>();
  for (const id of allIds(doc)) {
    used.add(id);
    if (id.startsWith(prefix)) {
      const rest = id.slice(prefix.length);
      if (/^\d{1,12}$/.test(rest)) max = Math.max(max, Number(rest));
    }
  }
  const ids: string[] = [];
  let n = max + 1;
  while (ids.length < count) {
    const id = `${prefix}${n++}`;
    if (!used.has(id)) ids.push(id);
  }
  return ids;
}

export function nextId(doc: PedigreeDocument, prefix: IdPrefix): string {
  return nextIds(doc, prefix, 1)[0]!;
}
