// Which risk questions a counselling report answers by default: the next son and daughter
// of each couple of a man and a woman (the planned-child question counselors are asked),
// and whether each unaffected or untested relative carries the variant. Capped so the
// report stays a page or two; the counselor can print again after narrowing the pedigree.
import { gameteOf, personById } from '../../engine/document/queries.ts';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import type { ReportQuestion } from '../../engine/sharing/report/counsellingReport.ts';

export const MAX_COUPLES = 3;
export const MAX_CARRIER_QUESTIONS = 6;

export function defaultReportQuestions(doc: PedigreeDocument): ReportQuestion[] {
  const condition = doc.activeConditionId;
  const questions: ReportQuestion[] = [];
  const couples = doc.unions.flatMap((u) => {
    const [a, b] = u.partners.map((id) => personById(doc, id));
    if (!a || !b) return [];
    const ga = gameteOf(a);
    const gb = gameteOf(b);
    if (ga === 'sperm' && gb === 'egg') return [{ father: a.id, mother: b.id }];
    if (ga === 'egg' && gb === 'sperm') return [{ father: b.id, mother: a.id }];
    return [];
  });
  // The youngest couples come last in the document; they are the ones planning children.
  for (const c of couples.slice(-MAX_COUPLES)) {
    questions.push({ kind: 'next-child', ...c, sex: 'M' }, { kind: 'next-child', ...c, sex: 'F' });
  }
  const untested = doc.persons.filter((p) => (condition ? (p.observations[condition]?.status ?? 'unknown') : 'unknown') !== 'affected' && !p.pregnancy);
  for (const p of untested.slice(0, MAX_CARRIER_QUESTIONS)) questions.push({ kind: 'carrier', person: p.id });
  return questions;
}
