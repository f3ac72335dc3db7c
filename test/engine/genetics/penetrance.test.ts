import { describe, expect, it } from 'vitest';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { onsetFraction, phenotypeProbabilities, probabilityAffected } from '../../../src/engine/genetics/penetrance.ts';
import { presetById } from '../../../src/engine/genetics/presets/index.ts';

describe('probabilityAffected', () => {
  it('reads the four ordered penetrances, paternal copy first', () => {
    const pat = conditionForMode('PAT');
    expect(probabilityAffected(pat, 'd/+')).toBe(1);
    expect(probabilityAffected(pat, '+/d')).toBe(0);
  });

  it('reads the male table for a hemizygous man under an X-linked condition', () => {
    const xr = conditionForMode('XR');
    expect(probabilityAffected(xr, 'd', 'male')).toBe(1);
    expect(probabilityAffected(xr, 'd/+', 'female')).toBe(0);
    expect(() => probabilityAffected(xr, 'd/+', 'male')).toThrow(/men have one X/);
  });

  it('interpolates the SDHD age curve linearly: halfway between 40 and 60 is 61% of carriers', () => {
    const sdhd = presetById('sdhd')!;
    expect(probabilityAffected(sdhd, 'd/+', undefined, 50)).toBeCloseTo((0.54 + 0.68) / 2, 12);
    expect(probabilityAffected(sdhd, 'd/+', undefined, 25)).toBeCloseTo(0.54 / 2, 12);
    expect(probabilityAffected(sdhd, 'd/+')).toBe(0.87);
  });

  it('returns 0 before the first point of an onset curve and 1 from the last', () => {
    const curve = { points: [{ age: 10, fraction: 0.2 }, { age: 20, fraction: 1 }] };
    expect(onsetFraction(curve, 9.9)).toBe(0);
    expect(onsetFraction(curve, 10)).toBe(0.2);
    expect(onsetFraction(curve, 15)).toBeCloseTo(0.6, 12);
    expect(onsetFraction(curve, 20)).toBe(1);
  });
});

describe('phenotypeProbabilities', () => {
  it('splits the risk of a GNAS paternal carrier into the three default subtypes', () => {
    expect(phenotypeProbabilities(presetById('gnas')!, 'd/+')).toEqual({ PPHP: 0.8, POH: 0.1, 'osteoma cutis': 0.1 });
  });

  it('names the single outcome after the condition when no phenotypes are listed, and lists none when unaffected', () => {
    expect(phenotypeProbabilities(conditionForMode('AD'), '+/d')).toEqual({ AD: 1 });
    expect(phenotypeProbabilities(conditionForMode('AD'), '+/+')).toEqual({});
  });
});
