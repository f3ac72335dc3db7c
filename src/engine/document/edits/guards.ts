// Look-ups that turn a missing person or union into an edit error naming the id.
import { indexDocument, personById, unionById } from '../queries.ts';
import { words, who, type Sentence } from '../sentence.ts';
import type { PedigreeDocument, Person, PersonId, Union, UnionId } from '../types.ts';
import { fail, type EditResult } from './result.ts';

type Found<T> = { ok: true; value: T } | (EditResult & { ok: false });

export function findPerson(doc: PedigreeDocument, id: PersonId): Found<Person> {
  const p = personById(doc, id);
  return p ? { ok: true, value: p } : fail('not-found', `There is no person with id "${id}".`);
}

export function findUnion(doc: PedigreeDocument, id: UnionId): Found<Union> {
  const u = unionById(doc, id);
  return u ? { ok: true, value: u } : fail('not-found', `There is no partnership with id "${id}".`);
}

/** "Ann (p3) and p4": how messages name a union (its two partners). */
export function describeUnion(union: Union): Sentence {
  return words`${who(union.partners[0])} and ${who(union.partners[1])}`;
}

/** True when `candidate` is `person` or one of their recorded descendants. */
export function isSelfOrDescendant(doc: PedigreeDocument, person: PersonId, candidate: PersonId): boolean {
  const index = indexDocument(doc);
  const seen = new Set<PersonId>([person]);
  const stack = [person];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === candidate) return true;
    const kids = [...(index.childrenBySingleParent.get(id) ?? [])];
    for (const u of index.unionsByPerson.get(id) ?? []) kids.push(...(index.childrenByUnion.get(u) ?? []));
    for (const k of kids) {
      if (!seen.has(k)) {
        seen.add(k);
        stack.push(k);
      }
    }
  }
  return false;
}
