// How the app names a person in words: by the pedigree number the chart shows ("II-3",
// NOMENCLATURE L8), then the name when there is one ("II-3 Anna"), never by the internal id
// (only a person the layout does not place, which no panel should ask about, falls back to
// it). One rule for the editor's panels and dialogs and the teaching views, so a sentence
// always names someone as the chart under it does.
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import type { PedigreeLayout } from '../../layout/types.ts';

export function personLabeller(doc: PedigreeDocument, people: PedigreeLayout['people']): (id: PersonId) => string {
  const names = new Map(doc.persons.map((p) => [p.id, p.name?.trim()]));
  return (id) => {
    const number = people[id]?.label ?? id;
    const name = names.get(id);
    return name ? `${number} ${name}` : number;
  };
}
