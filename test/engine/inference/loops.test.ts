// Consanguinity loops are computed exactly, never ignored (DOMAIN.md §5 and §6).
import { describe, expect, it } from 'vitest';
import { AR, condition, pedigree } from './pedigreeBuilder.ts';
import { expectAgreement } from './agreement.ts';

//      G1 □──○ G2
//        ┌───┴───┐
//  S1 ○──□ A     ○ B──□ S2
//        │         │
//        □ C1 ══ ○ C2      (first cousins)
//             │
//             ■ X
function firstCousinChild() {
  return pedigree(
    [
      { id: 'G1', sex: 'M' },
      { id: 'G2', sex: 'F' },
      { id: 'A', sex: 'M' },
      { id: 'B', sex: 'F' },
      { id: 'S1', sex: 'F' },
      { id: 'S2', sex: 'M' },
      { id: 'C1', sex: 'M' },
      { id: 'C2', sex: 'F' },
      { id: 'X', sex: 'M', status: 'affected' },
    ],
    [['G1', 'G2', ['A', 'B']], ['A', 'S1', ['C1']], ['S2', 'B', ['C2']], ['C1', 'C2', ['X']]],
  );
}

describe('exact inference with loops', () => {
  it('gives L = q² + q(1−q)/16 for an affected AR child of first cousins', () => {
    const q = 0.01;
    const { exact } = expectAgreement(firstCousinChild(), condition({ penetrance: AR, q }), [{ father: 'C1', mother: 'C2', sex: 'F' }]);
    expect(exact.likelihood).toBeCloseTo(q * q + (q * (1 - q)) / 16, 15);
    expect(Math.abs(exact.likelihood / (q * q + (q * (1 - q)) / 16) - 1)).toBeLessThan(1e-9);
    // Both parents must be carriers; the next child's risk is at least 1/4 (more if a parent is d/d).
    expect(exact.people.C1!.carrier).toBe(1);
    expect(exact.nextChildren[0]!.affected).toBeGreaterThan(0.25);
    expect(exact.nextChildren[0]!.affected).toBeLessThan(0.27);
  });

  it('gives the parent linking the loop a carrier probability of about 0.95 (q = 0.01), not the loop-ignoring 0.5', () => {
    // DOMAIN.md §6: ignoring the loop treats C1's and C2's carrier states as independent, so A
    // looks like any parent of one carrier; through the loop both of X's d copies likely came down from G1 × G2.
    const { exact } = expectAgreement(firstCousinChild(), condition({ penetrance: AR, q: 0.01 }));
    expect(exact.people.A!.carrier).toBeGreaterThan(0.94);
    expect(exact.people.A!.carrier).toBeLessThan(0.96);
    expect(exact.people.S1!.carrier).toBeLessThan(0.1);
  });

  it('gives L = q² + q(1−q)/8 for an affected AR child of half-siblings', () => {
    //  M1 ○──□ F ──○ M2
    //        │     │
    //        □ A ══ ○ B
    //            │
    //            ■ X
    const doc = pedigree(
      [
        { id: 'F', sex: 'M' },
        { id: 'M1', sex: 'F' },
        { id: 'M2', sex: 'F' },
        { id: 'A', sex: 'M' },
        { id: 'B', sex: 'F' },
        { id: 'X', sex: 'F', status: 'affected' },
      ],
      [['F', 'M1', ['A']], ['F', 'M2', ['B']], ['A', 'B', ['X']]],
    );
    const q = 0.02;
    const { exact } = expectAgreement(doc, condition({ penetrance: AR, q }));
    expect(Math.abs(exact.likelihood / (q * q + (q * (1 - q)) / 8) - 1)).toBeLessThan(1e-9);
  });

  it('matches enumeration for an X-linked recessive family with a first-cousin marriage', () => {
    const doc = pedigree(
      [
        { id: 'G1', sex: 'M', status: 'unaffected' },
        { id: 'G2', sex: 'F' },
        { id: 'A', sex: 'F' },
        { id: 'B', sex: 'F' },
        { id: 'S1', sex: 'M', status: 'unaffected' },
        { id: 'S2', sex: 'M', status: 'unaffected' },
        { id: 'C1', sex: 'M', status: 'affected' },
        { id: 'C2', sex: 'F', status: 'unaffected' },
        { id: 'X', sex: 'F', status: 'affected' },
        { id: 'Y', sex: 'M', status: 'unaffected' },
      ],
      [['G1', 'G2', ['A', 'B']], ['S1', 'A', ['C1']], ['S2', 'B', ['C2']], ['C1', 'C2', ['X', 'Y']]],
    );
    const xr = condition({ penetrance: AR, chromosome: 'X', malePenetrance: { '+': 0, d: 1 }, q: 0.01 });
    const { exact } = expectAgreement(doc, xr, [{ father: 'C1', mother: 'C2', sex: 'M' }]);
    // X (affected girl) has her father's X (d) and must have a d from her mother.
    expect(exact.people.X!.genotype['d/d']).toBe(1);
    expect(exact.people.C2!.carrier).toBe(1);
  });

  it('matches enumeration for double first cousins (two loops)', () => {
    // Two brothers marry two sisters; their children marry.
    const doc = pedigree(
      [
        { id: 'P1', sex: 'M' },
        { id: 'P2', sex: 'F' },
        { id: 'Q1', sex: 'M' },
        { id: 'Q2', sex: 'F' },
        { id: 'A1', sex: 'M' },
        { id: 'A2', sex: 'M' },
        { id: 'B1', sex: 'F' },
        { id: 'B2', sex: 'F' },
        { id: 'C', sex: 'M', status: 'unaffected' },
        { id: 'D', sex: 'F' },
        { id: 'X', sex: 'M', status: 'affected' },
      ],
      [['P1', 'P2', ['A1', 'A2']], ['Q1', 'Q2', ['B1', 'B2']], ['A1', 'B1', ['C']], ['A2', 'B2', ['D']], ['C', 'D', ['X']]],
    );
    const q = 0.05;
    const { exact } = expectAgreement(doc, condition({ penetrance: { '+/+': 0.01, '+/d': 0.1, 'd/+': 0.2, 'd/d': 0.95 }, q }));
    expect(exact.largestClique).toBeGreaterThanOrEqual(4);
  });
});
