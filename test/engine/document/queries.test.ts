import { describe, expect, it } from 'vitest';
import {
  childrenOf,
  founders,
  gameteOf,
  halfSiblingsOf,
  indexDocument,
  parentsOf,
  partnersOf,
  personById,
  siblingsOf,
  twinGroupOf,
  unionsOf,
} from '../../../src/engine/document/queries.ts';
import { emptyDocument } from '../../../src/engine/document/create.ts';
import { child, doc, firstCousinFamily, man, twins, union, unknownSex, woman } from '../../fixtures/documents.ts';

describe('gameteOf', () => {
  it('follows sex assigned at birth when it is recorded, whatever the gender', () => {
    expect(gameteOf({ gender: 'woman', sexAssignedAtBirth: 'AMAB' })).toBe('sperm');
    expect(gameteOf({ gender: 'man', sexAssignedAtBirth: 'AFAB' })).toBe('egg');
    expect(gameteOf({ gender: 'man', sexAssignedAtBirth: 'UAAB' })).toBe('unknown');
  });
  it('falls back to gender: man gives sperm, woman an egg, others unknown', () => {
    expect(gameteOf({ gender: 'man' })).toBe('sperm');
    expect(gameteOf({ gender: 'woman' })).toBe('egg');
    expect(gameteOf({ gender: 'nonbinary' })).toBe('unknown');
    expect(gameteOf({ gender: 'unknown' })).toBe('unknown');
  });
});

describe('parentsOf', () => {
  it('names the sperm-giver father even when listed second in the union', () => {
    const d = doc([woman('m'), man('f'), child(man('c'), 'u1')], [union('u1', 'm', 'f')]);
    expect(parentsOf(d, 'c')).toEqual({ father: 'f', mother: 'm', parents: ['m', 'f'] });
  });
  it('gives the complementary role to a partner of unknown sex', () => {
    const d = doc([unknownSex('x'), woman('m'), child(man('c'), 'u1')], [union('u1', 'x', 'm')]);
    expect(parentsOf(d, 'c')).toEqual({ father: 'x', mother: 'm', parents: ['x', 'm'] });
  });
  it('assigns no roles when both parents give sperm', () => {
    const d = doc([man('a'), man('b'), child(man('c'), 'u1')], [union('u1', 'a', 'b')]);
    expect(parentsOf(d, 'c')).toEqual({ parents: ['a', 'b'] });
  });
  it('records a single parent by their gamete', () => {
    const d = doc([woman('m'), child(woman('c'), 'm', false), unknownSex('x'), child(man('d'), 'x', false)]);
    expect(parentsOf(d, 'c')).toEqual({ mother: 'm', parents: ['m'] });
    expect(parentsOf(d, 'd')).toEqual({ parents: ['x'] });
    expect(parentsOf(d, 'm')).toEqual({ parents: [] });
  });
});

describe('family queries', () => {
  /**
   *  p2 ─┬─ p1 ─┬─ p3 ─┬─ p4        p1 has three partners; p1 and p4 childless;
   *      c1     c2 c3               s1 is p1's single-parent child; t1 = MZ (c2, c3)
   */
  const threePartners = doc(
    [
      man('p1', { name: 'Abe' }),
      woman('p2'),
      woman('p3'),
      woman('p4'),
      child(man('c1'), 'u1'),
      child(woman('c2'), 'u2'),
      child(woman('c3'), 'u2'),
      child(man('s1'), 'p1', false),
    ],
    [union('u1', 'p1', 'p2'), union('u2', 'p1', 'p3'), union('u3', 'p1', 'p4')],
    [twins('t1', 'MZ', 'c2', 'c3')],
  );

  it('lists a person’s unions, partners and children across every union', () => {
    expect(unionsOf(threePartners, 'p1').map((u) => u.id)).toEqual(['u1', 'u2', 'u3']);
    expect(partnersOf(threePartners, 'p1')).toEqual(['p2', 'p3', 'p4']);
    expect(childrenOf(threePartners, 'p1')).toEqual(['c1', 'c2', 'c3', 's1']);
    expect(childrenOf(threePartners, 'u2')).toEqual(['c2', 'c3']);
    expect(childrenOf(threePartners, 'u3')).toEqual([]);
    expect(childrenOf(threePartners, 'p4')).toEqual([]);
  });
  it('separates full siblings from half-siblings', () => {
    expect(siblingsOf(threePartners, 'c2')).toEqual(['c3']);
    expect(halfSiblingsOf(threePartners, 'c2')).toEqual(['c1', 's1']);
    expect(siblingsOf(threePartners, 's1')).toEqual([]);
  });
  it('finds founders, people and twin groups', () => {
    expect(founders(threePartners)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(personById(threePartners, 'p1')?.name).toBe('Abe');
    expect(personById(threePartners, 'nobody')).toBeUndefined();
    expect(twinGroupOf(threePartners, 'c3')?.id).toBe('t1');
    expect(twinGroupOf(threePartners, 'c1')).toBeUndefined();
  });
  it('answers about first cousins who married', () => {
    const d = firstCousinFamily();
    expect(parentsOf(d, 'p9')).toEqual({ father: 'p7', mother: 'p8', parents: ['p7', 'p8'] });
    expect(founders(d)).toEqual(['p1', 'p2', 'p5', 'p6']);
  });
  it('builds the index once per document object', () => {
    const d = firstCousinFamily();
    expect(indexDocument(d)).toBe(indexDocument(d));
    expect(indexDocument(emptyDocument()).persons.size).toBe(0);
  });
});

describe('speed', () => {
  it('indexes 10,000 people and answers 10,000 parent queries in under two seconds', () => {
    // A chain of couples: each generation's son marries a founder woman.
    const persons = [man('p0')];
    const unions = [];
    for (let i = 1; i < 5000; i++) {
      persons.push(woman(`w${i}`));
      unions.push(union(`u${i}`, `p${i - 1}`, `w${i}`));
      persons.push(child(man(`p${i}`), `u${i}`));
    }
    const d = doc(persons, unions);
    const start = performance.now();
    let found = 0;
    for (const p of d.persons) if (parentsOf(d, p.id).father) found++;
    expect(found).toBe(4999);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
