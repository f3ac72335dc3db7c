import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/engine/genetics/condition.ts';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import type { PedigreeDocument } from '../../../src/engine/document/types.ts';
import { buildCounsellingReport } from '../../../src/engine/sharing/report/counsellingReport.ts';
import { withoutIdentifiers } from '../../../src/engine/sharing/report/privacy.ts';
import { child, doc, man, union, woman } from '../../fixtures/documents.ts';

/** Paternal expression with lifetime penetrance 0.87 (the SDHD-like worked example, DOMAIN.md §5), q ≈ 0. */
const SDHD_LIKE: Condition = { ...conditionForMode('PAT', 1e-10), id: 'pgl', name: 'SDHD-like', penetrance: { '+/+': 0, 'd/+': 0.87, '+/d': 0, 'd/d': 0.87 } };

/**
 *   [i1]─┬─(w1)        i1 affected (Ivo), w1 unaffected
 *        │
 *       [s1]─┬─(w2)     s1 unaffected (Sam), w2 unaffected
 */
function workedExample(): PedigreeDocument {
  const seen = (status: 'affected' | 'unaffected') => ({ observations: { pgl: { status } } });
  return doc(
    [man('i1', { name: 'Ivo', birthYear: 1950, ...seen('affected') }), woman('w1', seen('unaffected')), child(man('s1', { name: 'Sam', notes: 'lives in Utrecht', ...seen('unaffected') }), 'u1'), woman('w2', seen('unaffected'))],
    [union('u1', 'i1', 'w1'), union('u2', 's1', 'w2')],
    [],
    { conditions: [SDHD_LIKE], activeConditionId: 'pgl', meta: { title: 'Family de Vries', created: '2026-11-25' } },
  );
}

describe('buildCounsellingReport', () => {
  it('answers the worked example: an unaffected son of an affected man carries with 0.065/0.565, his child is affected with that × ½ × 0.87', () => {
    const r = buildCounsellingReport(workedExample(), {
      privacy: false,
      questions: [{ kind: 'carrier', person: 's1' }, { kind: 'next-child', father: 's1', mother: 'w2', sex: 'F' }, { kind: 'next-child', father: 'i1', mother: 'w1', sex: 'M' }],
    });
    if (!r.ok) throw new Error(r.problems.join());
    const [carrier, grandchild, child2] = r.report.rows;
    const sonCarrier = (0.5 * 0.13) / (0.5 * 0.13 + 0.5);
    expect(carrier!.answer).toBeCloseTo(sonCarrier, 9);
    expect(grandchild!.answer).toBeCloseTo(sonCarrier * 0.5 * 0.87, 9);
    expect(child2!.answer).toBeCloseTo(0.435, 9);
    expect(carrier!.question).toBe('Does Sam (s1) carry the variant?');
    expect(carrier!.answerText).toBe('11.5% chance of carrying the variant.');
    expect(child2!.question).toBe('What is the chance that a son of Ivo (i1) and w1 is affected?');
    expect(child2!.answerText).toBe('43.5% affected; 50% carries the variant.');
    expect(r.report.title).toBe('Family de Vries');
    expect(r.report.assumptions.slice(1, 3)).toEqual([
      'Variant frequency q = 1e-10 in people who marry into the family (Hardy–Weinberg, copies independent).',
      'Chance of being affected by ordered genotype (father’s copy first): +/+ 0%, d/+ 87%, +/d 0%, d/d 87%.',
    ]);
  });

  it('names people by pedigree number then name when given the chart’s numbers, never by internal id', () => {
    const r = buildCounsellingReport(workedExample(), {
      privacy: false,
      labels: { i1: 'I-1', w1: 'I-2', s1: 'II-1', w2: 'II-2' },
      questions: [{ kind: 'carrier', person: 's1' }, { kind: 'next-child', father: 'i1', mother: 'w1', sex: 'M' }],
    });
    if (!r.ok) throw new Error(r.problems.join());
    expect(r.report.rows.map((row) => row.question)).toEqual(['Does II-1 Sam carry the variant?', 'What is the chance that a son of I-1 Ivo and I-2 is affected?']);
  });

  it('leaves out names, birth years, notes and dates under privacy and names people by pedigree number', () => {
    const r = buildCounsellingReport(workedExample(), { privacy: true, labels: { i1: 'I-1', w1: 'I-2', s1: 'II-1', w2: 'II-2' }, questions: [{ kind: 'carrier', person: 's1' }] });
    if (!r.ok) throw new Error(r.problems.join());
    expect(r.report.rows[0]!.question).toBe('Does II-1 carry the variant?');
    expect(r.report.title).toBe('Family pedigree: SDHD-like');
    const text = JSON.stringify(r.report);
    for (const secret of ['Ivo', 'Sam', '1950', 'Utrecht', 'de Vries', '2026-11-25']) expect(text).not.toContain(secret);
    expect(r.report.assumptions.at(-1)).toBe('Names and dates are left out; people are named by pedigree number.');
  });

  it('reports an impossible pedigree as a notice with no numbers, and refuses questions about unknown people', () => {
    const ad = conditionForMode('AD');
    const impossible = doc(
      [man('f', { observations: { [ad.id]: { status: 'unaffected' } } }), woman('m', { observations: { [ad.id]: { status: 'unaffected' } } }), child(man('c', { observations: { [ad.id]: { status: 'affected' } } }), 'u1')],
      [union('u1', 'f', 'm')],
      [],
      { conditions: [ad], activeConditionId: ad.id },
    );
    const r = buildCounsellingReport(impossible, { privacy: false, questions: [{ kind: 'carrier', person: 'f' }] });
    if (!r.ok) throw new Error(r.problems.join());
    expect(r.report.rows[0]).toMatchObject({ answer: null, answerText: 'No answer: see the notice above.' });
    expect(r.report.notices[0]).toMatch(/impossible/i);
    // With the chart's numbers, the notice names people by them, not by id ("f: unaffected").
    const numbered = buildCounsellingReport(impossible, { privacy: false, labels: { f: 'I-1', m: 'I-2', c: 'II-1' }, questions: [] });
    if (!numbered.ok) throw new Error(numbered.problems.join());
    expect(numbered.report.notices[0]).toMatch(/ — I-1: unaffected, I-2: unaffected and II-1: affected\. Dropping any one/);
    expect(buildCounsellingReport(impossible, { privacy: false, questions: [{ kind: 'carrier', person: 'zz' }] })).toEqual({
      ok: false,
      problems: ['the report asks about people who are not in the pedigree: zz'],
    });
  });
});

describe('withoutIdentifiers', () => {
  it('keeps ages, statuses and deceased ages but drops names, birth years, notes, causes and document dates', () => {
    const d = doc([man('a', { name: 'Ann', birthYear: 1990, age: 35, notes: 'x', deceased: { age: 60, cause: 'accident' }, observations: { t: { status: 'affected', age: 20 } } })], [], [], { meta: { title: 'T', created: 'c' } });
    expect(withoutIdentifiers(d).persons[0]).toEqual({ id: 'a', gender: 'man', age: 35, deceased: { age: 60 }, observations: { t: { status: 'affected', age: 20 } } });
    expect(withoutIdentifiers(d).meta).toEqual({});
  });
});
