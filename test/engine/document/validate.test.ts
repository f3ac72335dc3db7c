import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../../src/engine/document/validate.ts';
import { child, doc, firstCousinFamily, man, twins, union, unknownSex, woman } from '../../fixtures/documents.ts';

const messages = (d: Parameters<typeof validateDocument>[0]) => validateDocument(d).map((i) => `${i.severity} ${i.code}: ${i.message}`);

describe('validateDocument', () => {
  it('finds nothing wrong with first cousins who married, a single-parent child and a childless couple', () => {
    const d = firstCousinFamily();
    d.persons.push(child(woman('p10'), 'p9', false), man('p11'));
    d.unions.push(union('u5', 'p10', 'p11'));
    expect(validateDocument(d)).toEqual([]);
  });
  it('reports a person who is their own ancestor, with the path', () => {
    //  p1 ─┬─ p2 ; p3 child of u1 ; but p1 is recorded as single-parent child of p3
    const d = doc([man('p1', { name: 'Al', singleParent: 'p3' }), woman('p2'), child(man('p3'), 'u1')], [union('u1', 'p1', 'p2')]);
    expect(messages(d)).toEqual(['error cycle: Al (p1) is recorded as their own ancestor (Al (p1) → p3 → Al (p1)).']);
  });
  it('reports two sperm-givers recorded as the genetic parents of a child', () => {
    const d = doc([man('p1'), man('p2', { name: 'Bo' }), child(woman('p3'), 'u1')], [union('u1', 'p1', 'p2')]);
    expect(messages(d)).toEqual([
      'error impossible-role: p1 and Bo (p2) both give sperm, yet are recorded as the genetic parents of p3. Record sex assigned at birth, or record the child with one parent.',
    ]);
  });
  it('accepts two men as partners when they have no children together, and a trans man who gave the egg', () => {
    const childless = doc([man('p1'), man('p2')], [union('u1', 'p1', 'p2')]);
    expect(validateDocument(childless)).toEqual([]);
    const transFather = doc([man('p1'), man('p2', { sexAssignedAtBirth: 'AFAB' }), child(woman('p3'), 'u1')], [union('u1', 'p1', 'p2')]);
    expect(validateDocument(transFather)).toEqual([]);
  });
  it('reports duplicate ids within and across record kinds', () => {
    const d = doc([man('p1'), woman('p1'), woman('u1')], [union('u1', 'p1', 'p1')]);
    expect(messages(d)).toEqual([
      'error duplicate-id: The id "p1" is used by more than one record (a person and a person).',
      'error duplicate-id: The id "u1" is used by more than one record (a person and a partnership).',
      'error self-union: Partnership u1 has p1 as both partners; a partnership needs two people.',
    ]);
  });
  it('reports dangling references and both parent links set', () => {
    const d = doc(
      [man('p1', { parentUnion: 'u9' }), woman('p2', { singleParent: 'ghost' }), man('p3', { parentUnion: 'u1', singleParent: 'p2' })],
      [union('u1', 'p1', 'nobody')],
      [twins('t1', 'DZ', 'p3', 'p404')],
      { activeConditionId: 'c1' },
    );
    expect(messages(d)).toEqual([
      'error dangling-reference: p1 is a child of partnership "u9", which does not exist.',
      'error dangling-reference: p2 has parent "ghost", who does not exist.',
      'error both-parent-links: p3 is recorded both as a child of partnership u1 and of single parent p2; keep one.',
      'error dangling-reference: The active condition "c1" is not in this pedigree.',
      'error dangling-reference: Partnership u1 names partner "nobody", who does not exist.',
      'error dangling-reference: Twin group t1 names "p404", who does not exist.',
    ]);
  });
  it('reports MZ twins of different sex at birth, twins with different parents, and lone twins', () => {
    const d = doc(
      [man('p1'), woman('p2'), child(man('p3'), 'u1'), child(woman('p4', { name: 'Di' }), 'u1'), child(unknownSex('p5'), 'p2', false), child(man('p6'), 'u1')],
      [union('u1', 'p1', 'p2')],
      [twins('t1', 'MZ', 'p3', 'p4'), twins('t2', 'DZ', 'p6', 'p5'), twins('t3', 'DZ', 'p3')],
    );
    expect(messages(d)).toEqual([
      'error twin-sex-mismatch: p3 and Di (p4) are monozygotic twins but have different sex assigned at birth.',
      'error twin-not-siblings: p6 and p5 are twins (t2) but do not have the same recorded parents.',
      'error twin-group-size: Twin group t3 has 1 member; twins need at least two.',
      'error twin-in-two-groups: p3 is in two twin groups (t1 and t3).',
    ]);
  });
  it('warns about two partnerships between the same people and a status for a missing condition', () => {
    const d = doc([man('p1', { observations: { cx: { status: 'affected' } } }), woman('p2')], [union('u1', 'p1', 'p2'), union('u2', 'p2', 'p1')]);
    expect(messages(d)).toEqual([
      'warning dangling-reference: p1 has a status for condition "cx", which is not in this pedigree.',
      'warning duplicate-union: p2 and p1 have two partnerships (u1 and u2).',
    ]);
  });
  it('reports out-of-range values', () => {
    expect(messages(doc([man('p1', { age: 400 })]))).toEqual(['error invalid-value: p1: age must be a number of years from 0 to 150 (got 400).']);
  });
});
