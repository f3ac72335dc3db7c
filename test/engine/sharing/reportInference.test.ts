// The report builder takes an inference computed elsewhere (the app's worker) and then words
// exactly the report it would have computed itself; the next children it asks about come in
// question order, which is the order the engine returns their risks.
import { describe, expect, it } from 'vitest';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { inferPedigree } from '../../../src/engine/inference/infer.ts';
import { buildCounsellingReport, reportNextChildren, type ReportQuestion } from '../../../src/engine/sharing/report/counsellingReport.ts';
import { child, doc, man, union, woman } from '../../fixtures/documents.ts';

const PAT = { ...conditionForMode('PAT', 1e-10), id: 'pat' };

/**
 *   [f]─┬─(m)      f affected, m unaffected
 *       │
 *      [s]─┬─(w)   s unknown, w unaffected
 */
const family = doc(
  [man('f', { observations: { pat: { status: 'affected' } } }), woman('m', { observations: { pat: { status: 'unaffected' } } }), child(man('s'), 'u1'), woman('w', { observations: { pat: { status: 'unaffected' } } })],
  [union('u1', 'f', 'm'), union('u2', 's', 'w')],
  [],
  { conditions: [PAT], activeConditionId: 'pat' },
);
const questions: ReportQuestion[] = [
  { kind: 'carrier', person: 's' },
  { kind: 'next-child', father: 's', mother: 'w', sex: 'F' },
  { kind: 'next-child', father: 'f', mother: 'm', sex: 'M' },
];

describe('counselling report from a given inference', () => {
  it('lists the next children in question order', () => {
    expect(reportNextChildren(questions)).toEqual([
      { father: 's', mother: 'w', sex: 'F' },
      { father: 'f', mother: 'm', sex: 'M' },
    ]);
  });

  it('words the same report from a precomputed inference as when it infers itself', () => {
    const inference = inferPedigree(family, PAT, { nextChildren: reportNextChildren(questions) });
    const given = buildCounsellingReport(family, { questions, privacy: false, inference });
    expect(given).toEqual(buildCounsellingReport(family, { questions, privacy: false }));
    if (!given.ok) throw new Error(given.problems.join(' '));
    // Paternal expression, d/+ always affected, q ≈ 0: f is d/+, so s carries d with ½, on his
    // paternal (expressed) copy; his status is unknown, which leaves the ½. A daughter of s
    // carries with ¼ and a son of f with ½, each on the paternal copy, so affected with that chance.
    expect(given.report.rows.map((r) => r.answer)).toEqual([expect.closeTo(0.5, 9), expect.closeTo(0.25 * PAT.penetrance['d/+'], 9), expect.closeTo(0.5 * PAT.penetrance['d/+'], 9)]);
  });
});
