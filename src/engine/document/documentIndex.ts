// The index behind every query: maps from ids to records, unions per person, children
// per union and per single parent, twin group per person. Built once per document
// object (O(n)) and cached in a WeakMap: documents are immutable values (edits return
// a new object), which is what makes the cache safe.
import type { PedigreeDocument, Person, PersonId, TwinGroup, Union, UnionId } from './types.ts';

export interface DocumentIndex {
  readonly doc: PedigreeDocument;
  readonly persons: ReadonlyMap<PersonId, Person>;
  readonly unions: ReadonlyMap<UnionId, Union>;
  /** Position of each person in `doc.persons` (birth order among siblings). */
  readonly order: ReadonlyMap<PersonId, number>;
  /** Unions each person is a partner in, in document order. */
  readonly unionsByPerson: ReadonlyMap<PersonId, readonly UnionId[]>;
  /** Children of each union, in document order. */
  readonly childrenByUnion: ReadonlyMap<UnionId, readonly PersonId[]>;
  /** Children recorded with this person as their single parent, in document order. */
  readonly childrenBySingleParent: ReadonlyMap<PersonId, readonly PersonId[]>;
  readonly twinGroupByPerson: ReadonlyMap<PersonId, TwinGroup>;
}

export const EMPTY: readonly never[] = Object.freeze([]);
const cache = new WeakMap<PedigreeDocument, DocumentIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(doc: PedigreeDocument): DocumentIndex {
  const persons = new Map<PersonId, Person>();
  const order = new Map<PersonId, number>();
  const unions = new Map<UnionId, Union>();
  const unionsByPerson = new Map<PersonId, UnionId[]>();
  const childrenByUnion = new Map<UnionId, PersonId[]>();
  const childrenBySingleParent = new Map<PersonId, PersonId[]>();
  const twinGroupByPerson = new Map<PersonId, TwinGroup>();
  doc.persons.forEach((p, i) => {
    // On duplicate ids the first one wins; validation reports the duplicate.
    if (persons.has(p.id)) return;
    persons.set(p.id, p);
    order.set(p.id, i);
  });
  for (const u of doc.unions) {
    if (unions.has(u.id)) continue;
    unions.set(u.id, u);
    push(unionsByPerson, u.partners[0], u.id);
    if (u.partners[1] !== u.partners[0]) push(unionsByPerson, u.partners[1], u.id);
  }
  for (const p of doc.persons) {
    if (persons.get(p.id) !== p) continue;
    if (p.parentUnion !== undefined) push(childrenByUnion, p.parentUnion, p.id);
    else if (p.singleParent !== undefined) push(childrenBySingleParent, p.singleParent, p.id);
  }
  for (const t of doc.twins) for (const m of t.members) twinGroupByPerson.set(m, t);
  return { doc, persons, unions, order, unionsByPerson, childrenByUnion, childrenBySingleParent, twinGroupByPerson };
}

/** The cached index of a document (built on first use). */
export function indexDocument(doc: PedigreeDocument): DocumentIndex {
  let index = cache.get(doc);
  if (!index) {
    index = buildIndex(doc);
    cache.set(doc, index);
  }
  return index;
}
