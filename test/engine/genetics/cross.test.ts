import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/engine/genetics/condition.ts';
import { cross, crossProblems, type CrossDistribution } from '../../../src/engine/genetics/cross.ts';
import type { Allele, OrderedGenotype } from '../../../src/engine/genetics/genotype.ts';
import { conditionForMode, type ModeName } from '../../../src/engine/genetics/modes.ts';

// Penetrance tables written out here, independently of modes.ts (DOMAIN.md §2).
const AFFECTED: Record<'AD' | 'AR' | 'PAT' | 'MAT', (pat: Allele, mat: Allele) => boolean> = {
  AD: (p, m) => p === 'd' || m === 'd',
  AR: (p, m) => p === 'd' && m === 'd',
  PAT: (p) => p === 'd',
  MAT: (_p, m) => m === 'd',
};
const GENOTYPES: OrderedGenotype[] = ['+/+', 'd/+', '+/d', 'd/d'];
const copies = (g: string): [Allele, Allele] => [g[0] as Allele, g[2] as Allele];

/** Brute force: each parent gives each of its two copies with probability 1/2. */
function enumerate(mode: keyof typeof AFFECTED, father: OrderedGenotype, mother: OrderedGenotype) {
  const byGenotype: Record<string, number> = {};
  let affected = 0;
  for (const fromFather of copies(father)) {
    for (const fromMother of copies(mother)) {
      const child = `${fromFather}/${fromMother}`;
      byGenotype[child] = (byGenotype[child] ?? 0) + 0.25;
      if (AFFECTED[mode](fromFather, fromMother)) affected += 0.25;
    }
  }
  return { byGenotype, affected };
}

const rows = (d: CrossDistribution) => Object.fromEntries(d.children.filter((c) => c.probability > 0).map((c) => [c.genotype, c.probability]));

describe('cross, autosomal: all 16 ordered parent pairs', () => {
  const cases = (['AD', 'AR', 'PAT', 'MAT'] as const).flatMap((mode) =>
    GENOTYPES.flatMap((father) => GENOTYPES.map((mother) => [mode, father, mother] as const)),
  );
  it.each(cases)('%s: father %s × mother %s matches brute-force enumeration', (mode, father, mother) => {
    const result = cross(conditionForMode(mode as ModeName), father, mother);
    if (result.chromosome !== 'autosomal') throw new Error('expected autosomal');
    const expected = enumerate(mode, father, mother);
    expect(rows(result)).toEqual(expected.byGenotype);
    expect(result.affected).toBeCloseTo(expected.affected, 12);
    expect(result.viable).toBe(1);
  });

  it('lists the four child genotypes in the order +/+, d/+, +/d, d/d with probability 0 kept', () => {
    const result = cross(conditionForMode('AD'), '+/+', '+/+');
    if (result.chromosome !== 'autosomal') throw new Error('expected autosomal');
    expect(result.children.map((c) => [c.genotype, c.probability])).toEqual([
      ['+/+', 1],
      ['d/+', 0],
      ['+/d', 0],
      ['d/d', 0],
    ]);
  });

  it('gives the child of a carrier father under paternal expression a 1/2 risk and of a carrier mother none', () => {
    const pat = conditionForMode('PAT');
    expect(cross(pat, '+/d', '+/+')).toMatchObject({ affected: 0.5 });
    expect(cross(pat, '+/+', 'd/+')).toMatchObject({ affected: 0 });
  });
});

