import { describe, expect, it } from 'vitest';
import { leaveTwinGroup, setMeta, setTwinZygosity } from '../../../../src/engine/document/edits/index.ts';
import { child, doc, man, twins, union, unknownSex, woman } from '../../../fixtures/documents.ts';

/** p1 ─┬─ p2 ; DZ triplets p3 (man), p4 (woman), p5 (unknown) */
const triplets = () =>
  doc(
    [man('p1'), woman('p2'), child(man('p3'), 'u1'), child(woman('p4', { name: 'Di' }), 'u1'), child(unknownSex('p5'), 'u1')],
    [union('u1', 'p1', 'p2')],
    [twins('t1', 'DZ', 'p3', 'p4', 'p5')],
  );

describe('twin group edits', () => {
  it('refuses to make a brother and sister monozygotic, naming them', () => {
    expect(setTwinZygosity(triplets(), { id: 't1', zygosity: 'MZ' })).toMatchObject({
      ok: false,
      error: { code: 'impossible-role', message: 'p3 and Di (p4) have different sex at birth, so they cannot be monozygotic twins.' },
    });
  });
  it('makes the remaining pair MZ after the sister leaves, and dissolves a pair when one leaves', () => {
    const a = leaveTwinGroup(triplets(), { person: 'p4' });
    if (!a.ok) throw new Error(a.error.message);
    expect(a.doc.twins).toEqual([twins('t1', 'DZ', 'p3', 'p5')]);
    const b = setTwinZygosity(a.doc, { id: 't1', zygosity: 'MZ' });
    expect(b.ok && b.doc.twins).toEqual([twins('t1', 'MZ', 'p3', 'p5')]);
    const c = b.ok ? leaveTwinGroup(b.doc, { person: 'p3' }) : b;
    expect(c.ok && c.doc.twins).toEqual([]);
    expect(leaveTwinGroup(triplets(), { person: 'p1' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
  it('sets and clears the title', () => {
    const a = setMeta(triplets(), { fields: { title: 'Smith family', notes: 'from clinic' } });
    const b = a.ok ? setMeta(a.doc, { fields: { notes: undefined } }) : a;
    expect(b.ok && b.doc.meta).toEqual({ title: 'Smith family' });
  });
});
