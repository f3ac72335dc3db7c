import { describe, expect, it } from 'vitest';
import { MODE_NAMES } from '../../../src/engine/genetics/modes.ts';
import type { PedigreeDocument } from '../../../src/engine/document/types.ts';
import { inferPedigree } from '../../../src/engine/inference/infer.ts';
import { CHALLENGE_SET, gradedChallenge } from '../../../src/engine/teaching/challenge/challengeSet.ts';
import { BANDS, CHALLENGE_CONDITION_ID, generateChallenge, randomChallenge, type Challenge } from '../../../src/engine/teaching/challenge/generate.ts';
import { compareModes, conditionOfFit, observedUnder } from '../../../src/engine/teaching/challenge/modeComparison.ts';
import { scoreCarriers, scoreChallenge } from '../../../src/engine/teaching/challenge/score.ts';
import { obligateCarriers } from '../../../src/engine/teaching/logic/possibility.ts';
import { child, doc, firstCousinFamily, man, union, woman } from '../../fixtures/documents.ts';

/** The 18 graded challenges, drawn once for the tests that look at all of them. */
let graded: Challenge[] | undefined;
function allGraded(): Challenge[] {
  graded ??= CHALLENGE_SET.map((spec) => {
    const r = gradedChallenge(spec.id);
    if (!r.ok) throw new Error(r.problems.join());
    return r.challenge;
  });
  return graded;
}

const affectedCount = (d: PedigreeDocument) => d.persons.filter((p) => p.observations[CHALLENGE_CONDITION_ID]?.status === 'affected').length;

describe('mode comparison for challenges', () => {
  it('prefers autosomal recessive for a single affected child of first cousins at equal prevalence (DOMAIN.md §6)', () => {
    const family = firstCousinFamily();
    const marked = { ...family, activeConditionId: 'trait', persons: family.persons.map((p) => (p.id === 'p9' ? { ...p, gender: 'man' as const, observations: { trait: { status: 'affected' as const } } } : p)) };
    const r = compareModes(marked);
    if (!r.ok) throw new Error(r.problems.join());
    expect(r.best).toBe('AR');
    expect(r.fits.reduce((s, f) => s + f.posterior, 0)).toBeCloseTo(1, 12);
  });

  it('gives an impossible mode posterior 0 with the people who make it impossible', () => {
    //   f ─┬─ m        affected father and son, unaffected mother: X-linked dominant needs
    //      s           the son's X (from his mother) to carry the variant.
    const trio = doc([man('f', { observations: { t: { status: 'affected' } } }), woman('m', { observations: { t: { status: 'unaffected' } } }), child(man('s', { observations: { t: { status: 'affected' } } }), 'u1')], [union('u1', 'f', 'm')], [], { activeConditionId: 't' });
    const r = compareModes(trio);
    if (!r.ok) throw new Error(r.problems.join());
    const xd = r.fits.find((f) => f.mode === 'XD')!;
    expect([xd.log10Likelihood, xd.posterior]).toEqual([null, 0]);
    expect(xd.impossibleBecause).toBe('Impossible under X-linked dominant: the statuses or recorded copies of m and s cannot all hold together.');
  });
});

describe('generateChallenge', () => {
  it('replays the same challenge for the same mode, difficulty and seed', () => {
    expect(generateChallenge('PAT', 'easy', 1)).toEqual(generateChallenge('PAT', 'easy', 1));
    const random = randomChallenge(6);
    expect(random).toEqual(randomChallenge(6));
    expect(random.ok && [random.challenge.id, random.challenge.hiddenMode, random.challenge.difficulty]).toEqual(['random-6', 'AD', 'easy']);
  });

  it('hides the answer: statuses only, under a neutral trait, no copies, phenotype names or mode in the text', () => {
    const r = gradedChallenge('easy-3');
    if (!r.ok) throw new Error(r.problems.join());
    const d = r.challenge.document;
    expect(d.conditions.map((c) => [c.id, c.name, c.mode])).toEqual([[CHALLENGE_CONDITION_ID, 'Mystery trait', 'custom']]);
    for (const p of d.persons) {
      expect(p.genotypes).toBeUndefined();
      expect(p.observations[CHALLENGE_CONDITION_ID]?.phenotype).toBeUndefined();
    }
    const text = JSON.stringify(d);
    expect(text).not.toMatch(/dominant|recessive|X-linked|expressed from|silenced/i);
    expect(text).not.toMatch(/\b(AD|AR|XD|XR|PAT|MAT)\b/);
  });

  it('makes every graded challenge informative: enough affected people and the hidden mode the best fit within its band', { timeout: 60_000 }, () => {
    expect(CHALLENGE_SET.map((s) => s.id)).toEqual(['easy', 'medium', 'hard'].flatMap((d) => [1, 2, 3, 4, 5, 6].map((n) => `${d}-${n}`)));
    for (const difficulty of ['easy', 'medium', 'hard'] as const) {
      const modes = CHALLENGE_SET.filter((s) => s.difficulty === difficulty).map((s) => s.mode);
      expect([...modes].sort()).toEqual([...MODE_NAMES].sort());
    }
    CHALLENGE_SET.forEach((spec, i) => {
      const c = allGraded()[i]!;
      const band = BANDS[c.difficulty];
      expect(c.hiddenMode).toBe(spec.mode);
      expect(affectedCount(c.document)).toBeGreaterThanOrEqual(band.minAffected);
      expect(c.document.persons.length).toBeLessThanOrEqual(band.maxPersons);
      const posterior = c.fits.find((f) => f.mode === c.hiddenMode)!.posterior;
      expect(posterior).toBeGreaterThanOrEqual(band.posterior[0]);
      expect(posterior).toBeLessThan(band.posterior[1]);
      expect(Math.max(...c.fits.map((f) => f.posterior))).toBe(posterior);
    });
  });

  it('names an unknown graded challenge', () => {
    expect(gradedChallenge('easy-9')).toEqual({ ok: false, problems: ['there is no graded challenge "easy-9" (easy-1 … hard-6)'] });
  });
});