describe('cross, X-linked', () => {
  const MOTHERS: OrderedGenotype[] = GENOTYPES;
  const cases = (['XR', 'XD'] as const).flatMap((mode) =>
    (['+', 'd'] as const).flatMap((father) => MOTHERS.map((mother) => [mode, father, mother] as const)),
  );
  it.each(cases)('%s: father %s × mother %s — daughters get his X, sons only hers', (mode, father, mother) => {
    const result = cross(conditionForMode(mode), father, mother);
    if (result.chromosome !== 'X') throw new Error('expected X');
    const [m1, m2] = copies(mother);
    const sons: Record<string, number> = {};
    const daughters: Record<string, number> = {};
    let sonsAffected = 0;
    let daughtersAffected = 0;
    for (const fromMother of [m1, m2]) {
      sons[fromMother] = (sons[fromMother] ?? 0) + 0.5;
      if (fromMother === 'd') sonsAffected += 0.5;
      const daughter = `${father}/${fromMother}`;
      daughters[daughter] = (daughters[daughter] ?? 0) + 0.5;
      const dCount = Number(father === 'd') + Number(fromMother === 'd');
      if (mode === 'XD' ? dCount >= 1 : dCount === 2) daughtersAffected += 0.5;
    }
    expect(rows(result.sons)).toEqual(sons);
    expect(rows(result.daughters)).toEqual(daughters);
    expect(result.sons.affected).toBe(sonsAffected);
    expect(result.daughters.affected).toBe(daughtersAffected);
  });

  it('never passes an affected father’s X to a son (no male-to-male transmission)', () => {
    const result = cross(conditionForMode('XR'), 'd', '+/+');
    if (result.chromosome !== 'X') throw new Error('expected X');
    expect(rows(result.sons)).toEqual({ '+': 1 });
    expect(rows(result.daughters)).toEqual({ 'd/+': 1 });
  });

  it('explains parents that do not fit the chromosome', () => {
    expect(crossProblems(conditionForMode('XR'), '+/+', '+/d')[0]).toMatch(/father "\+\/\+".*one X/);
    expect(crossProblems(conditionForMode('XR'), 'd', 'd')[0]).toMatch(/mother "d"/);
    expect(crossProblems(conditionForMode('AD'), 'd', '+/+')[0]).toMatch(/father "d"/);
    expect(() => cross(conditionForMode('AD'), 'd', '+/+')).toThrow(/father "d"/);
  });
});

describe('cross, de novo variants and transmission ratio', () => {
  const base = (): Condition => conditionForMode('AD');

  it('adds new variants at the rate of the transmitting parent’s sex', () => {
    const c = { ...base(), deNovo: { paternal: 0.001, maternal: 0.0002 } };
    const result = cross(c, '+/+', '+/+');
    if (result.chromosome !== 'autosomal') throw new Error('expected autosomal');
    const p = Object.fromEntries(result.children.map((x) => [x.genotype, x.probability]));
    expect(p['d/+']).toBeCloseTo(0.001 * 0.9998, 15);
    expect(p['+/d']).toBeCloseTo(0.999 * 0.0002, 15);
    expect(p['d/d']).toBeCloseTo(0.001 * 0.0002, 15);
    expect(result.affected).toBeCloseTo(1 - 0.999 * 0.9998, 15);
  });

  it('lets the normal copy of a heterozygous parent mutate too: P(d) = r + (1 − r)·μ', () => {
    const c = { ...base(), deNovo: { paternal: 0.01, maternal: 0 } };
    const result = cross(c, 'd/+', '+/+');
    if (result.chromosome !== 'autosomal') throw new Error('expected autosomal');
    expect(result.children.find((x) => x.genotype === 'd/+')!.probability).toBeCloseTo(0.5 + 0.5 * 0.01, 15);
  });

  it('uses the mother’s transmission ratio for what she passes and the father’s for his', () => {
    const c = { ...base(), transmissionRatio: { paternal: 0.5, maternal: 0.59 } };
    const fromMother = cross(c, '+/+', 'd/+');
    const fromFather = cross(c, 'd/+', '+/+');
    expect(fromMother).toMatchObject({ affected: 0.59 });
    expect(fromFather).toMatchObject({ affected: 0.5 });
  });
});

describe('cross, non-viable genotypes', () => {
  it('reports d/d as non-viable per conception and rescales risk among live births', () => {
    const c: Condition = { ...conditionForMode('AD'), nonViable: ['d/d'] };
    const result = cross(c, 'd/+', '+/d');
    if (result.chromosome !== 'autosomal') throw new Error('expected autosomal');
    const dd = result.children.find((x) => x.genotype === 'd/d')!;
    expect(dd).toEqual({ genotype: 'd/d', probability: 0.25, viable: false, affected: 0, phenotypes: {} });
    expect(result.viable).toBe(0.75);
    expect(result.affected).toBe(0.5);
    expect(result.affectedAmongLiveBirths).toBeCloseTo(2 / 3, 15);
  });
});
