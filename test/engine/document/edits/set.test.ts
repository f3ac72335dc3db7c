import { describe, expect, it } from 'vitest';
import {
  moveSibling,
  removeCondition,
  reorderSiblings,
  setActiveCondition,
  setCondition,
  setKnownGenotype,
  setObservation,
  setPersonFields,
  setUnionFields,
  type EditResult,
} from '../../../../src/engine/document/edits/index.ts';
import { childrenOf } from '../../../../src/engine/document/queries.ts';
import type { Condition } from '../../../../src/engine/genetics/condition.ts';
import type { PedigreeDocument } from '../../../../src/engine/document/types.ts';
import { child, doc, man, twins, union, woman } from '../../../fixtures/documents.ts';

function ok(r: EditResult): PedigreeDocument {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}: ${r.error.message}`);
  return r.doc;
}

const condition = (id: string): Condition => ({
  id,
  name: id,
  gene: 'G',
  chromosome: 'autosomal',
  q: 0.01,
  penetrance: { '+/+': 0, 'd/+': 1, '+/d': 0, 'd/d': 1 },
  deNovo: { paternal: 0, maternal: 0 },
  transmissionRatio: { paternal: 0.5, maternal: 0.5 },
  expression: { paternal: 1, maternal: 0 },
  expressedCopy: "father's copy",
  mode: 'PAT',
  description: '',
  references: [],
});

/** p1 ─┬─ p2 ; MZ twins p3, p4 ; then p5 */
const family = () =>
  doc(
    [man('p1', { name: 'Al' }), woman('p2'), child(man('p3'), 'u1'), child(man('p4'), 'u1'), child(woman('p5'), 'u1')],
    [union('u1', 'p1', 'p2')],
    [twins('t1', 'MZ', 'p3', 'p4')],
    { conditions: [condition('c1')], activeConditionId: 'c1' },
  );

describe('setPersonFields', () => {
  it('sets and clears attributes without touching parent links', () => {
    const d = ok(setPersonFields(family(), { id: 'p1', fields: { deceased: { age: 62 }, proband: true, name: undefined } }));
    expect(d.persons[0]).toEqual({ id: 'p1', gender: 'man', observations: {}, deceased: { age: 62 }, proband: true });
  });
  it('applies a change of sex at birth to MZ co-twins but not to other siblings', () => {
    const d = ok(setPersonFields(family(), { id: 'p3', fields: { gender: 'woman', sexAssignedAtBirth: 'AFAB', name: 'Di' } }));
    expect(d.persons[2]).toMatchObject({ gender: 'woman', sexAssignedAtBirth: 'AFAB', name: 'Di' });
    expect(d.persons[3]).toEqual({ id: 'p4', gender: 'woman', sexAssignedAtBirth: 'AFAB', observations: {}, parentUnion: 'u1' });
    expect(d.persons[4]?.sexAssignedAtBirth).toBeUndefined();
  });
  it('refuses a change of sex that would give a child two sperm-givers, and accepts it with sex at birth recorded', () => {
    expect(setPersonFields(family(), { id: 'p2', fields: { gender: 'man' } })).toMatchObject({
      ok: false,
      error: {
        code: 'impossible-role',
        message: 'p2 and Al (p1) would both give sperm, yet they are the genetic parents of p3, p4, p5. Record sex assigned at birth to keep the parent roles.',
      },
    });
    const d = ok(setPersonFields(family(), { id: 'p2', fields: { gender: 'man', sexAssignedAtBirth: 'AFAB' } }));
    expect(d.persons[1]).toMatchObject({ gender: 'man', sexAssignedAtBirth: 'AFAB' });
  });
  it('refuses impossible values with a message naming the person', () => {
    expect(setPersonFields(family(), { id: 'p1', fields: { age: -3 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-value', message: 'Al (p1): age must be a number of years from 0 to 150 (got -3).' },
    });
    expect(setPersonFields(family(), { id: 'p1', fields: { count: 0 } })).toMatchObject({ ok: false });
    expect(setPersonFields(family(), { id: 'p1', fields: { birthYear: 1950.5 } })).toMatchObject({ ok: false });
  });
});

describe('observations and genotypes', () => {
  it('records, replaces and clears an observation', () => {
    let d = ok(setObservation(family(), { id: 'p3', conditionId: 'c1', observation: { status: 'affected', age: 12 } }));
    expect(d.persons[2]?.observations).toEqual({ c1: { status: 'affected', age: 12 } });
    d = ok(setObservation(d, { id: 'p3', conditionId: 'c1', observation: null }));
    expect(d.persons[2]?.observations).toEqual({});
  });
  it('refuses an observation for a condition not in the pedigree', () => {
    expect(setObservation(family(), { id: 'p3', conditionId: 'zz', observation: { status: 'affected' } })).toMatchObject({
      ok: false,
      error: { code: 'unknown-condition' },
    });
  });
  it('records an ordered genotype and removes the map when cleared', () => {
    let d = ok(setKnownGenotype(family(), { id: 'p2', conditionId: 'c1', genotype: { paternal: '+', maternal: 'd' } }));
    expect(d.persons[1]?.genotypes).toEqual({ c1: { paternal: '+', maternal: 'd' } });
    d = ok(setKnownGenotype(d, { id: 'p2', conditionId: 'c1', genotype: null }));
    expect(d.persons[1]).not.toHaveProperty('genotypes');
  });
});

describe('unions and conditions', () => {
  it('marks a union separated and infertile, then clears a mark', () => {
    let d = ok(setUnionFields(family(), { id: 'u1', fields: { separated: true, noChildren: 'infertility' } }));
    expect(d.unions[0]).toEqual({ id: 'u1', partners: ['p1', 'p2'], separated: true, noChildren: 'infertility' });
    d = ok(setUnionFields(d, { id: 'u1', fields: { noChildren: undefined } }));
    expect(d.unions[0]).toEqual({ id: 'u1', partners: ['p1', 'p2'], separated: true });
  });
  it('adds a second condition, switches to it, and removing the first drops its observations', () => {
    let d = ok(setObservation(family(), { id: 'p1', conditionId: 'c1', observation: { status: 'affected' } }));
    d = ok(setCondition(d, { condition: condition('c2') }));
    expect(d.activeConditionId).toBe('c1');
    d = ok(setActiveCondition(d, { id: 'c2' }));
    d = ok(removeCondition(d, { id: 'c1' }));
    expect(d.conditions.map((c) => c.id)).toEqual(['c2']);
    expect(d.persons[0]?.observations).toEqual({});
    expect(setActiveCondition(d, { id: 'c1' })).toMatchObject({ ok: false, error: { code: 'unknown-condition' } });
  });
});

describe('reorderSiblings', () => {
  it('rewrites birth order inside the sibship only', () => {
    const d0 = family();
    d0.persons.splice(3, 0, woman('x9'));
    const d = ok(reorderSiblings(d0, { parent: 'u1', order: ['p5', 'p3', 'p4'] }));
    expect(d.persons.map((p) => p.id)).toEqual(['p1', 'p2', 'p5', 'x9', 'p3', 'p4']);
    expect(childrenOf(d, 'u1')).toEqual(['p5', 'p3', 'p4']);
  });
  it('refuses an order that is not exactly the sibship', () => {
    expect(reorderSiblings(family(), { parent: 'u1', order: ['p3', 'p4'] })).toMatchObject({ ok: false, error: { code: 'invalid-value' } });
  });
  it('moves one child a place earlier, and not past the first place', () => {
    const d = ok(moveSibling(family(), { id: 'p5', by: -1 }));
    expect(childrenOf(d, 'u1')).toEqual(['p3', 'p5', 'p4']);
    const same = family();
    expect(ok(moveSibling(same, { id: 'p3', by: -1 }))).toBe(same);
  });
});
