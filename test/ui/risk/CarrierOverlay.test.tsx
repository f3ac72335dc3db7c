// The chart overlay in the whole app: the risk panel's switch writes each person's exact
// carrier chance under their symbol and into their accessible name, and follows edits.
//
//   [I-1] ──── (I-2)      I-1 affected, I-2 unaffected (AD, q = 1e-4)
//           │
//        [II-1]           unknown: carrier 1/(2 − q) ≈ 50%
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useRiskOverlay } from '../../../src/ui/risk/riskOverlay.ts';
import { carrierText } from '../../../src/ui/risk/useCarrierOverlay.ts';
import { renderApp } from '../helpers/renderApp.tsx';
import { AD } from '../../engine/inference/pedigreeBuilder.ts';
import { SLOW, adTrio, bruteForceChildCarrier, Q } from './riskFixtures.tsx';

afterEach(() => useRiskOverlay.getState().setShowCarrierChances(false));

describe('carrier overlay', { timeout: 20_000 }, () => {
  it('shows every person’s carrier chance on the chart when switched on, and removes it when off', async () => {
    const store = renderApp(adTrio());
    expect(screen.getByRole('button', { name: /^II-1, man, status unknown$/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show risks' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show carrier chances on the chart (rounded)' }));
    const child = `${Math.round(100 * bruteForceChildCarrier(AD, Q, 'affected', 'unaffected'))}%`;
    expect(await screen.findByRole('button', { name: `II-1, man, status unknown, carrier ${child}` }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^I-2, woman, unaffected, non-carrier$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^I-1, man, affected: .*, carrier$/ })).toBeInTheDocument();
    // The chances are drawn as a text line under the symbol, above the pedigree number.
    const texts = [...screen.getByRole('button', { name: /^II-1,/ }).closest('[data-person]')!.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.slice(-2)).toEqual([`carrier ${child}`, 'II-1']);

    // An edit (II-1 now affected) is followed by a fresh computation.
    act(() => store.getState().loadDocument(adTrio('affected')));
    expect(await screen.findByRole('button', { name: /^II-1, man, affected: .*, carrier$/ }, SLOW)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Show carrier chances on the chart (rounded)' }));
    expect(screen.getByRole('button', { name: /^II-1, man, affected: [^,]*$/ })).toBeInTheDocument();
  });

  it('words a carrier chance in at most 11 characters without rounding to a certainty', () => {
    const cases: [number, string][] = [[1, 'carrier'], [0, 'non-carrier'], [0.004, 'carrier <1%'], [0.005, 'carrier 1%'], [0.5025, 'carrier 50%'], [0.996, 'carrier 99%']];
    for (const [p, text] of cases) expect(carrierText(p)).toBe(text);
    expect(Math.max(...cases.map(([p]) => carrierText(p).length))).toBe(11);
  });
});
