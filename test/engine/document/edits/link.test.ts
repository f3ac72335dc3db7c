import { describe, expect, it } from 'vitest';
import { linkParent, linkPartner, type EditResult } from '../../../../src/engine/document/edits/index.ts';
import { parentsOf } from '../../../../src/engine/document/queries.ts';
import type { PedigreeDocument } from '../../../../src/engine/document/types.ts';
import { child, doc, firstCousinFamily, man, union, woman } from '../../../fixtures/documents.ts';

function ok(r: EditResult): { doc: PedigreeDocument; created: string[] } {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}: ${r.error.message}`);
  return { doc: r.doc, created: r.created ?? [] };
}

describe('linkPartner', () => {
  it('builds an uncle–niece union: p3 (uncle) with p5, daughter of his sister p4', () => {
    //   p1 ─┬─ p2
    //   p3     p4 ─┬─ p6
    //              p5
    const d0 = doc(
      [man('p1'), woman('p2'), child(man('p3'), 'u1'), child(woman('p4'), 'u1'), child(woman('p5'), 'u2'), man('p6')],
      [union('u1', 'p1', 'p2'), union('u2', 'p6', 'p4')],
    );
    const { doc: d, created } = ok(linkPartner(d0, { person: 'p3', partner: 'p5' }));
    expect(created).toEqual(['u3']);
    expect(d.unions[2]).toEqual({ id: 'u3', partners: ['p3', 'p5'] });
  });
  it('refuses a second union between the same two people and a union with oneself', () => {
    const d = firstCousinFamily();
    expect(linkPartner(d, { person: 'p8', partner: 'p7' })).toMatchObject({
      ok: false,
      error: { code: 'already-partners', message: 'p8 and p7 are already partners (u4).' },
    });
    expect(linkPartner(d, { person: 'p8', partner: 'p8' })).toMatchObject({ ok: false, error: { code: 'same-person' } });
    expect(linkPartner(d, { person: 'p8', partner: 'zz' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('linkParent', () => {
  it('records an existing person as single parent, then a second one in a new union', () => {
    const d0 = doc([man('p1'), woman('p2'), woman('p3')]);
    const a = ok(linkParent(d0, { child: 'p3', parent: 'p2' }));
    expect(parentsOf(a.doc, 'p3')).toEqual({ mother: 'p2', parents: ['p2'] });
    const b = ok(linkParent(a.doc, { child: 'p3', parent: 'p1' }));
    expect(b.created).toEqual(['u1']);
    expect(parentsOf(b.doc, 'p3')).toEqual({ father: 'p1', mother: 'p2', parents: ['p2', 'p1'] });
  });
  it('reuses the union the two parents already have', () => {
    const d0 = doc([man('p1'), woman('p2'), child(woman('p3'), 'p2', false)], [union('u1', 'p1', 'p2')]);
    const { doc: d, created } = ok(linkParent(d0, { child: 'p3', parent: 'p1' }));
    expect(created).toEqual([]);
    expect(d.persons[2]).toEqual({ id: 'p3', gender: 'woman', observations: {}, parentUnion: 'u1' });
  });
  it('refuses to make a person their own ancestor, naming both', () => {
    //  p1 ─┬─ p2 ; child p3 (Cy) ; p3's single-parent child p4 (Dee)
    const d0 = doc(
      [man('p1', { name: 'Al' }), woman('p2'), child(man('p3', { name: 'Cy' }), 'u1'), child(woman('p4', { name: 'Dee' }), 'p3', false), man('p5')],
      [union('u1', 'p1', 'p2')],
    );
    expect(linkParent(d0, { child: 'p1', parent: 'p4' })).toMatchObject({
      ok: false,
      error: {
        code: 'cycle',
        message: 'Dee (p4) is a descendant of Al (p1), so cannot be their parent: Al (p1) would become their own ancestor.',
      },
    });
    expect(linkParent(d0, { child: 'p1', parent: 'p1' })).toMatchObject({ ok: false, error: { code: 'same-person' } });
  });
  it('refuses two sperm-givers as genetic parents and a third parent', () => {
    const d0 = doc([man('p1', { name: 'Al' }), man('p2', { name: 'Bo' }), child(woman('p3', { name: 'Cy' }), 'p1', false)]);
    expect(linkParent(d0, { child: 'p3', parent: 'p2' })).toMatchObject({
      ok: false,
      error: { code: 'impossible-role', message: 'Bo (p2) and Al (p1) would both give sperm, so they cannot both be genetic parents of Cy (p3).' },
    });
    const full = firstCousinFamily();
    expect(linkParent(full, { child: 'p9', parent: 'p1' })).toMatchObject({ ok: false, error: { code: 'already-has-parents' } });
  });
  it('accepts a man who was recorded as a woman’s partner when sex at birth says egg', () => {
    const d0 = doc([man('p1', { sexAssignedAtBirth: 'AFAB' }), man('p2'), child(woman('p3'), 'p2', false)]);
    const { doc: d } = ok(linkParent(d0, { child: 'p3', parent: 'p1' }));
    expect(parentsOf(d, 'p3')).toEqual({ father: 'p2', mother: 'p1', parents: ['p2', 'p1'] });
  });
});
