import { describe, expect, it } from 'vitest';
import { swapPartnerSexes, type EditResult } from '../../../../src/engine/document/edits/index.ts';
import { parentsOf } from '../../../../src/engine/document/queries.ts';
import type { PedigreeDocument } from '../../../../src/engine/document/types.ts';
import { validationErrors } from '../../../../src/engine/document/validate.ts';
import { conditionForMode } from '../../../../src/engine/genetics/modes.ts';
import { child, doc, man, twins, union, unknownSex, woman } from '../../../fixtures/documents.ts';

function ok(r: EditResult): PedigreeDocument {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}: ${r.error.message}`);
  return r.doc;
}

function errorCode(r: EditResult): string {
  return r.ok ? 'ok' : r.error.code;
}

/**
 *   Ben (p1) ─┬─ Eva (p2)        Ben carries the variant on his maternal copy.
 *         ┌───┴───┐
 *        p3       p4
 */
const benAndEva = () =>
  doc(
    [
      man('p1', { name: 'Ben', genotypes: { 'mode-AD': { paternal: '+', maternal: 'd' } }, observations: { 'mode-AD': { status: 'affected' } } }),
      woman('p2', { name: 'Eva', sexAssignedAtBirth: 'AFAB' }),
      child(man('p3'), 'u1'),
      child(woman('p4'), 'u1'),
    ],
    [union('u1', 'p1', 'p2', { consanguineous: true })],
    [],
    { conditions: [conditionForMode('AD')], activeConditionId: 'mode-AD' },
  );

describe('swapPartnerSexes', () => {
  it('gives each partner the other’s gender and sex at birth and keeps every other field', () => {
    const before = benAndEva();
    const after = ok(swapPartnerSexes(before, { union: 'u1' }));
    expect(after.persons[0]).toEqual({ ...before.persons[0], gender: 'woman', sexAssignedAtBirth: 'AFAB' });
    expect(after.persons[1]).toEqual({ id: 'p2', name: 'Eva', gender: 'man', observations: {} });
    expect(after.persons.slice(2)).toEqual(before.persons.slice(2));
    expect(after.unions).toEqual(before.unions);
    expect(validationErrors(after)).toEqual([]);
  });

  it('makes the carrier the mother of the same children, so the variant now comes through an egg', () => {
    const after = ok(swapPartnerSexes(benAndEva(), { union: 'u1' }));
    expect(parentsOf(benAndEva(), 'p3')).toMatchObject({ father: 'p1', mother: 'p2' });
    expect(parentsOf(after, 'p3')).toMatchObject({ father: 'p2', mother: 'p1' });
  });

  it('swapped twice gives back the document it started from', () => {
    const before = benAndEva();
    expect(ok(swapPartnerSexes(ok(swapPartnerSexes(before, { union: 'u1' })), { union: 'u1' }))).toEqual(before);
  });

  it('leaves the document it was given unchanged', () => {
    const before = benAndEva();
    const copy = structuredClone(before);
    swapPartnerSexes(before, { union: 'u1' });
    expect(before).toEqual(copy);
  });

  it('swaps a man with a partner of unknown sex', () => {
    const after = ok(swapPartnerSexes(doc([man('p1'), unknownSex('p2')], [union('u1', 'p1', 'p2')]), { union: 'u1' }));
    expect(after.persons.map((p) => p.gender)).toEqual(['unknown', 'man']);
  });

  it('refuses a partnership that does not exist', () => {
    expect(errorCode(swapPartnerSexes(benAndEva(), { union: 'u9' }))).toBe('not-found');
  });

  it('refuses two partners of the same sex, since nothing would change', () => {
    const r = swapPartnerSexes(doc([woman('p1'), woman('p2')], [union('u1', 'p1', 'p2')]), { union: 'u1' });
    expect(errorCode(r)).toBe('nothing-to-swap');
  });

  /**
   *  p5 ─┬─ p1 ─┬─ p2        Swapping p1 and p2 would make p1 a woman with
   *      p6      p3          children by another woman (p5).
   */
  it('refuses when a partner would give the same gamete as their other partner with children', () => {
    const d = doc(
      [man('p1', { name: 'Ben' }), woman('p2'), child(man('p3'), 'u1'), woman('p5', { name: 'Ann' }), child(woman('p6'), 'u2')],
      [union('u1', 'p1', 'p2'), union('u2', 'p5', 'p1')],
    );
    const r = swapPartnerSexes(d, { union: 'u1' });
    expect(errorCode(r)).toBe('impossible-role');
    expect(r.ok ? '' : r.error.message).toMatch(/Ben.*Ann|Ann.*Ben/);
  });

  it('allows the swap when the other partnership has no children', () => {
    const d = doc([man('p1'), woman('p2'), woman('p5')], [union('u1', 'p1', 'p2'), union('u2', 'p5', 'p1')]);
    expect(ok(swapPartnerSexes(d, { union: 'u1' })).persons.map((p) => p.gender)).toEqual(['woman', 'man', 'woman']);
  });

  it('refuses when a partner is a monozygotic twin whose co-twin keeps their sex', () => {
    const d = doc(
      [man('p7'), woman('p8'), child(man('p1', { name: 'Ben' }), 'u0'), child(man('p9'), 'u0'), woman('p2')],
      [union('u0', 'p7', 'p8'), union('u1', 'p1', 'p2')],
      [twins('t1', 'MZ', 'p1', 'p9')],
    );
    const r = swapPartnerSexes(d, { union: 'u1' });
    expect(errorCode(r)).toBe('twin-sex-mismatch');
    expect(r.ok ? '' : r.error.message).toMatch(/Ben/);
    // Dizygotic twins may differ.
    expect(errorCode(swapPartnerSexes({ ...d, twins: [twins('t1', 'DZ', 'p1', 'p9')] }, { union: 'u1' }))).toBe('ok');
  });

  describe('X-linked known copies', () => {
    const xl = conditionForMode('XR');
    const withGenotype = (paternal: '+' | 'd' | '?') =>
      doc([man('p1'), woman('p2', { name: 'Eva', genotypes: { [xl.id]: { paternal, maternal: '+' } } })], [union('u1', 'p1', 'p2')], [], {
        conditions: [xl],
        activeConditionId: xl.id,
      });

    it('refuses to make a woman with a known paternal X copy a man (he would have none)', () => {
      const r = swapPartnerSexes(withGenotype('d'), { union: 'u1' });
      expect(errorCode(r)).toBe('impossible-genotype');
      expect(r.ok ? '' : r.error.message).toMatch(/Eva.*paternal copy/);
    });

    it('allows it when her paternal copy is unknown', () => {
      expect(ok(swapPartnerSexes(withGenotype('?'), { union: 'u1' })).persons[1]?.gender).toBe('man');
    });
  });
});
