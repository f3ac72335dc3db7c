// Acceptable values for a person's own attributes: shared by the edit that sets them
// and by validation of loaded documents.
import type { Person } from './types.ts';

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

