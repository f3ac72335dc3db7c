// Worked counselling cases from DOMAIN.md §5 and the classic X-linked recessive case, read off
// the panel as a counselor would.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { condition, pedigree } from '../../engine/inference/pedigreeBuilder.ts';
import { SLOW, renderPanel, withCondition } from './riskFixtures.tsx';

const cell = (table: HTMLElement, label: RegExp) => within(table).getByRole('row', { name: label }).querySelector('td')!.textContent;

describe('counselling cases', { timeout: 20_000 }, () => {
  //   [G1] ── (G2)            G1 unaffected, G2 unknown
  //        │
  //   [B]      (W) ── [H]     B affected; W the consultand; H unaffected
  //                 │
  //            [S1]  [S2]     both unaffected
  // W's prior is 1/2 (G2 is a carrier, since B is affected and G1 is not); two unaffected sons
  // each had chance 1/2 of not inheriting: P(W carrier) = (1/2 · 1/4) / (1/2 · 1/4 + 1/2) = 1/5.
  it('gives the mother of two unaffected sons, whose brother is affected, a 1/5 carrier risk under X-linked recessive', async () => {
    const xr = condition({ chromosome: 'X', penetrance: { '+/+': 0, '+/d': 0, 'd/+': 0, 'd/d': 1 }, malePenetrance: { '+': 0, d: 1 }, q: 1e-6 });
    const doc = pedigree(
      [
        { id: 'G1', sex: 'M', status: 'unaffected' },
        { id: 'G2', sex: 'F' },
        { id: 'B', sex: 'M', status: 'affected' },
        { id: 'W', sex: 'F' },
        { id: 'H', sex: 'M', status: 'unaffected' },
        { id: 'S1', sex: 'M', status: 'unaffected' },
        { id: 'S2', sex: 'M', status: 'unaffected' },
      ],
      [['G1', 'G2', ['B', 'W']], ['H', 'W', ['S1', 'S2']]],
    );
    renderPanel(withCondition(doc, xr), 'W');
    await userEvent.click(screen.getByRole('button', { name: 'Show risks' }));
    const w = await screen.findByRole('table', { name: 'W (recorded unknown)' }, SLOW);
    expect(cell(w, /^Carries the variant/)).toBe('20%');
    // A next son of W and H: his one X is W's, so 1/5 × 1/2 = 10%, and he is affected if he has it.
    const son = screen.getByRole('table', { name: 'A next son of H and W' });
    expect(cell(son, /^Carries the variant/)).toBe('10%');
    expect(cell(son, /^Affected/)).toBe('10%');
    expect(cell(son, /^Variant on the copy from the father/)).toBe('none (one X, from the mother)');
  });

  //   [I-1] ── (I-2)         I-1 affected; I-2 tested +/+
  //          │
  //        [Sam] ── (Kim)    Sam unaffected at 70; Kim tested +/+
  // Paternal expression, f(d/+) = 0.87 by 70 (SDHD-like, DOMAIN.md §5):
  // P(Sam carrier) = 0.5 · 0.13 / (0.5 · 0.13 + 0.5) = 0.115; his child's risk 0.115 · 1/2 · 0.87 ≈ 0.050.
  it('reproduces the SDHD-like worked example: an unaffected son at 70 is an 11.5% carrier, his child 5% affected', async () => {
    const sdhd = condition({
      penetrance: { '+/+': 0, '+/d': 0, 'd/+': 0.87, 'd/d': 0.87 },
      q: 1e-7,
      ageOfOnset: { points: [{ age: 0, fraction: 0 }, { age: 70, fraction: 1 }], source: 'test curve' },
    });
    const doc = pedigree(
      [
        { id: 'I-1', sex: 'M', status: 'affected' },
        { id: 'I-2', sex: 'F', genotype: '+/+' },
        { id: 'Sam', sex: 'M', status: 'unaffected', age: 70 },
        { id: 'Kim', sex: 'F', genotype: '+/+' },
      ],
      [['I-1', 'I-2', ['Sam']], ['Sam', 'Kim', []]],
    );
    renderPanel(withCondition(doc, sdhd), 'Sam');
    await userEvent.click(screen.getByRole('button', { name: 'Show risks' }));
    const sam = await screen.findByRole('table', { name: 'Sam (recorded unaffected)' }, SLOW);
    expect(cell(sam, /^Carries the variant/)).toBe('11.5%');
    expect(cell(sam, /^Variant on the copy from the father/)).toBe('11.5%');
    // Sam has reached the end of the onset curve: nothing is left to come.
    expect(cell(sam, /^Becomes affected later/)).toBe('0%');
    const child = screen.getByRole('table', { name: 'A next daughter of Sam and Kim' });
    expect(cell(child, /^Affected/)).toBe('5%');
    expect(screen.getByRole('region', { name: 'Assumptions' })).toHaveTextContent('Unaffected people count by their age at last exam (test curve): Sam 70.');
  });
});
