// Read-only questions about a document: who is whose parent, child, partner, sibling.
// Each is O(1) after the document is indexed once (documentIndex.ts), plus the size of
// its answer, so they stay fast on pedigrees of 10,000 people.
import { EMPTY, indexDocument, type DocumentIndex } from './documentIndex.ts';
import type { Gamete, PedigreeDocument, Person, PersonId, TwinGroup, Union, UnionId } from './types.ts';

export { indexDocument, type DocumentIndex };

export function personById(doc: PedigreeDocument, id: PersonId): Person | undefined {
  return indexDocument(doc).persons.get(id);
}

export function unionById(doc: PedigreeDocument, id: UnionId): Union | undefined {
  return indexDocument(doc).unions.get(id);
}

/** The person's name if set, else their id: how messages name people. */
export function displayName(person: Person | undefined, id: PersonId): string {
  const name = person?.name?.trim();
  return name ? `${name} (${id})` : id;
}

export function describePerson(doc: PedigreeDocument, id: PersonId): string {
  return displayName(personById(doc, id), id);
}

/**
 * The gamete a person gives, which decides the parent of origin of every copy they
 * transmit (DOMAIN.md §1; NOMENCLATURE S1 2022: shape follows gender, biology follows
 * sex assigned at birth). AMAB → sperm, AFAB → egg; UAAB (unassigned) → unknown.
 * Without a recorded sex assigned at birth, gender is the best guess: man → sperm,
 * woman → egg, anything else unknown.
 */
export function gameteOf(person: Pick<Person, 'gender' | 'sexAssignedAtBirth'>): Gamete {
  switch (person.sexAssignedAtBirth) {
    case 'AMAB':
      return 'sperm';
    case 'AFAB':
      return 'egg';
    case 'UAAB':
      return 'unknown';
    default:
      return person.gender === 'man' ? 'sperm' : person.gender === 'woman' ? 'egg' : 'unknown';
  }
}

export interface Parents {
  /** The recorded parent who gives sperm. */
  father?: PersonId;
  /** The recorded parent who gives an egg. */
  mother?: PersonId;
  /** All recorded parents (0, 1 or 2), in union order. */
  parents: PersonId[];
}

/**
 * Recorded parents and their roles by gamete. With two parents, where one partner's
 * gamete is known and the other's unknown, the other takes the complementary role
 * (a child has one sperm-giver and one egg-giver). Two parents with the same known
 * gamete get no roles: validation reports that as an impossible parent role.
 */
export function parentsOf(doc: PedigreeDocument, id: PersonId): Parents {
  const index = indexDocument(doc);
  const person = index.persons.get(id);
  if (!person) return { parents: [] };
  if (person.parentUnion !== undefined) {
    const union = index.unions.get(person.parentUnion);
    if (!union) return { parents: [] };
    const [a, b] = union.partners;
    if (a === b) return { parents: [a] };
    const ga = gameteOfId(index, a);
    const gb = gameteOfId(index, b);
    const roles: Parents = { parents: [a, b] };
    if ((ga === 'sperm' && gb !== 'sperm') || (gb === 'egg' && ga !== 'egg')) {
      roles.father = a;
      roles.mother = b;
    } else if ((gb === 'sperm' && ga !== 'sperm') || (ga === 'egg' && gb !== 'egg')) {
      roles.father = b;
      roles.mother = a;
    }
    return roles;
  }
  if (person.singleParent !== undefined) {
    const parent = person.singleParent;
    const g = gameteOfId(index, parent);
    if (g === 'sperm') return { father: parent, parents: [parent] };
    if (g === 'egg') return { mother: parent, parents: [parent] };
    return { parents: [parent] };
  }
  return { parents: [] };
}

function gameteOfId(index: DocumentIndex, id: PersonId): Gamete {
  const p = index.persons.get(id);
  return p ? gameteOf(p) : 'unknown';
}

/**
 * Children of a union (when given a union id) or of a person (every union they are a
 * partner in, then their single-parent children), each list in document order.
 */
