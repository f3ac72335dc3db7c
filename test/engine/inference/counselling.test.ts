// Counselling numbers worked by hand (DOMAIN.md §5) and confirmed by enumeration.
import { describe, expect, it } from 'vitest';
import { condition, pedigree, PAT } from './pedigreeBuilder.ts';
import { expectAgreement } from './agreement.ts';

describe('counselling cases', () => {
  it('gives a woman with an affected brother and uncle and two unaffected sons a carrier risk of 1/5', () => {
    //        GGF □──○ GGM
    //          ┌───┴───┐
    //       UU ■       ○ GM──□ GF
    //                  ┌─┴──┐
    //                U ■    ○ W──□ H
    //                       ┌─┴─┐
    //                      □ S1 □ S2
    // GM is an obligate carrier (affected son and affected brother), so W's prior is 1/2;
    // two unaffected sons: 1/2·(1/2)² / (1/2·(1/2)² + 1/2) = 1/5.
    const doc = pedigree(
      [
        { id: 'GGF', sex: 'M', status: 'unaffected' },
        { id: 'GGM', sex: 'F', status: 'unaffected' },
        { id: 'UU', sex: 'M', status: 'affected' },
        { id: 'GM', sex: 'F', status: 'unaffected' },
        { id: 'GF', sex: 'M', status: 'unaffected' },
        { id: 'U', sex: 'M', status: 'affected' },
        { id: 'W', sex: 'F', status: 'unaffected' },
        { id: 'H', sex: 'M', status: 'unaffected' },
        { id: 'S1', sex: 'M', status: 'unaffected' },
        { id: 'S2', sex: 'M', status: 'unaffected' },
      ],
      [['GGF', 'GGM', ['UU', 'GM']], ['GF', 'GM', ['U', 'W']], ['H', 'W', ['S1', 'S2']]],
    );
    const xr = condition({
      penetrance: { '+/+': 0, '+/d': 0, 'd/+': 0, 'd/d': 1 },
      chromosome: 'X',
      malePenetrance: { '+': 0, d: 1 },
      q: 1e-7,
    });
    const { exact } = expectAgreement(doc, xr, [{ father: 'H', mother: 'W', sex: 'M' }]);
    expect(exact.people.W!.carrier).toBeCloseTo(1 / 5, 5);
    expect(exact.people.GM!.carrier).toBeCloseTo(1, 5);
    expect(exact.nextChildren[0]!.affected).toBeCloseTo(1 / 10, 5);
    expect(exact.people.S1!.paternalVariant).toBeNull();
  });

  it('lowers the carrier risk of a son unaffected at 70 to 0.115 (SDHD Bayes step)', () => {
    //  I-1 ■──○ I-2 (non-carrier)
    //        │
    //  II-1  □ unaffected at 70 ──○ wife (non-carrier)
    // Paternally expressed, penetrance 0.87 by 70: P(carrier) = 0.5·0.13/(0.5·0.13+0.5) = 0.115,
    // child risk 0.115 × 1/2 × 0.87 ≈ 0.050.
    const doc = pedigree(
      [
        { id: 'I1', sex: 'M', status: 'affected' },
        { id: 'I2', sex: 'F', genotype: '+/+' },
        { id: 'II1', sex: 'M', status: 'unaffected', age: 70 },
        { id: 'W', sex: 'F', genotype: '+/+' },
      ],
      [['I1', 'I2', ['II1']]],
    );
    const sdhd = condition({ penetrance: { '+/+': 0, '+/d': 0, 'd/+': 0.87, 'd/d': 0.87 }, q: 1e-9 });
    const { exact } = expectAgreement(doc, sdhd, [{ father: 'II1', mother: 'W', sex: 'F' }]);
    const expected = (0.5 * 0.13) / (0.5 * 0.13 + 0.5);
    expect(exact.people.II1!.carrier).toBeCloseTo(expected, 6);
    expect(exact.people.II1!.carrier).toBeCloseTo(0.115, 3);
    expect(exact.nextChildren[0]!.affected).toBeCloseTo(expected * 0.5 * 0.87, 6);
    expect(exact.nextChildren[0]!.affected).toBeCloseTo(0.05, 2);
  });

  it('uses the age-of-onset curve: a son unaffected at 40 stays a likelier carrier than one unaffected at 70', () => {
    // Hensen et al. 2010: 54% by 40, 68% by 60, 87% by 70 (lifetime penetrance 0.87 here, curve relative to it).
    const curve = { points: [{ age: 20, fraction: 0 }, { age: 40, fraction: 0.54 / 0.87 }, { age: 60, fraction: 0.68 / 0.87 }, { age: 70, fraction: 1 }] };
    const sdhd = condition({ penetrance: { '+/+': 0, '+/d': 0, 'd/+': 0.87, 'd/d': 0.87 }, q: 1e-9, ageOfOnset: curve });
    const family = (age: number) =>
      pedigree(
        [
          { id: 'I1', sex: 'M', status: 'affected', age: 45 },
          { id: 'I2', sex: 'F', genotype: '+/+' },
          { id: 'II1', sex: 'M', status: 'unaffected', age },
        ],
        [['I1', 'I2', ['II1']]],
      );
    const at40 = expectAgreement(family(40), sdhd).exact.people.II1!;
    const at70 = expectAgreement(family(70), sdhd).exact.people.II1!;
    expect(at40.carrier).toBeCloseTo((0.5 * 0.46) / (0.5 * 0.46 + 0.5), 6);
    expect(at70.carrier).toBeCloseTo(0.115, 3);
    // Remaining lifetime risk of the son unaffected at 40: P(carrier)·0.87·(1−F(40))/(1−0.54).
    expect(at40.affected).toBeCloseTo(at40.carrier * (0.87 - 0.54) / 0.46, 6);
    expect(at70.affected).toBe(0);
  });

  it('keeps the paternal-expression worked numbers for grandchildren (DOMAIN.md §5)', () => {
    const doc = pedigree(
      [
        { id: 'I1', sex: 'M', genotype: 'd/+' },
        { id: 'I2', sex: 'F', genotype: '+/+' },
        { id: 'Son', sex: 'M' },
        { id: 'Dau', sex: 'F' },
        { id: 'SW', sex: 'F', genotype: '+/+' },
        { id: 'DH', sex: 'M', genotype: '+/+' },
      ],
      [['I1', 'I2', ['Son', 'Dau']]],
    );
    const { exact } = expectAgreement(doc, condition({ penetrance: { ...PAT, 'd/+': 0.87, 'd/d': 0.87 }, q: 1e-12 }), [
      { father: 'Son', mother: 'SW', sex: 'M' },
      { father: 'DH', mother: 'Dau', sex: 'M' },
    ]);
    expect(exact.people.Son!.affected).toBeCloseTo(0.435, 9);
    expect(exact.nextChildren[0]!.carrier).toBeCloseTo(0.25, 9);
    expect(exact.nextChildren[0]!.affected).toBeCloseTo(0.2175, 9);
    expect(exact.nextChildren[1]!.carrier).toBeCloseTo(0.25, 9);
    expect(exact.nextChildren[1]!.affected).toBeCloseTo(0, 9);
  });
});
