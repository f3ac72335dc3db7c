// How teaching views name people in sentences: the app's rule (chart/personLabel.ts) over
// the layout TeachingChart draws (same metrics), so the number in a sentence is the number
// under the symbol.
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import { layoutPedigree } from '../../layout/layoutPedigree.ts';
import { chartLayoutMetrics } from '../chart/chartMetrics.ts';
import { personLabeller } from '../chart/personLabel.ts';
import { DEFAULT_THEME } from '../chart/theme.ts';

export function chartNames(doc: PedigreeDocument): (id: PersonId) => string {
  return personLabeller(doc, layoutPedigree(doc, chartLayoutMetrics(DEFAULT_THEME)).people);
}
