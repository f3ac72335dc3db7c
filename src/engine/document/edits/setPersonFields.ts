// Set a person's own attributes (name, gender, sex at birth, deceased, proband, …).
// A field given as `undefined` is cleared. Parent links, observations and genotypes
// have their own edits. Monozygotic twins share their sex assigned at birth, so a
// change of gender or sex at birth is applied to MZ co-twins too.
import { childrenOf, gameteOf, partnerIn, personById, twinGroupOf, unionsOf } from '../queries.ts';
import { words, who, whoList, type Sentence } from '../sentence.ts';
import type { PedigreeDocument, Person, PersonId } from '../types.ts';
import { checkPersonFields, type PersonFields } from '../personFields.ts';
import { findPerson } from './guards.ts';
import { failAbout, succeed, type EditResult } from './result.ts';

export { checkPersonFields, type PersonFields };

function apply(p: Person, fields: PersonFields): Person {
  const next: Record<string, unknown> = { ...p };
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'id' || key === 'parentUnion' || key === 'singleParent' || key === 'observations' || key === 'genotypes') continue;
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as unknown as Person;
}

export function setPersonFields(doc: PedigreeDocument, args: { id: PersonId; fields: PersonFields }): EditResult {
  const found = findPerson(doc, args.id);
  if (!found.ok) return found;
  const problem = checkPersonFields(args.fields);
  if (problem) return failAbout(doc, 'invalid-value', words`${who(args.id)}: ${problem}`);
  const group = twinGroupOf(doc, args.id);
  const sexFields: PersonFields = {};
  if ('gender' in args.fields) sexFields.gender = args.fields.gender;
  if ('sexAssignedAtBirth' in args.fields) sexFields.sexAssignedAtBirth = args.fields.sexAssignedAtBirth;
  const coTwins = new Set(group?.zygosity === 'MZ' && Object.keys(sexFields).length > 0 ? group.members : []);
  const persons = doc.persons.map((p) =>
    p.id === args.id ? apply(p, args.fields) : coTwins.has(p.id) ? apply(p, sexFields) : p,
  );
  const next = { ...doc, persons };
  if (Object.keys(sexFields).length > 0) {
    const conflict = roleConflict(next, [args.id, ...coTwins]);
    if (conflict) return failAbout(doc, 'impossible-role', conflict);
  }
  return succeed(next);
}

/**
 * A changed sex that would make both genetic parents of a child give the same gamete
 * (DOMAIN.md §1: parent of origin is the gamete). Named so the user can record sex
 * assigned at birth instead, which keeps the symbol and fixes the gamete.
 */
export function roleConflict(doc: PedigreeDocument, changed: PersonId[]): Sentence | null {
  for (const id of new Set(changed)) {
    for (const union of unionsOf(doc, id)) {
      const other = partnerIn(union, id);
      const children = childrenOf(doc, union.id);
      const a = personById(doc, id);
      const b = personById(doc, other);
      if (!a || !b || other === id || children.length === 0) continue;
      const g = gameteOf(a);
      if (g !== 'unknown' && g === gameteOf(b)) {
        const gives = g === 'sperm' ? 'sperm' : 'an egg';
        return words`${who(id)} and ${who(other)} would both give ${gives}, yet they are the genetic parents of ${whoList(children)}. Record sex assigned at birth to keep the parent roles.`;
      }
    }
  }
  return null;
}
