// The two worked examples of the issue: the GNAS switch and the SDHD chain (DOMAIN.md §3, §5).
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/engine/genetics/condition.ts';
import { cross, type CrossDistribution } from '../../../src/engine/genetics/cross.ts';
import type { OrderedGenotype } from '../../../src/engine/genetics/genotype.ts';
import { presetById } from '../../../src/engine/genetics/presets/index.ts';

const gnas = presetById('gnas')!;
const sdhd = presetById('sdhd')!;

function autosomal(c: Condition, father: OrderedGenotype, mother: OrderedGenotype): CrossDistribution {
  const r = cross(c, father, mother);
  if (r.chromosome !== 'autosomal') throw new Error('expected autosomal');
  return r;
}
const row = (d: CrossDistribution, g: string) => d.children.find((c) => c.genotype === g)!;

describe('GNAS: the phenotype follows the sex of the transmitting parent', () => {
  //   I-1 (d/+ father's copy)  ─┬─  I-2
  //            II-1 woman d/+ : PPHP/POH   ×  II-2 man +/+
  //                 III-1 +/d : PHP1a
  it('gives a woman whose variant came from her father children with PHP1a when they inherit it', () => {
    const children = autosomal(gnas, '+/+', 'd/+');
    const carrier = row(children, '+/d');
    expect(carrier.probability).toBe(0.59);
    expect(carrier.phenotypes).toEqual({ PHP1a: 1 });
    expect(children.affected).toBe(0.59);
    expect(row(children, 'd/+').probability).toBe(0);
  });

  it('gives her carrier son’s children PPHP, POH or osteoma cutis, never PHP1a', () => {
    const children = autosomal(gnas, '+/d', '+/+');
    const carrier = row(children, 'd/+');
    expect(carrier.probability).toBe(0.5);
    expect(carrier.phenotypes).toEqual({ PPHP: 0.8, POH: 0.1, 'osteoma cutis': 0.1 });
    expect(row(children, '+/d').probability).toBe(0);
    expect(children.affected).toBe(0.5);
  });

  it('treats a child with both copies inactivated as non-viable', () => {
    const children = autosomal(gnas, 'd/+', '+/d');
    const dd = row(children, 'd/d');
    expect(dd.viable).toBe(false);
    expect(dd.probability).toBeCloseTo(0.5 * 0.59, 15);
    expect(children.viable).toBeCloseTo(1 - 0.5 * 0.59, 15);
  });

  it('uses the user’s own PPHP/POH/osteoma cutis shares when they are changed', () => {
    const custom = structuredClone(gnas);
    custom.phenotypes!['d/+'] = [
      { label: 'PPHP', probability: 0.5 },
      { label: 'POH', probability: 0.5 },
    ];
    expect(row(autosomal(custom, 'd/+', '+/+'), 'd/+').phenotypes).toEqual({ PPHP: 0.5, POH: 0.5 });
  });
});

/** Mix crosses over an uncertain parent: Σ P(parent genotype) × cross. */
function childOfUncertain(parent: CrossDistribution, parentSex: 'father' | 'mother', partner: OrderedGenotype) {
  let carrier = 0;
  let affected = 0;
  const genotypes: Record<string, number> = {};
  for (const p of parent.children) {
    if (p.probability === 0) continue;
    const g = p.genotype as OrderedGenotype;
    const kids = parentSex === 'father' ? autosomal(sdhd, g, partner) : autosomal(sdhd, partner, g);
    for (const k of kids.children) {
      genotypes[k.genotype] = (genotypes[k.genotype] ?? 0) + p.probability * k.probability;
      if (k.genotype !== '+/+') carrier += p.probability * k.probability;
    }
    affected += p.probability * kids.affected;
  }
  return { carrier, affected, asDistribution: { children: Object.entries(genotypes).map(([genotype, probability]) => ({ genotype, probability })) } };
}

describe('SDHD worked example (DOMAIN.md §5, penetrance 0.87 by 70)', () => {
  //  I-1 affected man d/+  ─┬─  I-2 +/+
  //        ┌────────────────┴──────┐
  //   II-1 son  ×  +/+       II-2 daughter  ×  +/+
  //       III-1                    III-2 son  ×  +/+
  //                                      IV-1
  const generation2 = autosomal(sdhd, 'd/+', '+/+');

  it('gives a son or daughter of the affected man carrier 1/2 and affected 0.435', () => {
    expect(row(generation2, 'd/+').probability).toBe(0.5);
    expect(generation2.affected).toBeCloseTo(0.435, 12);
  });

  it('gives the son’s child carrier 1/4 and affected 0.2175', () => {
    const child = childOfUncertain(generation2, 'father', '+/+');
    expect(child.carrier).toBeCloseTo(0.25, 12);
    expect(child.affected).toBeCloseTo(0.2175, 12);
  });

  it('gives the daughter’s child carrier 1/4 and affected ≈ 0 (silent maternal copy)', () => {
    const child = childOfUncertain(generation2, 'mother', '+/+');
    expect(child.carrier).toBeCloseTo(0.25, 12);
    expect(child.affected).toBe(0);
  });

  it('gives the daughter’s son’s child carrier 1/8 and affected 0.109', () => {
    const daughtersSon = childOfUncertain(generation2, 'mother', '+/+').asDistribution as CrossDistribution;
    const child = childOfUncertain(daughtersSon, 'father', '+/+');
    expect(child.carrier).toBeCloseTo(0.125, 12);
    expect(child.affected).toBeCloseTo(0.10875, 12);
  });

  it('scales the risk by the age-of-onset curve: 54% by 40, 68% by 60, 87% by 70', () => {
    const carrierAffected = (age: number) => {
      const r = cross(sdhd, 'd/+', '+/+', { age });
      if (r.chromosome !== 'autosomal') throw new Error('expected autosomal');
      return row(r, 'd/+').affected;
    };
    expect(carrierAffected(40)).toBeCloseTo(0.54, 12);
    expect(carrierAffected(60)).toBeCloseTo(0.68, 12);
    expect(carrierAffected(70)).toBeCloseTo(0.87, 12);
    expect(carrierAffected(90)).toBeCloseTo(0.87, 12);
    expect(carrierAffected(5)).toBe(0);
  });
});
