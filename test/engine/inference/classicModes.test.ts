// Exact inference against brute-force enumeration for the classic modes and the two
// imprinting modes (DOMAIN.md §2 and §5).
import { describe, expect, it } from 'vitest';
import { inferPedigree } from '../../../src/engine/inference/infer.ts';
import { AD, AR, MAT, PAT, condition, pedigree } from './pedigreeBuilder.ts';
import { expectAgreement } from './agreement.ts';

describe('exact inference for the classic modes', () => {
  it('matches enumeration for an AD trio with an affected father and child', () => {
    //  F ■──○ M
    //      │
    //      ■ C
    const doc = pedigree(
      [{ id: 'F', sex: 'M', status: 'affected' }, { id: 'M', sex: 'F', status: 'unaffected' }, { id: 'C', sex: 'M', status: 'affected' }],
      [['F', 'M', ['C']]],
    );
    const q = 0.01;
    const { exact } = expectAgreement(doc, condition({ penetrance: AD, q }), [{ father: 'F', mother: 'M', sex: 'F' }]);
    // By hand: P(F aff) = 1−(1−q)², M is +/+ (weight (1−q)²); F heterozygous (2q(1−q)) gives d
    // with 1/2, d/d (q²) always: L = (1−q)² · (q(1−q) + q²).
    expect(exact.likelihood).toBeCloseTo((1 - q) ** 2 * (q * (1 - q) + q * q), 15);
    // The next child is affected when F passes d: P = (q(1−q)·½ + q²) / (q(1−q) + q²) = (1+q)/2 … without M.
    expect(exact.nextChildren[0]!.affected).toBeCloseTo((q * (1 - q) * 0.5 + q * q) / (q * (1 - q) + q * q), 12);
  });

  it('matches enumeration for an AR sibship and gives an unaffected sib a carrier risk of about 2/3', () => {
    //  F □──○ M
    //   ┌───┼───┐
    //   ■   ●   □ S
    const doc = pedigree(
      [
        { id: 'F', sex: 'M', status: 'unaffected' },
        { id: 'M', sex: 'F', status: 'unaffected' },
        { id: 'A1', sex: 'M', status: 'affected' },
        { id: 'A2', sex: 'F', status: 'affected' },
        { id: 'S', sex: 'M', status: 'unaffected' },
      ],
      [['F', 'M', ['A1', 'A2', 'S']]],
    );
    const { exact } = expectAgreement(doc, condition({ penetrance: AR, q: 1e-4 }), [{ father: 'F', mother: 'M', sex: 'M' }]);
    expect(exact.people.S!.carrier).toBeCloseTo(2 / 3, 3);
    expect(exact.nextChildren[0]!.affected).toBeCloseTo(1 / 4, 3);
  });

  it('lets a paternally expressed variant pass silently through a woman over four generations', () => {
    //  I:   G ■──○ Gw
    //           │
    //  II:      ● D (affected: d on her father's copy)──□ Dh
    //           │
    //  III:     □ S (unaffected: d on his mother's copy, silent)──○ Sw
    //           │
    //  IV:      ■ P (affected: d back on a father's copy)
    const doc = pedigree(
      [
        { id: 'G', sex: 'M', status: 'affected' },
        { id: 'Gw', sex: 'F', status: 'unaffected' },
        { id: 'D', sex: 'F', status: 'affected' },
        { id: 'Dh', sex: 'M', status: 'unaffected' },
        { id: 'S', sex: 'M', status: 'unaffected' },
        { id: 'Sw', sex: 'F', status: 'unaffected' },
        { id: 'P', sex: 'M', status: 'affected' },
      ],
      [['G', 'Gw', ['D']], ['Dh', 'D', ['S']], ['S', 'Sw', ['P']]],
    );
    const { exact } = expectAgreement(doc, condition({ penetrance: PAT, q: 0.001 }), [
      { father: 'S', mother: 'Sw', sex: 'F' },
      { father: 'Dh', mother: 'D', sex: 'M' },
    ]);
    expect(exact.people.D!.paternalVariant).toBe(1);
    // The unaffected son carries it on his mother's copy, silent in him.
    expect(exact.people.S!.maternalVariant).toBeGreaterThan(0.99);
    expect(exact.people.S!.paternalVariant).toBe(0);
    // His next child is at 1/2 risk; his affected mother's next child only gets a silent copy.
    expect(exact.nextChildren[0]!.affected).toBeCloseTo(0.5, 2);
    expect(exact.nextChildren[1]!.affected).toBeLessThan(0.002);
  });

  it('mirrors the pattern for a maternally expressed gene passing silently through a man', () => {
    const doc = pedigree(
      [
        { id: 'G', sex: 'F', status: 'affected' },
        { id: 'Gh', sex: 'M', status: 'unaffected' },
        { id: 'D', sex: 'M', status: 'affected' },
        { id: 'Dw', sex: 'F', status: 'unaffected' },
        { id: 'S', sex: 'F', status: 'unaffected' },
        { id: 'Sh', sex: 'M', status: 'unaffected' },
        { id: 'P', sex: 'F', status: 'affected' },
      ],
      [['Gh', 'G', ['D']], ['D', 'Dw', ['S']], ['Sh', 'S', ['P']]],
    );
    const { exact } = expectAgreement(doc, condition({ penetrance: MAT, q: 0.001 }), [
      { father: 'Sh', mother: 'S', sex: 'M' },
      { father: 'D', mother: 'Dw', sex: 'F' },
    ]);
    expect(exact.people.D!.maternalVariant).toBe(1);
    expect(exact.people.S!.paternalVariant).toBeGreaterThan(0.99);
    expect(exact.people.S!.maternalVariant).toBe(0);
    expect(exact.nextChildren[0]!.affected).toBeCloseTo(0.5, 2);
    expect(exact.nextChildren[1]!.affected).toBeLessThan(0.002);
  });

  it('keeps paternal and maternal copies apart when all four penetrances differ', () => {
    const penetrance = { '+/+': 0.02, '+/d': 0.3, 'd/+': 0.7, 'd/d': 0.9 };
    const cond = condition({ penetrance, q: 0.05 });
    // A father known to be d/d and a mother known +/+ can only have d/+ children.
    const known = pedigree(
      [{ id: 'F', sex: 'M', genotype: 'd/d' }, { id: 'M', sex: 'F', genotype: '+/+' }, { id: 'C', sex: 'F' }],
      [['F', 'M', ['C']]],
    );
    const r = inferPedigree(known, cond, { nextChildren: [{ father: 'F', mother: 'M', sex: 'M' }] });
    if (r.kind !== 'exact') throw new Error(r.kind);
    expect(r.people.C!.genotype['d/+']).toBe(1);
    expect(r.people.C!.affected).toBeCloseTo(0.7, 15);
    expect(r.nextChildren[0]!.affected).toBeCloseTo(0.7, 15);
    // An asymmetric three-generation family agrees with enumeration.
    const doc = pedigree(
      [
        { id: 'A', sex: 'M', status: 'affected' },
        { id: 'B', sex: 'F', status: 'unaffected' },
        { id: 'C', sex: 'F', status: 'affected' },
        { id: 'D', sex: 'M' },
        { id: 'E', sex: 'M', status: 'unaffected' },
        { id: 'G', sex: 'F', status: 'affected' },
      ],
      [['A', 'B', ['C', 'E']], ['D', 'C', ['G']]],
    );
    expectAgreement(doc, cond, [{ father: 'D', mother: 'C', sex: 'F' }, { father: 'E', mother: 'G', sex: 'M' }]);
  });
});
