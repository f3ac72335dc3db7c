// Give a person parents. With none recorded: a new father, mother and their union
// (created ids [father, mother, union]). With a single recorded parent: the missing
// parent is created as that parent's partner and the child moves into the new union
// (created [parent, union]). A person with two recorded parents is an error.
import { words, who } from '../sentence.ts';
import type { PedigreeDocument, PersonId } from '../types.ts';
import { findPerson } from './guards.ts';
import { nextId, nextIds } from './ids.ts';
import { updatePerson, withParentUnion } from './mutate.ts';
import { newPerson, oppositeGender } from './newPerson.ts';
import { failAbout, succeed, type EditResult } from './result.ts';

export interface AddParentsArgs {
  person: PersonId;
}

export function addParents(doc: PedigreeDocument, args: AddParentsArgs): EditResult {
  const found = findPerson(doc, args.person);
  if (!found.ok) return found;
  const person = found.value;
  if (person.parentUnion !== undefined) {
    return failAbout(doc, 'already-has-parents', words`${who(person.id)} already has two recorded parents.`);
  }
  const unionId = nextId(doc, 'u');
  if (person.singleParent !== undefined) {
    const known = findPerson(doc, person.singleParent);
    if (!known.ok) return known;
    const partnerId = nextId(doc, 'p');
    const partner = newPerson(partnerId, oppositeGender(known.value.gender));
    const moved = updatePerson(doc, person.id, (p) => withParentUnion(p, unionId));
    return succeed(
      {
        ...moved,
        persons: [...moved.persons, partner],
        unions: [...moved.unions, { id: unionId, partners: [known.value.id, partnerId] }],
      },
      [partnerId, unionId],
    );
  }
  const [fatherId, motherId] = nextIds(doc, 'p', 2) as [string, string];
  const moved = updatePerson(doc, person.id, (p) => withParentUnion(p, unionId));
  return succeed(
    {
      ...moved,
      persons: [...moved.persons, newPerson(fatherId, 'man'), newPerson(motherId, 'woman')],
      unions: [...moved.unions, { id: unionId, partners: [fatherId, motherId] }],
    },
    [fatherId, motherId, unionId],
  );
}

