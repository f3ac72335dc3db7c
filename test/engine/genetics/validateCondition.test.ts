import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/engine/genetics/condition.ts';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { PRESETS, presetById } from '../../../src/engine/genetics/presets/index.ts';
import { validateCondition } from '../../../src/engine/genetics/validateCondition.ts';

const messages = (c: unknown) => validateCondition(c).map((p) => p.message);
const gnas = () => presetById('gnas')!;

describe('validateCondition', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('accepts the preset %s', (_id, preset) => {
    expect(validateCondition(preset)).toEqual([]);
  });

  it('names a penetrance outside [0,1]', () => {
    const c = conditionForMode('AD');
    c.penetrance['d/+'] = 1.3;
    expect(validateCondition(c)).toEqual([{ field: "penetrance['d/+']", message: "penetrance['d/+'] = 1.3 is outside [0,1]" }]);
  });

  it('names phenotype sub-probabilities that do not sum to 1', () => {
    const c = gnas();
    c.phenotypes!['d/+']![0]!.probability = 0.7;
    expect(messages(c)).toEqual(["phenotypes['d/+'] sub-probabilities sum to 0.9, not 1"]);
  });

  it('requires male penetrances for an X-linked condition and refuses them for an autosomal one', () => {
    const x = conditionForMode('XR');
    delete x.malePenetrance;
    expect(messages(x)).toEqual(["malePenetrance is missing (needs '+', 'd')"]);
    const autosomal: Condition = { ...conditionForMode('AD'), malePenetrance: { '+': 0, d: 1 } };
    expect(messages(autosomal)).toEqual(['malePenetrance is only for X-linked conditions (this one is autosomal)']);
  });

  it('names age-of-onset points whose ages do not increase or that never reach 1', () => {
    const c = presetById('sdhd')!;
    c.ageOfOnset = { points: [{ age: 40, fraction: 0.5 }, { age: 30, fraction: 0.6 }, { age: 70, fraction: 0.9 }] };
    expect(messages(c)).toEqual([
      'ageOfOnset.points[1].age = 30 is not after the previous age 40: ages must increase',
      'ageOfOnset must reach fraction 1 at its last point (it ends at 0.9); penetrance already holds the lifetime risk',
    ]);
  });

  it('names a falling age-of-onset fraction', () => {
    const c = presetById('sdhd')!;
    c.ageOfOnset = { points: [{ age: 40, fraction: 0.8 }, { age: 60, fraction: 0.6 }, { age: 70, fraction: 1 }] };
    expect(messages(c)).toEqual(['ageOfOnset.points[1].fraction = 0.6 is below the previous 0.8: the curve is cumulative']);
  });

  it('names q, de novo rates and transmission ratios out of range', () => {
    const c = conditionForMode('PAT');
    c.q = -0.1;
    c.deNovo.maternal = 2;
    c.transmissionRatio.paternal = Number.NaN;
    expect(messages(c)).toEqual([
      'q = -0.1 is outside [0,1]',
      'deNovo[\'maternal\'] = 2 is outside [0,1]',
      'transmissionRatio[\'paternal\'] must be a number, got NaN',
    ]);
  });

  it('refuses a non-viable genotype that has no variant and a phenotype for an unknown genotype', () => {
    const c: Condition = { ...conditionForMode('AD'), nonViable: ['+/+'], phenotypes: { 'x/y': [{ label: 'A', probability: 1 }] } as Condition['phenotypes'] };
    expect(messages(c)).toEqual([
      "phenotypes['x/y']: \"x/y\" is not a genotype of this condition (+/+, d/+, +/d, d/d)",
      "nonViable[0]: the genotype without the variant ('+/+') cannot be non-viable",
    ]);
  });

  it('reports missing text fields and a non-object without throwing', () => {
    const c = { ...conditionForMode('AR'), name: '', mode: 'XYZ' };
    expect(messages(c)).toEqual(['name must be a non-empty text', 'mode must be one of AD, AR, XD, XR, PAT, MAT, custom, got "XYZ"']);
    expect(messages(null)).toEqual(['a condition must be an object']);
  });
});

describe('presets', () => {
  it('lists GNAS, SDHD, MKRN3, MAGEL2, UBE3A, KCNK9, CDKN1C and the four contrasts, each with references', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(['gnas', 'sdhd', 'mkrn3', 'magel2', 'ube3a', 'kcnk9', 'cdkn1c', 'ad', 'ar', 'xr', 'xd']);
    for (const p of PRESETS) expect(p.references.length).toBeGreaterThan(0);
  });

  it('says SDHD is not a classic imprinted gene and that the GNAS subtype shares are unpublished', () => {
    expect(presetById('sdhd')!.description).toMatch(/not a classic imprinted gene/);
    for (const o of presetById('gnas')!.phenotypes!['d/+']!) expect(o.description).toMatch(/Unpublished default/);
  });

  it('gives GNAS mothers a 0.59 and fathers a 0.5 transmission ratio (Snanoudj 2020)', () => {
    expect(presetById('gnas')!.transmissionRatio).toEqual({ paternal: 0.5, maternal: 0.59 });
  });

  it('hands out copies so that editing one does not change the preset list', () => {
    presetById('gnas')!.penetrance['d/+'] = 0;
    expect(presetById('gnas')!.penetrance['d/+']).toBe(1);
    expect(presetById('nope')).toBeUndefined();
  });
});
