import { describe, expect, it } from 'vitest';
import { addChild, addPerson, addParents, addPartner, addSibling, addTwin, type EditResult } from '../../../../src/engine/document/edits/index.ts';
import { childrenOf, parentsOf, partnersOf, twinGroupOf } from '../../../../src/engine/document/queries.ts';
import { emptyDocument } from '../../../../src/engine/document/create.ts';
import type { PedigreeDocument } from '../../../../src/engine/document/types.ts';
import { child, doc, man, union, woman } from '../../../fixtures/documents.ts';

function ok(r: EditResult): { doc: PedigreeDocument; created: string[] } {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}: ${r.error.message}`);
  return { doc: r.doc, created: r.created ?? [] };
}

/**  p1 ─┬─ p2      a couple with no children yet */
const couple = () => doc([man('p1', { name: 'Abe' }), woman('p2')], [union('u1', 'p1', 'p2')]);

describe('addChild', () => {
  it('adds a daughter to the only union of a person, with the next free id', () => {
    const before = couple();
    const { doc: d, created } = ok(addChild(before, { parent: 'p1', sex: 'daughter' }));
    expect(created).toEqual(['p3']);
    expect(d.persons.find((p) => p.id === 'p3')).toEqual({ id: 'p3', gender: 'woman', observations: {}, parentUnion: 'u1' });
    expect(parentsOf(d, 'p3')).toEqual({ father: 'p1', mother: 'p2', parents: ['p1', 'p2'] });
    expect(before.persons).toHaveLength(2);
  });
  it('adds a son to a union directly and places later children after earlier ones', () => {
    const a = ok(addChild(couple(), { parent: 'u1', sex: 'son', name: ' Ben ' }));
    const b = ok(addChild(a.doc, { parent: 'u1', sex: 'unknown' }));
    expect(childrenOf(b.doc, 'u1')).toEqual(['p3', 'p4']);
    expect(b.doc.persons[2]).toMatchObject({ id: 'p3', name: 'Ben', gender: 'man' });
    expect(b.doc.persons[3]).toMatchObject({ id: 'p4', gender: 'unknown' });
  });
  it('gives a person without a partner a single-parent child', () => {
    const { doc: d } = ok(addChild(doc([woman('p1')]), { parent: 'p1', sex: 'son' }));
    expect(parentsOf(d, 'p2')).toEqual({ mother: 'p1', parents: ['p1'] });
  });
  it('records a single-parent child on request even when the person has a partner', () => {
    const { doc: d } = ok(addChild(couple(), { parent: 'p2', sex: 'son', singleParent: true }));
    expect(d.persons[2]).toMatchObject({ singleParent: 'p2' });
    expect(d.persons[2]?.parentUnion).toBeUndefined();
  });
  it('asks which union when the person has several partners, naming them', () => {
    const three = doc([man('p1', { name: 'Abe' }), woman('p2'), woman('p3', { name: 'Cleo' })], [union('u1', 'p1', 'p2'), union('u2', 'p1', 'p3')]);
    const r = addChild(three, { parent: 'p1', sex: 'son' });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'ambiguous-union',
        message:
          'Abe (p1) has 2 partners: choose the partnership for the child: u1 (Abe (p1) and p2), u2 (Abe (p1) and Cleo (p3)), or add the child with a single parent.',
      },
    });
  });
  it('refuses a child of two men as genetic parents and offers the alternatives', () => {
    const two = doc([man('p1', { name: 'Al' }), man('p2', { name: 'Bo' })], [union('u1', 'p1', 'p2')]);
    const message = 'Al (p1) and Bo (p2) both give sperm, so they cannot both be genetic parents: add the child to one of them as single parent, or record sex assigned at birth.';
    expect(addChild(two, { parent: 'u1', sex: 'son' })).toMatchObject({ ok: false, error: { code: 'impossible-role', message } });
    expect(addChild(two, { parent: 'p1', sex: 'son' })).toMatchObject({ ok: false, error: { code: 'impossible-role', message } });
    expect(ok(addChild(two, { parent: 'p1', sex: 'son', singleParent: true })).doc.persons[2]).toMatchObject({ singleParent: 'p1' });
  });
  it('refuses an unknown parent id', () => {
    expect(addChild(couple(), { parent: 'zz', sex: 'son' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('addPartner', () => {
  it('adds a woman as partner of a man, and a third partner after two', () => {
    let d = ok(addPartner(doc([man('p1')]), { person: 'p1' }));
    expect(d.created).toEqual(['p2', 'u1']);
    expect(d.doc.persons[1]?.gender).toBe('woman');
    d = ok(addPartner(d.doc, { person: 'p1' }));
    d = ok(addPartner(d.doc, { person: 'p1', sex: 'nonbinary' }));
    expect(partnersOf(d.doc, 'p1')).toEqual(['p2', 'p3', 'p4']);
    expect(d.doc.persons[3]?.gender).toBe('nonbinary');
    expect(childrenOf(d.doc, 'p1')).toEqual([]);
  });
  it('starts a childless couple from an empty document plus one person', () => {
    const start = { ...emptyDocument(), persons: [woman('p1')] };
    const { doc: d } = ok(addPartner(start, { person: 'p1' }));
    expect(d.unions).toEqual([{ id: 'u1', partners: ['p1', 'p2'] }]);
    expect(d.persons[1]?.gender).toBe('man');
  });
});

describe('addParents', () => {
  it('creates father, mother and their union for a founder', () => {
    const { doc: d, created } = ok(addParents(doc([woman('p1')]), { person: 'p1' }));
    expect(created).toEqual(['p2', 'p3', 'u1']);
    expect(parentsOf(d, 'p1')).toEqual({ father: 'p2', mother: 'p3', parents: ['p2', 'p3'] });
  });
  it('completes a single recorded parent with a partner and moves the child into their union', () => {
    const d0 = doc([woman('p1'), child(man('p2'), 'p1', false)]);
    const { doc: d, created } = ok(addParents(d0, { person: 'p2' }));
    expect(created).toEqual(['p3', 'u1']);
    expect(parentsOf(d, 'p2')).toEqual({ father: 'p3', mother: 'p1', parents: ['p1', 'p3'] });
    expect(d.persons[1]?.singleParent).toBeUndefined();
  });
  it('refuses a person who already has two parents', () => {
    const d0 = doc([man('p1'), woman('p2'), child(man('p3', { name: 'Cy' }), 'u1')], [union('u1', 'p1', 'p2')]);
    expect(addParents(d0, { person: 'p3' })).toMatchObject({
      ok: false,
      error: { code: 'already-has-parents', message: 'Cy (p3) already has two recorded parents.' },
    });
  });
});

describe('addSibling and addTwin', () => {
  /** p1 ─┬─ p2 ; children p3, p4 */
  const family = () =>
    doc([man('p1'), woman('p2'), child(man('p3'), 'u1'), child(woman('p4'), 'u1')], [union('u1', 'p1', 'p2')]);

  it('puts a new sibling right after the person in birth order', () => {
    const { doc: d } = ok(addSibling(family(), { person: 'p3', sex: 'daughter' }));
    expect(childrenOf(d, 'u1')).toEqual(['p3', 'p5', 'p4']);
  });
  it('adds a sibling of a single-parent child to the same parent', () => {
    const d0 = doc([woman('p1'), child(man('p2'), 'p1', false)]);
    const { doc: d } = ok(addSibling(d0, { person: 'p2', sex: 'son' }));
    expect(childrenOf(d, 'p1')).toEqual(['p2', 'p3']);
  });
  it('refuses a sibling for a person without parents', () => {
    expect(addSibling(doc([man('p1', { name: 'Al' })]), { person: 'p1', sex: 'son' })).toMatchObject({
      ok: false,
      error: { code: 'no-parents', message: 'Al (p1) has no recorded parents, so a sibling has nobody to descend from: add parents first.' },
    });
  });
  it('makes an MZ twin of the same sex and extends the group with a third twin next to the others', () => {
    const f = family();
    f.persons[2] = { ...f.persons[2]!, sexAssignedAtBirth: 'AMAB' };
    const a = ok(addTwin(f, { person: 'p3', zygosity: 'MZ', sex: 'daughter' }));
    expect(a.created).toEqual(['p5', 't1']);
    expect(a.doc.persons[3]).toMatchObject({ id: 'p5', gender: 'man', sexAssignedAtBirth: 'AMAB', parentUnion: 'u1' });
    const b = ok(addTwin(a.doc, { person: 'p3', zygosity: 'DZ' }));
    expect(b.created).toEqual(['p6']);
    expect(twinGroupOf(b.doc, 'p6')).toEqual({ id: 't1', zygosity: 'MZ', members: ['p3', 'p5', 'p6'] });
    expect(childrenOf(b.doc, 'u1')).toEqual(['p3', 'p5', 'p6', 'p4']);
  });
  it('lets a DZ twin have its own sex', () => {
    const { doc: d } = ok(addTwin(family(), { person: 'p4', zygosity: 'DZ', sex: 'son' }));
    expect(d.persons.find((p) => p.id === 'p5')?.gender).toBe('man');
    expect(d.twins).toEqual([{ id: 't1', zygosity: 'DZ', members: ['p4', 'p5'] }]);
  });
});

describe('addPerson', () => {
  it('adds an unconnected person with the next free id, even past union ids', () => {
    const { doc: d, created } = ok(addPerson(couple(), { sex: 'woman', name: 'Eve' }));
    expect(created).toEqual(['p3']);
    expect(d.persons[2]).toEqual({ id: 'p3', name: 'Eve', gender: 'woman', observations: {} });
    const crowded = doc([man('p1'), woman('p7')], [union('p8', 'p1', 'p7')]);
    expect(ok(addPerson(crowded, { sex: 'unknown' })).created).toEqual(['p9']);
  });
});