export function childrenOf(doc: PedigreeDocument, personOrUnionId: PersonId | UnionId): readonly PersonId[] {
  const index = indexDocument(doc);
  if (index.unions.has(personOrUnionId) && !index.persons.has(personOrUnionId)) {
    return index.childrenByUnion.get(personOrUnionId) ?? EMPTY;
  }
  const unionIds = index.unionsByPerson.get(personOrUnionId) ?? EMPTY;
  const single = index.childrenBySingleParent.get(personOrUnionId) ?? EMPTY;
  if (unionIds.length === 0) return single;
  if (unionIds.length === 1 && single.length === 0) return index.childrenByUnion.get(unionIds[0]!) ?? EMPTY;
  const all: PersonId[] = [];
  for (const u of unionIds) all.push(...(index.childrenByUnion.get(u) ?? EMPTY));
  all.push(...single);
  return all;
}

export function childrenOfUnion(doc: PedigreeDocument, unionId: UnionId): readonly PersonId[] {
  return indexDocument(doc).childrenByUnion.get(unionId) ?? EMPTY;
}

/** The unions a person is a partner in, in document order. */
export function unionsOf(doc: PedigreeDocument, personId: PersonId): Union[] {
  const index = indexDocument(doc);
  return (index.unionsByPerson.get(personId) ?? EMPTY).map((u) => index.unions.get(u)!);
}

/** The other partner of a union, seen from one of them. */
export function partnerIn(union: Union, personId: PersonId): PersonId {
  return union.partners[0] === personId ? union.partners[1] : union.partners[0];
}

/** Everyone the person has a union with, in union order, without repeats. */
export function partnersOf(doc: PedigreeDocument, personId: PersonId): PersonId[] {
  const seen = new Set<PersonId>();
  for (const u of unionsOf(doc, personId)) {
    const other = partnerIn(u, personId);
    if (other !== personId) seen.add(other);
  }
  return [...seen];
}

/** The union two people share, if any. */
export function unionBetween(doc: PedigreeDocument, a: PersonId, b: PersonId): Union | undefined {
  return unionsOf(doc, a).find((u) => partnerIn(u, a) === b);
}

/**
 * Siblings in the same sibship: children of the same union, or of the same single
 * parent. Half-siblings through another union are not included (see halfSiblingsOf).
 */
export function siblingsOf(doc: PedigreeDocument, personId: PersonId): PersonId[] {
  const index = indexDocument(doc);
  const p = index.persons.get(personId);
  if (!p) return [];
  const sibship =
    p.parentUnion !== undefined
      ? index.childrenByUnion.get(p.parentUnion)
      : p.singleParent !== undefined
        ? index.childrenBySingleParent.get(p.singleParent)
        : undefined;
  return (sibship ?? EMPTY).filter((s) => s !== personId);
}

/** Children of any of the person's parents who are not in the person's own sibship. */
export function halfSiblingsOf(doc: PedigreeDocument, personId: PersonId): PersonId[] {
  const own = new Set(siblingsOf(doc, personId));
  own.add(personId);
  const result = new Set<PersonId>();
  for (const parent of parentsOf(doc, personId).parents) {
    for (const c of childrenOf(doc, parent)) if (!own.has(c)) result.add(c);
  }
  return [...result];
}

/** The twin group a person belongs to, if any. */
export function twinGroupOf(doc: PedigreeDocument, personId: PersonId): TwinGroup | undefined {
  return indexDocument(doc).twinGroupByPerson.get(personId);
}

/** People with no recorded parent, in document order. */
export function founders(doc: PedigreeDocument): PersonId[] {
  const index = indexDocument(doc);
  return doc.persons
    .filter((p) => index.persons.get(p.id) === p && p.parentUnion === undefined && p.singleParent === undefined)
    .map((p) => p.id);
}

/** True when the person has at least one recorded parent. */
export function hasParents(doc: PedigreeDocument, personId: PersonId): boolean {
  return parentsOf(doc, personId).parents.length > 0;
}
