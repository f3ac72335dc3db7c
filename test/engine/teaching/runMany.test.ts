import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/engine/genetics/condition.ts';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { runMany, type Tally } from '../../../src/engine/teaching/simulation/runMany.ts';
import { firstCousinFamily } from '../../fixtures/documents.ts';
import { threeGenerations, threeGenerationsFromGrandmother } from './families.ts';

const PAT = conditionForMode('PAT');
const XR = conditionForMode('XR');
const exactOf = (tallies: Tally[]) => Object.fromEntries(tallies.map((t) => [t.key, t.exactMean]));

/** Simulated mean within 4 standard errors of the exact value (exactly equal when SE is 0). */
function expectWithinSamplingError(t: Tally): void {
  expect(t.exactMean).not.toBeNull();
  expect(Math.abs(t.simulatedMean - t.exactMean!)).toBeLessThanOrEqual(4 * t.simulatedStandardError + 1e-12);
}

describe('runMany', () => {
  it('gives the exact expected affected children of a carrier grandfather under paternal expression', () => {
    // Children: 1/2 each affected → 1.0 in generation II. The son's children: 1/4 carriers,
    // all on the paternal copy → 0.25 each; the daughter's children: 1/4 carriers, all silent.
    const r = runMany(threeGenerations(PAT), PAT, 10, 1);
    if (!r.ok) throw new Error(r.problems.join());
    expect(r.result.total.exactMean).toBeCloseTo(1.5, 12);
    expect(exactOf(r.result.byGeneration)).toEqual({ 'generation:1': 1, 'generation:2': 0.5 });
    expect(exactOf(r.result.bySex)).toEqual({ 'sex:male': 0.75, 'sex:female': 0.75 });
    expect(r.result.bySex.map((t) => [t.label, t.people])).toEqual([['sons (male)', 3], ['daughters (female)', 3]]);
    expect(r.result.byGeneration.map((t) => [t.label, t.people])).toEqual([['generation II', 2], ['generation III', 4]]);
    expect(exactOf(r.result.byVariantSource)).toEqual({ 'source:father': 1.5, 'source:mother': 0, 'source:both': 0, 'source:none': 0 });
    expect(r.result.perPerson.map((p) => [p.id, p.exact])).toEqual([
      ['s1', 0.5], ['d1', 0.5], ['a1', 0.25], ['a2', 0.25], ['b1', 0], ['b2', 0],
    ]);
  });

  it('puts 1,000 seeded runs within 4 standard errors of the exact values in every group', () => {
    for (const family of [threeGenerations(PAT), threeGenerationsFromGrandmother(PAT)]) {
      const r = runMany(family, PAT, 1000, 2026);
      if (!r.ok) throw new Error(r.problems.join());
      for (const t of [r.result.total, ...r.result.byGeneration, ...r.result.bySex, ...r.result.byVariantSource]) expectWithinSamplingError(t);
      expect(r.result.affectedCountHistogram.reduce((a, b) => a + b, 0)).toBe(1000);
    }
  });

  it('follows an X-linked recessive variant from a carrier grandmother to her grandsons through her daughter', () => {
    // Grandmother +/d: sons 1/2 affected; daughters 1/2 carriers, never affected (father +).
    // The daughter's son: 1/2 × 1/2 = 1/4 affected; the son's children get his X or Y, never affected.
    const family = threeGenerationsFromGrandmother(XR);
    const r = runMany(family, XR, 1000, 99);
    if (!r.ok) throw new Error(r.problems.join());
    expect(r.result.perPerson.map((p) => [p.id, p.exact])).toEqual([
      ['s1', 0.5], ['d1', 0], ['a1', 0], ['a2', 0], ['b1', 0.25], ['b2', 0],
    ]);
    expect(exactOf(r.result.byVariantSource)).toEqual({ 'source:father': 0, 'source:mother': 0.75, 'source:both': 0, 'source:none': 0 });
    for (const t of [r.result.total, ...r.result.bySex, ...r.result.byVariantSource]) expectWithinSamplingError(t);
  });

  it('uses the transmission ratio and de novo rate of the transmitting parent’s sex', () => {
    // A carrier mother transmits with ratio 0.6; a father's + mutates with rate 0.1.
    const condition: Condition = { ...conditionForMode('MAT'), transmissionRatio: { paternal: 0.5, maternal: 0.6 }, deNovo: { paternal: 0.1, maternal: 0 } };
    const family = threeGenerationsFromGrandmother(condition);
    const r = runMany(family, condition, 2000, 5);
    if (!r.ok) throw new Error(r.problems.join());
    const p = Object.fromEntries(r.result.perPerson.map((x) => [x.id, x.exact]));
    // s1: maternal d with 0.6 → affected 0.6 (a paternal de novo d alone is silent; d/d also affected).
    expect(p.s1).toBeCloseTo(0.6, 12);
    // b1: mother d1 carries d on her maternal copy w.p. 0.6, on her paternal copy (de novo from g1) w.p. 0.1.
    // P(d1 transmits d) = Σ_g P(g)·t(g): t = 0.6 for one copy, 1 for two.
    const d1 = { het: 0.6 * 0.9 + 0.4 * 0.1, hom: 0.6 * 0.1 };
    expect(p.b1).toBeCloseTo(d1.het * 0.6 + d1.hom, 12);
    for (const t of [r.result.total, ...r.result.byGeneration, ...r.result.byVariantSource]) expectWithinSamplingError(t);
  });

  it('takes exact values for a child of first cousins from the inference engine: P(affected) = q² + q(1−q)/16 under AR', () => {
    const family = firstCousinFamily();
    const ar = conditionForMode('AR', 0.01);
    const withSex = { ...family, persons: family.persons.map((p) => (p.id === 'p9' ? { ...p, gender: 'man' as const } : p)) };
    const r = runMany(withSex, ar, 10, 1);
    if (!r.ok) throw new Error(r.problems.join());
    expect(r.result.exactUnavailable).toBeUndefined();
    const p9 = r.result.perPerson.find((p) => p.id === 'p9')!.exact!;
    expect(Math.abs(p9 - (0.01 ** 2 + (0.01 * 0.99) / 16)) / p9).toBeLessThan(1e-9);
  });

  it('reports the fraction of runs done after each run, and the same result as without a progress callback', () => {
    const fractions: number[] = [];
    const watched = runMany(threeGenerations(PAT), PAT, 4, 9, { onProgress: (f) => fractions.push(f) });
    expect(fractions).toEqual([0.25, 0.5, 0.75, 1]);
    expect(watched).toEqual(runMany(threeGenerations(PAT), PAT, 4, 9));
  });

  it('rejects a run count outside 1–100,000', () => {
    expect(runMany(threeGenerations(PAT), PAT, 0, 1)).toEqual({ ok: false, problems: ['the number of runs must be a whole number from 1 to 100000, got 0'] });
  });
});

describe('runMany on the gallery families', () => {
  it('matches the exact values within 4 standard errors for every gallery family, the cousin loop included (1,000 runs, seed 1)', async () => {
    const { GALLERY } = await import('../../../src/engine/teaching/gallery/index.ts');
    for (const entry of GALLERY) {
      const condition = entry.document.conditions[0]!;
      const r = runMany(entry.document, condition, 1000, 1);
      if (!r.ok) throw new Error(`${entry.id}: ${r.problems.join()}`);
      for (const t of [r.result.total, ...r.result.byGeneration, ...r.result.bySex, ...r.result.byVariantSource]) expectWithinSamplingError(t);
    }
  });
});
