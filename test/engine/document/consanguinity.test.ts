import { describe, expect, it } from 'vitest';
import { consanguineousUnions, isConsanguineous } from '../../../src/engine/document/consanguinity.ts';
import { ancestryCycles } from '../../../src/engine/document/cycles.ts';
import { child, doc, firstCousinFamily, man, union, woman } from '../../fixtures/documents.ts';

describe('consanguinity', () => {
  it('detects first cousins (shared grandparents) and no other union', () => {
    const d = firstCousinFamily();
    expect(consanguineousUnions(d)).toEqual(['u4']);
    expect(isConsanguineous(d, 'u1')).toBe(false);
  });
  it('detects an uncle–niece union', () => {
    //  p1 ─┬─ p2 ; p3 and p4 children ; p4 ─┬─ p5 ; p6 their daughter ; p3 ─┬─ p6
    const d = doc(
      [man('p1'), woman('p2'), child(man('p3'), 'u1'), child(woman('p4'), 'u1'), man('p5'), child(woman('p6'), 'u2')],
      [union('u1', 'p1', 'p2'), union('u2', 'p5', 'p4'), union('u3', 'p3', 'p6')],
    );
    expect(consanguineousUnions(d)).toEqual(['u3']);
  });
  it('detects a union of a person with their own descendant through one recorded parent', () => {
    const d = doc([man('p1'), child(woman('p2'), 'p1', false)], [union('u1', 'p1', 'p2')]);
    expect(consanguineousUnions(d)).toEqual(['u1']);
  });
  it('includes unions the user asserted as consanguineous without known shared ancestry', () => {
    const d = doc([man('p1'), woman('p2')], [union('u1', 'p1', 'p2', { consanguineous: true })]);
    expect(consanguineousUnions(d)).toEqual(['u1']);
  });
  it('stays finite on cyclic (invalid) data', () => {
    const d = doc([man('p1', { singleParent: 'p2' }), woman('p2', { singleParent: 'p1' })], [union('u1', 'p1', 'p2')]);
    expect(consanguineousUnions(d)).toEqual(['u1']);
    expect(ancestryCycles(d)).toEqual([['p1', 'p2']]);
  });
  it('checks 5,000 unions in a 10,000-person chain of cousin marriages in under two seconds (a loaded CI machine)', () => {
    // Generation i: a brother-and-sister pair from union u(i-1); the brother marries the
    // daughter of the previous generation's sister line, so every union is consanguineous
    // from the third generation on and ancestries are deep.
    const persons = [man('a0'), woman('b0')];
    const unions = [union('u0', 'a0', 'b0')];
    for (let i = 1; i < 5000; i++) {
      persons.push(child(man(`a${i}`), `u${i - 1}`), child(woman(`b${i}`), `u${i - 1}`));
      unions.push(union(`u${i}`, `a${i}`, `b${i}`));
    }
    const d = doc(persons, unions);
    const start = performance.now();
    const found = consanguineousUnions(d);
    const ms = performance.now() - start;
    expect(found).toHaveLength(4999);
    expect(ms).toBeLessThan(2000);
  });
});
