import { describe, expect, it } from 'vitest';
import { conditionForMode, MODE_NAMES, type ModeName } from '../../../src/engine/genetics/modes.ts';

// DOMAIN.md §2, penetrance table, columns f(+/+), f(+/d), f(d/+), f(d/d).
const TABLE: Record<ModeName, [number, number, number, number]> = {
  AD: [0, 1, 1, 1],
  AR: [0, 0, 0, 1],
  PAT: [0, 0, 1, 1],
  MAT: [0, 1, 0, 1],
  XD: [0, 1, 1, 1],
  XR: [0, 0, 0, 1],
};

describe('conditionForMode', () => {
  it.each(MODE_NAMES)('gives %s the penetrances of the DOMAIN.md table', (mode) => {
    const [wild, maternalD, paternalD, both] = TABLE[mode];
    const c = conditionForMode(mode);
    expect(c.penetrance).toEqual({ '+/+': wild, '+/d': maternalD, 'd/+': paternalD, 'd/d': both });
    expect(c.mode).toBe(mode);
  });

  it('makes X-linked men affected exactly when their one X carries the variant', () => {
    for (const mode of ['XD', 'XR'] as const) {
      const c = conditionForMode(mode);
      expect(c.chromosome).toBe('X');
      expect(c.malePenetrance).toEqual({ '+': 0, d: 1 });
    }
    expect(conditionForMode('AD').malePenetrance).toBeUndefined();
  });

  it('uses Mendelian transmission, no new variants and the given allele frequency', () => {
    const c = conditionForMode('PAT', 0.002);
    expect(c.q).toBe(0.002);
    expect(conditionForMode('AR').q).toBe(0.01);
    expect(c.transmissionRatio).toEqual({ paternal: 0.5, maternal: 0.5 });
    expect(c.deNovo).toEqual({ paternal: 0, maternal: 0 });
  });

  it('says which copy is expressed for the imprinting modes', () => {
    expect(conditionForMode('PAT').expression).toEqual({ paternal: 1, maternal: 0 });
    expect(conditionForMode('PAT').expressedCopy).toMatch(/father’s copy only/);
    expect(conditionForMode('MAT').expression).toEqual({ paternal: 0, maternal: 1 });
    expect(conditionForMode('MAT').expressedCopy).toMatch(/mother’s copy only/);
  });

  it('returns a fresh object each call so callers may edit it', () => {
    const a = conditionForMode('AD');
    a.penetrance['d/+'] = 0.5;
    expect(conditionForMode('AD').penetrance['d/+']).toBe(1);
  });
});
