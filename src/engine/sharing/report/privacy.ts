// Privacy for projection, handouts and shared reports (NOMENCLATURE L10): names, birth years,
// free notes and document dates removed, so the figure shows pedigree numbers only. Ages,
// statuses and copies stay: they are what the counselling numbers rest on.
import type { PedigreeDocument, Person } from '../../document/types.ts';

export function withoutIdentifiers(doc: PedigreeDocument): PedigreeDocument {
  return {
    ...doc,
    persons: doc.persons.map((p) => {
      const { name: _name, birthYear: _birthYear, notes: _notes, ...rest } = p;
      const person: Person = rest;
      if (p.deceased) person.deceased = p.deceased.age !== undefined ? { age: p.deceased.age } : {};
      return person;
    }),
    meta: {},
  };
}
