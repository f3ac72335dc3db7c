// Add a new partner for a person: a new person (of the complementary gender unless
// given) and the union between them. Created ids: [partner, union].
import type { PedigreeDocument, PersonId } from '../types.ts';
import { findPerson } from './guards.ts';
import { nextId } from './ids.ts';
import { newPerson, oppositeGender, type NewPersonSex } from './newPerson.ts';
import { succeed, type EditResult } from './result.ts';

export interface AddPartnerArgs {
  person: PersonId;
  sex?: NewPersonSex;
  name?: string;
}

export function addPartner(doc: PedigreeDocument, args: AddPartnerArgs): EditResult {
  const found = findPerson(doc, args.person);
  if (!found.ok) return found;
  const partnerId = nextId(doc, 'p');
  const unionId = nextId(doc, 'u');
  const partner = newPerson(partnerId, args.sex ?? oppositeGender(found.value.gender), args.name);
  return succeed(
    {
      ...doc,
      persons: [...doc.persons, partner],
      unions: [...doc.unions, { id: unionId, partners: [args.person, partnerId] }],
    },
    [partnerId, unionId],
  );
}
