import { describe, expect, it } from 'vitest';
import { starterDocument } from '../../../src/engine/document/examples/starters.ts';
import { coupleFor, crossGenotype } from '../../../src/ui/condition/coupleFor.ts';

const family = starterDocument('gnas-family');

describe('the couple shown in the Punnett square', () => {
  it('is the selected man and his partner, father first', () => {
    expect(coupleFor(family, 'ben')).toEqual({ father: 'ben', mother: 'ben-wife' });
  });

  it('is the selected woman and her partner, with her partner as the father', () => {
    expect(coupleFor(family, 'clara')).toEqual({ father: 'clara-husband', mother: 'clara' });
  });

  it('is the parents of a selected child without a partner', () => {
    expect(coupleFor(family, 'lily')).toEqual({ father: 'ben', mother: 'ben-wife' });
  });

  it('follows sex assigned at birth, not the drawn gender: an AFAB man is the mother', () => {
    const doc = { ...family, persons: family.persons.map((p) => (p.id === 'ben' ? { ...p, sexAssignedAtBirth: 'AFAB' as const } : p.id === 'ben-wife' ? { ...p, sexAssignedAtBirth: 'AMAB' as const } : p)) };
    expect(coupleFor(doc, 'ben')).toEqual({ father: 'ben-wife', mother: 'ben' });
  });

  it('is nobody for an unselected chart or a founder without a partner', () => {
    expect(coupleFor(family, null)).toBeNull();
    expect(coupleFor({ ...family, unions: [] }, 'grandfather')).toBeNull();
  });
});

describe('the genotype crossed for a parent', () => {
  it('keeps known copies in order and takes an unknown copy as normal', () => {
    expect(crossGenotype({ paternal: 'd', maternal: '+' }, false)).toBe('d/+');
    expect(crossGenotype({ paternal: '?', maternal: 'd' }, false)).toBe('+/d');
    expect(crossGenotype(undefined, false)).toBe('+/+');
  });

  it('gives an X-linked man his one maternal copy', () => {
    expect(crossGenotype({ paternal: '?', maternal: 'd' }, true)).toBe('d');
  });
});