describe('scoreChallenge', () => {
  const easy = (): Challenge => {
    const r = gradedChallenge('easy-3');
    if (!r.ok) throw new Error(r.problems.join());
    return r.challenge;
  };
  const truthCarriers = (c: Challenge) => {
    const truth = conditionOfFit(c.fits.find((f) => f.mode === c.hiddenMode)!);
    const r = obligateCarriers(observedUnder(c.document, truth), truth);
    if (!r.ok) throw new Error(r.problems.join());
    return r.value;
  };

  it('computes precision, recall and F1 of the marked carriers', () => {
    const s = scoreCarriers(['a', 'b', 'c', 'd'], ['a', 'b', 'x', 'a']);
    expect(s).toMatchObject({ expected: ['a', 'b', 'c', 'd'], marked: ['a', 'b', 'x'], correct: ['a', 'b'], missed: ['c', 'd'], extra: ['x'], precision: 2 / 3, recall: 1 / 2 });
    expect(s.f1).toBeCloseTo(4 / 7, 14);
    expect(scoreCarriers([], [])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('finds the same obligate carriers as the inference engine’s P(carrier) = 1 in every graded challenge', { timeout: 60_000 }, () => {
    for (const [i, spec] of CHALLENGE_SET.entries()) {
      const challenge = allGraded()[i]!;
      const truth = conditionOfFit(challenge.fits.find((f) => f.mode === spec.mode)!);
      const observed = observedUnder(challenge.document, truth);
      const posterior = inferPedigree(observed, truth);
      if (posterior.kind !== 'exact') throw new Error(posterior.kind);
      const certain = observed.persons.filter((p) => p.observations[truth.id]?.status !== 'affected' && posterior.people[p.id]!.carrier > 1 - 1e-12).map((p) => p.id);
      expect([spec.id, truthCarriers(challenge)]).toEqual([spec.id, certain]);
    }
  });

  it('gives 100 for the right mode with exactly the obligate carriers', () => {
    const c = easy();
    const r = scoreChallenge(c, { mode: c.hiddenMode, obligateCarriers: truthCarriers(c) });
    if (!r.ok) throw new Error(r.problems.join());
    expect([r.score.score, r.score.modeCorrect, r.score.carriers.f1]).toEqual([100, true, 1]);
    expect(r.score.explanation[0]).toMatch(/^Right: the trait was simulated as Paternal expression/);
  });

  it('gives 0 for an impossible mode with no carriers marked, explaining why the mode is impossible', () => {
    const c = easy();
    const impossible = c.fits.find((f) => f.log10Likelihood === null)!;
    const expected = truthCarriers(c);
    const r = scoreChallenge(c, { mode: impossible.mode, obligateCarriers: [] });
    if (!r.ok) throw new Error(r.problems.join());
    expect(r.score.score).toBe(expected.length > 0 ? 0 : 40);
    expect(r.score.explanation[0]).toBe(`${impossible.impossibleBecause} The trait was simulated as Paternal expression (maternal copy silenced).`);
  });

  it('gives 15 plus the carrier share for a mode that fits less well', () => {
    const c = easy();
    const other = c.fits.find((f) => f.mode !== c.hiddenMode && f.log10Likelihood !== null)!;
    const expected = truthCarriers(c);
    const r = scoreChallenge(c, { mode: other.mode, obligateCarriers: expected.slice(0, 1) });
    if (!r.ok) throw new Error(r.problems.join());
    const f1 = expected.length === 0 ? 1 : (2 * 1 * (1 / expected.length)) / (1 + 1 / expected.length);
    expect(r.score.score).toBe(Math.round(15 + 40 * f1));
    expect(r.score.explanation[0]).toMatch(new RegExp(`^${other.name.replace(/[()]/g, '\\$&')} also fits this pedigree, but less well`));
  });

  it('names people in the explanation by the labels the caller gives', () => {
    const c = easy();
    const impossible = c.fits.find((f) => f.log10Likelihood === null && f.impossibleCulprits)!;
    const r = scoreChallenge(c, { mode: impossible.mode, obligateCarriers: [] }, (id) => `#${id}`);
    if (!r.ok) throw new Error(r.problems.join());
    const andList = (ids: string[]) => (ids.length > 1 ? `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}` : ids[0]);
    const list = andList(impossible.impossibleCulprits!.map((id) => `#${id}`));
    expect(r.score.explanation[0]).toBe(
      `Impossible under ${impossible.name}: the statuses or recorded copies of ${list} cannot all hold together. The trait was simulated as Paternal expression (maternal copy silenced).`,
    );
    // The mode table's reasons use the same labels, for the chosen mode and every other impossible one.
    for (const f of r.score.fits.filter((x) => x.impossibleCulprits)) {
      expect(f.impossibleBecause).toBe(`Impossible under ${f.name}: the statuses or recorded copies of ${andList(f.impossibleCulprits!.map((id) => `#${id}`))} cannot all hold together.`);
    }
    expect(r.score.chosenFit.impossibleBecause).toContain(list);
  });

  it('refuses an answer naming people who are not in the pedigree', () => {
    expect(scoreChallenge(easy(), { mode: 'AD', obligateCarriers: ['ghost'] })).toEqual({ ok: false, problems: ['marked people not in the pedigree: ghost'] });
  });
});
