import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { conditionForMode, MODE_NAMES, type ModeName } from '../../../src/engine/genetics/modes.ts';
import type { ObservedStatus, PedigreeDocument } from '../../../src/engine/document/types.ts';
import { checkPossible, obligateCarriers } from '../../../src/engine/teaching/logic/possibility.ts';
import { child, doc, man, union, woman } from '../../fixtures/documents.ts';


/** Set statuses for one mode's condition id. */
function withStatuses(d: PedigreeDocument, mode: ModeName, statuses: Record<string, ObservedStatus>): PedigreeDocument {
  const id = conditionForMode(mode).id;
  return { ...d, persons: d.persons.map((p) => (statuses[p.id] ? { ...p, observations: { [id]: { status: statuses[p.id]! } } } : p)) };
}

/**
 *        g1 ─┬─ g2
 *     ┌──────┴──────┐
 *  w1 ─┬─ s1        d1 ─┬─ h1
 *      a1               b1
 */
const SHAPE = doc(
  [man('g1'), woman('g2'), child(man('s1'), 'u1'), child(woman('d1'), 'u1'), woman('w1'), man('h1'), child(man('a1'), 'u2'), child(woman('b1'), 'u3')],
  [union('u1', 'g1', 'g2'), union('u2', 's1', 'w1'), union('u3', 'h1', 'd1')],
);
const SEX: Record<string, 'male' | 'female'> = { g1: 'male', g2: 'female', s1: 'male', d1: 'female', w1: 'female', h1: 'male', a1: 'male', b1: 'female' };
const PARENTS: Record<string, [string, string]> = { s1: ['g1', 'g2'], d1: ['g1', 'g2'], a1: ['s1', 'w1'], b1: ['h1', 'd1'] };

/**
 * Independent brute force over every genotype assignment, written from DOMAIN.md §2's
 * table for fully penetrant modes: a copy is d or +; a child's paternal copy is one of the
 * father's copies (his only X for X-linked daughters), the maternal copy one of the mother's.
 */
function bruteForce(mode: ModeName, statuses: Record<string, ObservedStatus>): { possible: boolean; obligate: string[] } {
  const ids = Object.keys(SEX);
  const xLinked = mode === 'XD' || mode === 'XR';
  const hemi = ids.map((id) => xLinked && SEX[id] === 'male');
  const isAffected = (pat: number, mat: number, h: boolean): boolean => {
    if (h) return mat === 1;
    const n = pat + mat;
    switch (mode) {
      case 'AD': case 'XD': return n >= 1;
      case 'AR': case 'XR': return n === 2;
      case 'PAT': return pat === 1;
      case 'MAT': return mat === 1;
    }
  };
  const want = ids.map((id) => (statuses[id] === 'affected' ? 1 : statuses[id] === 'unaffected' ? 0 : -1));
  const parents = ids.map((id) => (PARENTS[id] ? PARENTS[id].map((p) => ids.indexOf(p)) : null));
  // Bit 2i is person i's paternal copy (unused for hemizygous men), bit 2i+1 the maternal copy.
  const pat = (mask: number, i: number) => (hemi[i] ? -1 : (mask >> (2 * i)) & 1);
  const mat = (mask: number, i: number) => (mask >> (2 * i + 1)) & 1;
  let possible = false;
  const carrierInAll = ids.map(() => true);
  for (let mask = 0; mask < 1 << (2 * ids.length); mask++) {
    if (hemi.some((h, i) => h && ((mask >> (2 * i)) & 1) === 1)) continue;
    let ok = true;
    for (let i = 0; i < ids.length && ok; i++) {
      if (want[i] !== -1 && isAffected(pat(mask, i), mat(mask, i), hemi[i]!) !== (want[i] === 1)) ok = false;
      const pr = parents[i];
      if (!ok || !pr) continue;
      const [f, m] = pr as [number, number];
      const fatherGives = xLinked ? [mat(mask, f)] : [pat(mask, f), mat(mask, f)];
      if (!hemi[i] && !fatherGives.includes(pat(mask, i))) ok = false;
      if (![pat(mask, m), mat(mask, m)].includes(mat(mask, i))) ok = false;
    }
    if (!ok) continue;
    possible = true;
    ids.forEach((_, i) => {
      if (pat(mask, i) !== 1 && mat(mask, i) !== 1) carrierInAll[i] = false;
    });
  }
  const obligate = possible ? ids.filter((id, i) => carrierInAll[i] && statuses[id] !== 'affected') : [];
  return { possible, obligate };
}

describe('checkPossible and obligateCarriers', () => {
  it('agree with brute-force enumeration for every mode on random statuses in a three-generation family', { timeout: 30_000 }, () => {
    const status = fc.constantFrom<ObservedStatus>('affected', 'unaffected', 'unknown');
    const statuses = fc.record(Object.fromEntries(Object.keys(SEX).map((id) => [id, status])) as Record<string, fc.Arbitrary<ObservedStatus>>);
    fc.assert(
      fc.property(fc.constantFrom(...MODE_NAMES), statuses, (mode, s) => {
        const d = withStatuses(SHAPE, mode, s);
        const c = conditionForMode(mode);
        const expected = bruteForce(mode, s);
        const possible = checkPossible(d, c);
        const carriers = obligateCarriers(d, c);
        if (!possible.ok || !carriers.ok) return false;
        expect(possible.value.possible).toBe(expected.possible);
        expect(carriers.value).toEqual(expected.obligate);
        return true;
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('finds the unaffected son and his mother obligate carriers when his child is affected under paternal expression', () => {
    const d = withStatuses(SHAPE, 'PAT', { g1: 'unaffected', g2: 'unaffected', s1: 'unaffected', w1: 'unaffected', a1: 'affected', d1: 'unaffected', h1: 'unaffected', b1: 'unaffected' });
    expect(obligateCarriers(d, conditionForMode('PAT'))).toEqual({ ok: true, value: ['g2', 's1'] });
    // Under maternal expression the same child points to the son's wife instead.
    const m = withStatuses(SHAPE, 'MAT', { g1: 'unaffected', g2: 'unaffected', s1: 'unaffected', w1: 'unaffected', a1: 'affected' });
    expect(obligateCarriers(m, conditionForMode('MAT'))).toEqual({ ok: true, value: ['w1'] });
  });

  it('names all three people of an affected child with two unaffected parents under fully penetrant dominance', () => {
    const d = withStatuses(SHAPE, 'AD', { s1: 'unaffected', w1: 'unaffected', a1: 'affected' });
    const r = checkPossible(d, conditionForMode('AD'));
    expect(r.ok && !r.value.possible && r.value.culprits).toEqual(['s1', 'w1', 'a1']);
    expect(r.ok && !r.value.possible && r.value.message).toBe(
      'Impossible under Autosomal dominant: the statuses or recorded copies of s1, w1 and a1 cannot all hold together.',
    );
  });

  it('respects recorded copies: a tested non-carrier father rules out paternal transmission', () => {
    const base = withStatuses(SHAPE, 'PAT', { a1: 'affected' });
    const tested = { ...base, persons: base.persons.map((p) => (p.id === 's1' ? { ...p, genotypes: { 'mode-PAT': { paternal: '+' as const, maternal: '+' as const } } } : p)) };
    const r = checkPossible(tested, conditionForMode('PAT'));
    expect(r.ok && r.value.possible).toBe(false);
    expect(r.ok && !r.value.possible && r.value.culprits).toEqual(['s1', 'a1']);
  });
});
