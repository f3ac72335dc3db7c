// The two copies as the chart states them: which is silenced follows the condition's
// expression shares (DOMAIN.md §1), an X-linked man has a Y from his father.
import { describe, expect, it } from 'vitest';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { copiesOf, copyExpression, describeCopies } from '../../../src/ui/chart/copies.ts';
import { man, woman } from '../../fixtures/documents.ts';

describe('copyExpression', () => {
  it('silences the maternal copy when the gene is expressed from the father’s copy, and the reverse', () => {
    const pat = conditionForMode('PAT');
    const mat = conditionForMode('MAT');
    expect([copyExpression(pat, 'paternal'), copyExpression(pat, 'maternal')]).toEqual(['expressed', 'silenced']);
    expect([copyExpression(mat, 'paternal'), copyExpression(mat, 'maternal')]).toEqual(['silenced', 'expressed']);
  });

  it('silences neither copy of a biallelic gene, and marks the smaller share of partial imprinting as reduced', () => {
    expect(copyExpression(conditionForMode('AD'), 'maternal')).toBe('expressed');
    const partial = { ...conditionForMode('PAT'), expression: { paternal: 0.8, maternal: 0.2 } };
    expect([copyExpression(partial, 'paternal'), copyExpression(partial, 'maternal')]).toEqual(['expressed', 'reduced']);
  });
});

describe('copiesOf', () => {
  it('gives an X-linked man a Y in the paternal slot and his one X from his mother', () => {
    const xr = conditionForMode('XR');
    const him = man('m', { genotypes: { [xr.id]: { paternal: '?', maternal: 'd' } } });
    const copies = copiesOf(him, xr, undefined);
    expect([copies.paternal.allele, copies.maternal.allele]).toEqual(['Y', 'd']);
    expect(describeCopies(him, copies)).toBe('variant on the copy from his mother');
  });

  it('prefers simulated tags over the tested genotype, and says which copy is silenced', () => {
    const pat = conditionForMode('PAT');
    const her = woman('w', { genotypes: { [pat.id]: { paternal: '+', maternal: '+' } } });
    const copies = copiesOf(her, pat, { paternal: { allele: '+' }, maternal: { allele: 'd', origin: 'f:maternal' } });
    expect(copies.maternal).toEqual({ allele: 'd', expression: 'silenced', tag: { allele: 'd', origin: 'f:maternal' } });
    expect(describeCopies(her, copies)).toBe('variant on the copy from her mother (silenced)');
  });

  it('shows unknown copies as "?" and says nothing about them', () => {
    const copies = copiesOf(woman('w'), conditionForMode('AD'), undefined);
    expect([copies.paternal.allele, copies.maternal.allele]).toEqual(['?', '?']);
    expect(describeCopies(woman('w'), copies)).toBeNull();
  });
});
