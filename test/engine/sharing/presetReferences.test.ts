import { describe, expect, it } from 'vitest';
import { presetById } from '../../../src/engine/genetics/presets/index.ts';
import { canonicalJson, packCondition, unpackCondition } from '../../../src/engine/sharing/presetReferences.ts';

describe('preset references in share links', () => {
  it('writes equal values with keys in any order as the same canonical JSON', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }], e: undefined })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
  });

  it('packs an unedited preset to its id and fingerprint and restores it exactly', () => {
    const packed = packCondition(presetById('sdhd')!);
    expect(Object.keys(packed)).toEqual(['preset', 'fingerprint']);
    expect(unpackCondition(packed)).toEqual({ ok: true, condition: presetById('sdhd') });
  });

  it('keeps an edited condition in full', () => {
    const edited = { ...presetById('sdhd')!, q: 0.01 };
    expect(packCondition(edited)).toBe(edited);
  });

  it('uses the current preset with a notice when the fingerprint differs, and refuses an unknown preset', () => {
    expect(unpackCondition({ preset: 'ube3a', fingerprint: 1 })).toEqual({
      ok: true,
      condition: presetById('ube3a'),
      notice: 'The built-in condition "Angelman syndrome, UBE3A class" has changed since this link was made; the current version is used.',
    });
    expect(unpackCondition({ preset: 'nope', fingerprint: 1 })).toEqual({
      ok: false,
      error: 'the link uses a built-in condition "nope" that this version of Imprint Lab does not have',
    });
  });
});
