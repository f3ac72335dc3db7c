import { describe, expect, it } from 'vitest';
import { previewRemoval, removePerson } from '../../../../src/engine/document/edits/index.ts';
import { parentsOf } from '../../../../src/engine/document/queries.ts';
import { child, doc, firstCousinFamily, man, twins, union, woman } from '../../../fixtures/documents.ts';

describe('removePerson', () => {
  it('removes a married-in partner who has no children, and keeps the blood relative', () => {
    //  p1 ─┬─ p2
    //      p3 ─┬─ p4 (married in, no children)
    const d0 = doc([man('p1'), woman('p2'), child(man('p3'), 'u1'), woman('p4')], [union('u1', 'p1', 'p2'), union('u2', 'p3', 'p4')]);
    const preview = previewRemoval(d0, 'p3');
    expect(preview).toMatchObject({
      persons: ['p3', 'p4'],
      unions: ['u2'],
      twinGroups: [],
      becomeSingleParent: [],
      becomeParentless: [],
      summary: [
        'p3 will be removed.',
        'The partnership of p3 and p4 will be removed.',
        'p4, who has no other connection in the pedigree, will be removed.',
      ],
    });
    const r = removePerson(d0, { id: 'p3' });
    expect(r.ok && r.doc.persons.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(r.ok && r.doc.unions.map((u) => u.id)).toEqual(['u1']);
  });
  it('keeps children with their other parent as single parent, never removing descendants', () => {
    const d0 = firstCousinFamily();
    const r = removePerson(d0, { id: 'p3' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.doc.persons.map((p) => p.id)).toEqual(['p1', 'p2', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    expect(parentsOf(r.doc, 'p7')).toEqual({ mother: 'p5', parents: ['p5'] });
    expect(r.doc.unions.map((u) => u.id)).toEqual(['u1', 'u3', 'u4']);
    expect(previewRemoval(d0, 'p3')?.summary).toContain('p7 will keep p5 as their only recorded parent.');
  });
  it('makes single-parent children parentless and keeps a partner who has parents', () => {
    //  p1 ─┬─ p2 ; p3 child of u1 ; p4 (Ann) ─ p3 union u2 ; p5 single-parent child of p4
    const d0 = doc(
      [man('p1'), woman('p2'), child(man('p3'), 'u1'), woman('p4', { name: 'Ann' }), child(woman('p5'), 'p4', false)],
      [union('u1', 'p1', 'p2'), union('u2', 'p4', 'p3')],
    );
    const preview = previewRemoval(d0, 'p4');
    expect(preview?.persons).toEqual(['p4']);
    expect(preview?.becomeParentless).toEqual(['p5']);
    expect(preview?.summary).toEqual([
      'Ann (p4) will be removed.',
      'The partnership of Ann (p4) and p3 will be removed.',
      'p5 will have no recorded parents.',
    ]);
    const r = removePerson(d0, { id: 'p4' });
    expect(r.ok && r.doc.persons.find((p) => p.id === 'p5')).toEqual({ id: 'p5', gender: 'woman', observations: {} });
  });
  it('keeps a partner of someone with three partners if they have other unions', () => {
    //  p2 ─ p1 ─ p3 and p3 ─ p4: removing p1 removes p2 (no other tie) but keeps p3 (partner of p4)
    const d0 = doc([man('p1'), woman('p2'), woman('p3'), man('p4')], [union('u1', 'p1', 'p2'), union('u2', 'p1', 'p3'), union('u3', 'p4', 'p3')]);
    const r = removePerson(d0, { id: 'p1' });
    expect(r.ok && r.doc.persons.map((p) => p.id)).toEqual(['p3', 'p4']);
    expect(r.ok && r.doc.unions.map((u) => u.id)).toEqual(['u3']);
  });
  it('dissolves a twin pair and shrinks a triplet group', () => {
    const pair = doc([man('p1'), woman('p2'), child(man('p3'), 'u1'), child(man('p4'), 'u1')], [union('u1', 'p1', 'p2')], [twins('t1', 'MZ', 'p3', 'p4')]);
    const r1 = removePerson(pair, { id: 'p4' });
    expect(r1.ok && r1.doc.twins).toEqual([]);
    const triplets = { ...pair, persons: [...pair.persons, child(man('p5'), 'u1')], twins: [twins('t1', 'MZ', 'p3', 'p4', 'p5')] };
    const r2 = removePerson(triplets, { id: 'p4' });
    expect(r2.ok && r2.doc.twins).toEqual([twins('t1', 'MZ', 'p3', 'p5')]);
  });
  it('refuses an unknown id and returns no preview for it', () => {
    expect(previewRemoval(firstCousinFamily(), 'zz')).toBeNull();
    expect(removePerson(firstCousinFamily(), { id: 'zz' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no person with id "zz".' },
    });
  });
});
