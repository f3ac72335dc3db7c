// How teaching views name people in sentences: by the pedigree number the chart shows
// ("II-3", NOMENCLATURE L8), never by the internal id. The layout is the one TeachingChart
// draws (same metrics), so the number in a sentence is the number under the symbol.
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import { layoutPedigree } from '../../layout/layoutPedigree.ts';
import { chartLayoutMetrics } from '../chart/chartMetrics.ts';
import { DEFAULT_THEME } from '../chart/theme.ts';

export function pedigreeNumbers(doc: PedigreeDocument): (id: PersonId) => string {
  const people = layoutPedigree(doc, chartLayoutMetrics(DEFAULT_THEME)).people;
  return (id) => people[id]?.label ?? id;
}
