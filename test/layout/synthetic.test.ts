// Large seeded pedigrees (test/fixtures/synthetic.ts): the guarantees hold at scale, and the
// loop-free ones meet the acceptance bar of 100% partners on one row and ≥98% adjacent.
import { describe, expect, it } from 'vitest';
import { layoutPedigree } from '../../src/layout/layoutPedigree.ts';
import { syntheticPedigree } from '../fixtures/synthetic.ts';
import { guarantees, PERFECT } from './fixtures/guarantees.ts';

describe('synthetic pedigrees', () => {
  it('makes the same 500-person document for the same seed and a different one for another seed', () => {
    const a = syntheticPedigree({ people: 500, seed: 1 });
    expect(a.persons).toHaveLength(500);
    expect(JSON.stringify(syntheticPedigree({ people: 500, seed: 1 }))).toBe(JSON.stringify(a));
    expect(JSON.stringify(syntheticPedigree({ people: 500, seed: 2 }))).not.toBe(JSON.stringify(a));
  });

  it('makes about 15% of unions between first cousins when asked', () => {
    const d = syntheticPedigree({ people: 3600, cousinUnionRate: 0.15 });
    const parentsOf = new Map(d.persons.map((p) => [p.id, p.parentUnion]));
    const unionOf = new Map(d.unions.map((u) => [u.id, u]));
    const grandUnions = (id: string) =>
      (unionOf.get(parentsOf.get(id) ?? '')?.partners ?? []).map((p) => parentsOf.get(p)).filter((u) => u !== undefined);
    const cousins = d.unions.filter((u) => {
      const [a, b] = u.partners.map(grandUnions);
      return a!.some((g) => b!.includes(g));
    });
    expect(cousins.length / d.unions.length).toBeGreaterThan(0.14);
    expect(cousins.length / d.unions.length).toBeLessThan(0.16);
  }, 30_000);

  it.each([500, 3600])('lays out a loop-free %i-person pedigree with every guarantee and ≥98% partners adjacent', (people) => {
    const d = syntheticPedigree({ people });
    const report = guarantees(d, layoutPedigree(d));
    expect(report.partnersAdjacent).toBeGreaterThanOrEqual(0.98);
    expect({ ...report, partnersAdjacent: 1 }).toEqual(PERFECT);
  }, 30_000);

  it.each([
    [500, 40],
    [3600, 284],
  ])('lays out a %i-person pedigree where 15 in 100 unions join cousins with rows, sibships and spacing kept and %i crossings', (people, crossings) => {
    const d = syntheticPedigree({ people, cousinUnionRate: 0.15 });
    const report = guarantees(d, layoutPedigree(d));
    expect(report.partnersAdjacent).toBeGreaterThanOrEqual(0.98);
    expect(report.twinsApart).toBeLessThanOrEqual(1);
    expect({ ...report, partnersAdjacent: 1, twinsApart: 0 }).toEqual({ ...PERFECT, crossings });
  }, 30_000);
});
