// How teaching views name people in sentences: by the pedigree number the chart shows
// ("II-3", NOMENCLATURE L8), then the name when there is one ("II-3 Anna", as the editor's
// panels do), never by the internal id. The layout is the one TeachingChart draws (same
// metrics), so the number in a sentence is the number under the symbol.
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import { layoutPedigree } from '../../layout/layoutPedigree.ts';
import { chartLayoutMetrics } from '../chart/chartMetrics.ts';
import { DEFAULT_THEME } from '../chart/theme.ts';

export function chartNames(doc: PedigreeDocument): (id: PersonId) => string {
  const people = layoutPedigree(doc, chartLayoutMetrics(DEFAULT_THEME)).people;
  const names = new Map(doc.persons.map((p) => [p.id, p.name?.trim()]));
  return (id) => {
    const number = people[id]?.label ?? id;
    const name = names.get(id);
    return name ? `${number} ${name}` : number;
  };
}
