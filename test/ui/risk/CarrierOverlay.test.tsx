// The chart overlay in the whole app: the risk panel's switch writes each person's exact
// carrier chance under their symbol and into their accessible name, and follows edits.
//
//   [I-1] ──── (I-2)      I-1 affected, I-2 unaffected (AD, q = 1e-4)
//           │
//        [II-1]           unknown: carrier 1/(2 − q) ≈ 50%
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { percent } from '../../../src/engine/genetics/explainWords.ts';
import { useRiskOverlay } from '../../../src/ui/risk/riskOverlay.ts';
import { renderApp } from '../helpers/renderApp.tsx';
import { AD } from '../../engine/inference/pedigreeBuilder.ts';
import { SLOW, adTrio, bruteForceChildCarrier, Q } from './riskFixtures.tsx';

afterEach(() => useRiskOverlay.getState().setShowCarrierChances(false));

describe('carrier overlay', { timeout: 20_000 }, () => {
  it('shows every person’s carrier chance on the chart when switched on, and removes it when off', async () => {
    const store = renderApp(adTrio());
    expect(screen.getByRole('button', { name: /^II-1, man, status unknown$/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show risks' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show carrier chances on the chart' }));
    const child = percent(bruteForceChildCarrier(AD, Q, 'affected', 'unaffected'));
    expect(await screen.findByRole('button', { name: `II-1, man, status unknown, carrier ${child}` }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^I-2, woman, unaffected, carrier 0%$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^I-1, man, affected: .*, carrier 100%$/ })).toBeInTheDocument();
    // The chances are drawn as a text line under the symbol, above the pedigree number.
    const texts = [...screen.getByRole('button', { name: /^II-1,/ }).querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.slice(-2)).toEqual([`carrier ${child}`, 'II-1']);

    // An edit (II-1 now affected) is followed by a fresh computation.
    act(() => store.getState().loadDocument(adTrio('affected')));
    expect(await screen.findByRole('button', { name: /^II-1, man, affected: .*, carrier 100%$/ }, SLOW)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Show carrier chances on the chart' }));
    expect(screen.getByRole('button', { name: /^II-1, man, affected: [^,]*$/ })).toBeInTheDocument();
  });
});
