// Add a son, daughter or child of unknown sex, to a union or to a person.
// To a person: with exactly one union, the child is that union's; with none (or when
// `singleParent: true`), the child has that person as single recorded parent; with
// several unions the caller must say which (error 'ambiguous-union' lists them).
import { gameteOf, indexDocument, personById, unionsOf } from '../queries.ts';
import { words, who, type Sentence } from '../sentence.ts';
import type { PedigreeDocument, PersonId, UnionId } from '../types.ts';
import { describeUnion } from './guards.ts';
import { nextId } from './ids.ts';
import { insertPersons } from './mutate.ts';
import { newPerson, type NewPersonSex } from './newPerson.ts';
import { fail, failAbout, succeed, type EditResult } from './result.ts';

export interface AddChildArgs {
  /** A person id or a union id. */
  parent: PersonId | UnionId;
  sex: NewPersonSex;
  name?: string;
  /** Record the child with `parent` alone even if that person has a partner. */
  singleParent?: boolean;
}

export function addChild(doc: PedigreeDocument, args: AddChildArgs): EditResult {
  const index = indexDocument(doc);
  const id = nextId(doc, 'p');
  const child = newPerson(id, args.sex, args.name);
  const union = index.unions.get(args.parent);
  if (union && !index.persons.has(args.parent)) {
    const problem = sameGamete(doc, union.partners);
    if (problem) return failAbout(doc, 'impossible-role', problem);
    return succeed(insertPersons(doc, [{ ...child, parentUnion: union.id }], lastChild(doc, union.id)), [id]);
  }
  if (!index.persons.has(args.parent)) {
    return fail('not-found', `There is no person or partnership with id "${args.parent}".`);
  }
  const unions = unionsOf(doc, args.parent);
  if (args.singleParent || unions.length === 0) {
    return succeed(insertPersons(doc, [{ ...child, singleParent: args.parent }], lastChild(doc, args.parent)), [id]);
  }
  if (unions.length === 1) {
    const only = unions[0]!;
    const problem = sameGamete(doc, only.partners);
    if (problem) return failAbout(doc, 'impossible-role', problem);
    return succeed(insertPersons(doc, [{ ...child, parentUnion: only.id }], lastChild(doc, only.id)), [id]);
  }
  const choices = unions.flatMap((u, i) => words`${i > 0 ? ', ' : ''}${u.id} (${describeUnion(u)})`);
  return failAbout(
    doc,
    'ambiguous-union',
    words`${who(args.parent)} has ${unions.length} partners: choose the partnership for the child: ${choices}, or add the child with a single parent.`,
  );
}

/** The last child already in that sibship, so a new child comes next in birth order. */
function lastChild(doc: PedigreeDocument, parentOrUnion: string): PersonId | undefined {
  const index = indexDocument(doc);
  const sibs = index.unions.has(parentOrUnion)
    ? index.childrenByUnion.get(parentOrUnion)
    : index.childrenBySingleParent.get(parentOrUnion);
  return sibs?.[sibs.length - 1];
}

/** Two partners who give the same gamete cannot both be a child's genetic parents. */
function sameGamete(doc: PedigreeDocument, [a, b]: [PersonId, PersonId]): Sentence | null {
  const pa = personById(doc, a);
  const pb = personById(doc, b);
  if (!pa || !pb || a === b) return null;
  const g = gameteOf(pa);
  if (g === 'unknown' || g !== gameteOf(pb)) return null;
  return words`${who(a)} and ${who(b)} both give ${g === 'sperm' ? 'sperm' : 'an egg'}, so they cannot both be genetic parents: add the child to one of them as single parent, or record sex assigned at birth.`;
}
