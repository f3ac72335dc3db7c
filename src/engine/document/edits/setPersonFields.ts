// Set a person's own attributes (name, gender, sex at birth, deceased, proband, …).
// A field given as `undefined` is cleared. Parent links, observations and genotypes
// have their own edits. Monozygotic twins share their sex assigned at birth, so a
// change of gender or sex at birth is applied to MZ co-twins too.
import { describePerson, twinGroupOf } from '../queries.ts';
import type { PedigreeDocument, Person, PersonId } from '../types.ts';
import { findPerson } from './guards.ts';
import { fail, succeed, type EditResult } from './result.ts';

export type PersonFields = Partial<Omit<Person, 'id' | 'parentUnion' | 'singleParent' | 'observations' | 'genotypes'>>;

const isAge = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 150);

/** The first reason a field value is unacceptable, or null. */
export function checkPersonFields(fields: PersonFields): string | null {
  if (!isAge(fields.age)) return `age must be a number of years from 0 to 150 (got ${String(fields.age)}).`;
  if (fields.birthYear !== undefined && !Number.isInteger(fields.birthYear)) {
    return `birth year must be a whole number (got ${String(fields.birthYear)}).`;
  }
  if (fields.deceased && !isAge(fields.deceased.age)) {
    return `age at death must be a number of years from 0 to 150 (got ${String(fields.deceased.age)}).`;
  }
  const c = fields.count;
  if (c !== undefined && c !== 'n' && !(Number.isInteger(c) && c >= 1)) {
    return `the number of people in one symbol must be a whole number of at least 1, or "n" (got ${String(c)}).`;
  }
  const w = fields.pregnancy?.gestationWeeks;
  if (w !== undefined && !(Number.isFinite(w) && w >= 0 && w <= 45)) {
    return `gestation must be from 0 to 45 weeks (got ${String(w)}).`;
  }
  return null;
}

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
  if (problem) return fail('invalid-value', `${describePerson(doc, args.id)}: ${problem}`);
  const group = twinGroupOf(doc, args.id);
  const sexFields: PersonFields = {};
  if ('gender' in args.fields) sexFields.gender = args.fields.gender;
  if ('sexAssignedAtBirth' in args.fields) sexFields.sexAssignedAtBirth = args.fields.sexAssignedAtBirth;
  const coTwins = new Set(group?.zygosity === 'MZ' && Object.keys(sexFields).length > 0 ? group.members : []);
  const persons = doc.persons.map((p) =>
    p.id === args.id ? apply(p, args.fields) : coTwins.has(p.id) ? apply(p, sexFields) : p,
  );
  return succeed({ ...doc, persons });
}
