// Mode comparison and prevalence-matched allele frequencies (DOMAIN.md §6).
import { describe, expect, it } from 'vitest';
import { compareModes } from '../../../src/engine/inference/compareModes.ts';
import { prevalenceOf, qForPrevalence } from '../../../src/engine/inference/prevalence.ts';
import { conditionForMode, type ModeName } from '../../../src/engine/genetics/modes.ts';
import { pedigree } from './pedigreeBuilder.ts';

const cousinChild = () =>
  pedigree(
    [
      { id: 'G1', sex: 'M' },
      { id: 'G2', sex: 'F' },
      { id: 'A', sex: 'M' },
      { id: 'B', sex: 'F' },
      { id: 'S1', sex: 'F' },
      { id: 'S2', sex: 'M' },
      { id: 'C1', sex: 'M' },
      { id: 'C2', sex: 'F' },
      { id: 'X', sex: 'F', status: 'affected' },
    ],
    [['G1', 'G2', ['A', 'B']], ['A', 'S1', ['C1']], ['S2', 'B', ['C2']], ['C1', 'C2', ['X']]],
  );

const fit = (r: ReturnType<typeof compareModes>, mode: ModeName) => r.modes.find((m) => m.mode === mode)!;

describe('allele frequency for a prevalence', () => {
  it('solves the closed forms of every mode for prevalence 1/10,000', () => {
    const prev = 1e-4;
    const expected: Record<ModeName, number> = {
      AD: 1 - Math.sqrt(1 - prev),
      AR: Math.sqrt(prev),
      PAT: prev,
      MAT: prev,
      XD: (3 - Math.sqrt(9 - 8 * prev)) / 2,
      XR: (-1 + Math.sqrt(1 + 8 * prev)) / 2,
    };
    for (const [mode, q] of Object.entries(expected) as [ModeName, number][]) {
      const found = qForPrevalence(conditionForMode(mode), prev)!;
      expect(Math.abs(found / q - 1)).toBeLessThan(1e-9);
      expect(prevalenceOf(conditionForMode(mode), found)).toBeCloseTo(prev, 15);
    }
  });

  it('has no answer when phenocopies alone exceed the prevalence', () => {
    const c = { ...conditionForMode('AD'), penetrance: { '+/+': 0.01, '+/d': 1, 'd/+': 1, 'd/d': 1 } };
    expect(qForPrevalence(c, 1e-4)).toBeNull();
  });
});

describe('which mode fits', () => {
  it('prefers either imprinting mode to AR for an affected child of first cousins when q is equal', () => {
    const q = 0.01;
    const r = compareModes(cousinChild(), 'c', { q });
    // PAT: the child needs only a d on her father's copy: L = q. AR: L = q² + q(1−q)/16.
    expect(fit(r, 'PAT').log10Likelihood!).toBeCloseTo(Math.log10(q), 12);
    expect(fit(r, 'MAT').log10Likelihood!).toBeCloseTo(Math.log10(q), 12);
    expect(fit(r, 'AR').log10Likelihood!).toBeCloseTo(Math.log10(q * q + (q * (1 - q)) / 16), 12);
    expect(fit(r, 'PAT').posterior).toBeGreaterThan(fit(r, 'AR').posterior);
    expect(fit(r, 'MAT').posterior).toBeGreaterThan(fit(r, 'AR').posterior);
    expect(r.modes.every((m) => m.q === q)).toBe(true);
    expect(r.modes.reduce((s, m) => s + m.posterior, 0)).toBeCloseTo(1, 12);
  });

  it('prefers AR for the same family when each q gives a prevalence of 1/10,000', () => {
    const r = compareModes(cousinChild(), 'c', { prevalence: 1e-4 });
    expect(r.best).toBe('AR');
    const qAR = fit(r, 'AR').q;
    expect(qAR).toBeCloseTo(0.01, 12);
    expect(fit(r, 'AR').log10Likelihood!).toBeCloseTo(Math.log10(qAR * qAR + (qAR * (1 - qAR)) / 16), 9);
    expect(fit(r, 'PAT').q).toBeCloseTo(1e-4, 15);
  });

  it('gives a mode under which the data are impossible a null likelihood and posterior 0', () => {
    // Affected father and son, unaffected mother: impossible under X-linked dominant.
    const doc = pedigree(
      [{ id: 'F', sex: 'M', status: 'affected' }, { id: 'M', sex: 'F', status: 'unaffected' }, { id: 'S', sex: 'M', status: 'affected' }],
      [['F', 'M', ['S']]],
    );
    const r = compareModes(doc, 'c', { q: 0.01 });
    expect(fit(r, 'XD').log10Likelihood).toBeNull();
    expect(fit(r, 'XD').posterior).toBe(0);
    expect(fit(r, 'AD').posterior).toBeGreaterThan(0.5);
  });
});
