// Property: every exact offspring distribution is a probability distribution, for random
// valid conditions and any parents that fit the chromosome.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/engine/genetics/condition.ts';
import { cross, type CrossDistribution } from '../../../src/engine/genetics/cross.ts';
import { HEMIZYGOUS_GENOTYPES, ORDERED_GENOTYPES } from '../../../src/engine/genetics/genotype.ts';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { validateCondition } from '../../../src/engine/genetics/validateCondition.ts';

const prob = fc.double({ min: 0, max: 1, noNaN: true });

const conditionArb = fc
  .record({
    x: fc.boolean(),
    pen: fc.tuple(prob, prob, prob, prob),
    male: fc.tuple(prob, prob),
    deNovo: fc.tuple(prob, prob),
    ratio: fc.tuple(prob, prob),
    nonViable: fc.subarray(['d/+', '+/d', 'd/d', 'd'] as const),
    split: prob,
    age: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  })
  .map(({ x, pen, male, deNovo, ratio, nonViable, split, age }) => {
    const c: Condition = {
      ...conditionForMode(x ? 'XR' : 'AR'),
      penetrance: { '+/+': pen[0], 'd/+': pen[1], '+/d': pen[2], 'd/d': pen[3] },
      deNovo: { paternal: deNovo[0], maternal: deNovo[1] },
      transmissionRatio: { paternal: ratio[0], maternal: ratio[1] },
      nonViable: nonViable.filter((g) => x || g !== 'd'),
      phenotypes: { 'd/+': [{ label: 'A', probability: split }, { label: 'B', probability: 1 - split }] },
      ageOfOnset: { points: [{ age: 10, fraction: 0 }, { age: 50, fraction: 1 }] },
    };
    if (x) c.malePenetrance = { '+': male[0], d: male[1] };
    return { c, age };
  });

function expectDistribution(d: CrossDistribution) {
  const total = d.children.reduce((s, c) => s + c.probability, 0);
  expect(total).toBeCloseTo(1, 12);
  for (const c of d.children) {
    expect(c.probability).toBeGreaterThanOrEqual(0);
    const phenotypeSum = Object.values(c.phenotypes).reduce((s, p) => s + p, 0);
    expect(phenotypeSum).toBeCloseTo(c.affected, 12);
  }
  expect(d.affected).toBeLessThanOrEqual(d.viable + 1e-12);
  expect(d.affectedAmongLiveBirths).toBeLessThanOrEqual(1 + 1e-12);
}

describe('cross (property)', () => {
  it('sums to 1 for random valid conditions and parents, with phenotype shares summing to the risk', () => {
    fc.assert(
      fc.property(conditionArb, fc.nat(3), fc.nat(3), ({ c, age }, fi, mi) => {
        expect(validateCondition(c)).toEqual([]);
        const father = c.chromosome === 'X' ? HEMIZYGOUS_GENOTYPES[fi % 2]! : ORDERED_GENOTYPES[fi]!;
        const result = cross(c, father, ORDERED_GENOTYPES[mi]!, { age });
        if (result.chromosome === 'X') {
          expectDistribution(result.sons);
          expectDistribution(result.daughters);
        } else expectDistribution(result);
      }),
      { numRuns: 1000, seed: 20261125 },
    );
  });
});
