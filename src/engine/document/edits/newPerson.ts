// A fresh person record for the "add …" edits.
import type { Gender, Person, PersonId } from '../types.ts';

/** How the UI asks for a new relative: son/daughter, or a gender directly. */
export type NewPersonSex = 'son' | 'daughter' | 'male' | 'female' | 'unknown' | Gender;

export function genderFor(sex: NewPersonSex): Gender {
  switch (sex) {
    case 'son':
    case 'male':
    case 'man':
      return 'man';
    case 'daughter':
    case 'female':
    case 'woman':
      return 'woman';
    case 'nonbinary':
      return 'nonbinary';
    default:
      return 'unknown';
  }
}

export function newPerson(id: PersonId, sex: NewPersonSex, name?: string): Person {
  const p: Person = { id, gender: genderFor(sex), observations: {} };
  if (name !== undefined && name.trim() !== '') p.name = name.trim();
  return p;
}

/** The complementary gender for a new partner or parent: man ↔ woman, else unknown. */
export function oppositeGender(g: Gender): Gender {
  return g === 'man' ? 'woman' : g === 'woman' ? 'man' : 'unknown';
}
