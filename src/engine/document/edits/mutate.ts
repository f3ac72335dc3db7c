// Immutable array helpers shared by the edit operations. Each returns a new document
// and leaves the input untouched (documents are values: the query cache relies on it).
import type { PedigreeDocument, Person, PersonId, Union, UnionId } from '../types.ts';

export function updatePerson(
  doc: PedigreeDocument,
  id: PersonId,
  update: (p: Person) => Person,
): PedigreeDocument {
  return { ...doc, persons: doc.persons.map((p) => (p.id === id ? update(p) : p)) };
}

export function updateUnion(doc: PedigreeDocument, id: UnionId, update: (u: Union) => Union): PedigreeDocument {
  return { ...doc, unions: doc.unions.map((u) => (u.id === id ? update(u) : u)) };
}

/** Insert people right after `afterId` in document (birth) order, or at the end. */
export function insertPersons(doc: PedigreeDocument, persons: Person[], afterId?: PersonId): PedigreeDocument {
  const at = afterId === undefined ? -1 : doc.persons.findIndex((p) => p.id === afterId);
  if (at < 0) return { ...doc, persons: [...doc.persons, ...persons] };
  return { ...doc, persons: [...doc.persons.slice(0, at + 1), ...persons, ...doc.persons.slice(at + 1)] };
}

/** A person record with one parent link set and the other cleared (they are exclusive). */
export function withParentUnion(p: Person, unionId: UnionId): Person {
  const { singleParent: _drop, ...rest } = p;
  return { ...rest, parentUnion: unionId };
}

export function withSingleParent(p: Person, parent: PersonId): Person {
  const { parentUnion: _drop, ...rest } = p;
  return { ...rest, singleParent: parent };
}

export function withoutParents(p: Person): Person {
  const { parentUnion: _u, singleParent: _s, ...rest } = p;
  return rest;
}
