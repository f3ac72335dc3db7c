// Add a brother, sister or sibling of unknown sex: a new child of the same union (or
// the same single parent), placed right after the person in birth order. A person
// without recorded parents has no sibship yet: add parents first.
import { words, who } from '../sentence.ts';
import type { PedigreeDocument, PersonId } from '../types.ts';
import { findPerson } from './guards.ts';
import { nextId } from './ids.ts';
import { insertPersons } from './mutate.ts';
import { newPerson, type NewPersonSex } from './newPerson.ts';
import { failAbout, succeed, type EditResult } from './result.ts';

export interface AddSiblingArgs {
  person: PersonId;
  sex: NewPersonSex;
  name?: string;
}

export function addSibling(doc: PedigreeDocument, args: AddSiblingArgs): EditResult {
  const found = findPerson(doc, args.person);
  if (!found.ok) return found;
  const { parentUnion, singleParent } = found.value;
  if (parentUnion === undefined && singleParent === undefined) {
    return failAbout(
      doc,
      'no-parents',
      words`${who(args.person)} has no recorded parents, so a sibling has nobody to descend from: add parents first.`,
    );
  }
  const id = nextId(doc, 'p');
  const sibling = newPerson(id, args.sex, args.name);
  if (parentUnion !== undefined) sibling.parentUnion = parentUnion;
  else sibling.singleParent = singleParent;
  return succeed(insertPersons(doc, [sibling], args.person), [id]);
}
