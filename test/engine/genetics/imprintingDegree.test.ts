import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/engine/genetics/condition.ts';
import { cross } from '../../../src/engine/genetics/cross.ts';
import { imprintingDegree } from '../../../src/engine/genetics/imprintingDegree.ts';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { presetById } from '../../../src/engine/genetics/presets/index.ts';

describe('imprintingDegree', () => {
  it('is +1 for paternal expression, −1 for maternal, 0 for AD and AR', () => {
    expect(imprintingDegree(conditionForMode('PAT'))).toBe(1);
    expect(imprintingDegree(conditionForMode('MAT'))).toBe(-1);
    expect(imprintingDegree(conditionForMode('AD'))).toBe(0);
    expect(imprintingDegree(conditionForMode('AR'))).toBe(0);
    expect(imprintingDegree(presetById('sdhd')!)).toBe(1);
  });

  it('is partial when the heterozygote penetrances differ by less than the full span', () => {
    const c: Condition = { ...conditionForMode('AD'), penetrance: { '+/+': 0.1, 'd/+': 0.8, '+/d': 0.4, 'd/d': 0.9 } };
    expect(imprintingDegree(c)).toBeCloseTo(0.5, 12);
    expect(imprintingDegree({ ...c, penetrance: { '+/+': 0.3, 'd/+': 0.3, '+/d': 0.3, 'd/d': 0.3 } })).toBeUndefined();
  });

  it('at degree 0 gives the same risk whichever parent carries the variant, as plain AD does', () => {
    const c: Condition = { ...conditionForMode('AD'), penetrance: { '+/+': 0.05, 'd/+': 0.6, '+/d': 0.6, 'd/d': 0.9 } };
    expect(imprintingDegree(c)).toBe(0);
    const viaFather = cross(c, 'd/+', '+/+');
    const viaMother = cross(c, '+/+', 'd/+');
    expect(viaFather.chromosome === 'autosomal' && viaMother.chromosome === 'autosomal').toBe(true);
    if (viaFather.chromosome === 'autosomal' && viaMother.chromosome === 'autosomal') expect(viaFather.affected).toBe(viaMother.affected);
  });
});
