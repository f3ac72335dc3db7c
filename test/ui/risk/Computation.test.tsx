// Long work stays in the user's hands: a running computation shows progress and can be
// cancelled (the worker is really stopped), started again, and a pedigree too large for
// exact inference offers a sampling estimate with error bars instead of freezing the page.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { InferenceClient } from '../../../src/ui/workers/inferenceClient.ts';
import { heldClient } from '../workers/heldWorker.ts';
import { AD } from '../../engine/inference/pedigreeBuilder.ts';
import { SLOW, adCondition, adTrio, bruteForceChildCarrier, inPageClient, renderPanel } from './riskFixtures.tsx';

describe('computation control', { timeout: 20_000 }, () => {
  it('shows progress, cancels a running computation by stopping the worker, and computes again on request', async () => {
    const { client, workers } = heldClient();
    renderPanel(adTrio(), 'C', client);
    await userEvent.click(screen.getByRole('button', { name: 'Show risks' }));
    await waitFor(() => expect(workers[0]?.queue).toHaveLength(1));
    workers[0]!.progress(0.4);
    expect(await screen.findByRole('progressbar', { name: 'Computing risks' })).toHaveAttribute('value', '0.4');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel computing risks' }));
    expect(screen.getByRole('status')).toHaveTextContent('Computing risks was cancelled.');
    expect(workers[0]!.terminated).toBe(true);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Compute risks again' }));
    // The cancelled worker is gone; the new request goes to a fresh one.
    await waitFor(() => expect(workers[1]?.queue).toHaveLength(1));
    workers[1]!.runNext();
    const table = await screen.findByRole('table', { name: 'II-1 Chris (recorded unknown)' }, SLOW);
    expect(within(table).getByRole('row', { name: /^Carries the variant/ })).toHaveTextContent('50%');
  });

  it('cancels the stale computation when the question changes before it finishes', async () => {
    const { client, workers } = heldClient();
    const view = renderPanel(adTrio(), 'C', client);
    await userEvent.click(screen.getByRole('button', { name: 'Show risks' }));
    await waitFor(() => expect(workers[0]?.queue).toHaveLength(1));
    view.show(adTrio('affected'), 'C');
    await waitFor(() => expect(workers[0]!.terminated).toBe(true));
  });

  it('offers a sampling estimate with error bars when the exact computation would be too large', async () => {
    const real = inPageClient();
    // The engine's own "too large" answer, forced by a tiny limit on this small family.
    const client: InferenceClient = { ...real, infer: (doc, c, o = {}) => real.infer(doc, c, { ...o, maxExactCost: 1 }) };
    // A common variant (q = 0.3), so that likelihood weighting has many useful samples.
    const q = 0.3;
    renderPanel(adTrio(undefined, { ...adCondition, q }), 'C', client);
    await userEvent.click(screen.getByRole('button', { name: 'Show risks' }));
    const toLocale = vi.spyOn(Number.prototype, 'toLocaleString');
    expect(await screen.findByText(/too inbred for exact inference here; a sampling estimate with error bars is available/, {}, SLOW)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Estimate by sampling (20,000 samples, with error bars)' }));
    // Numbers are grouped by hand: a first toLocaleString costs Chromium 100–300 ms (count.ts).
    expect(toLocale).not.toHaveBeenCalled();
    toLocale.mockRestore();
    const table = await screen.findByRole('table', { name: 'II-1 Chris (recorded unknown)' }, SLOW);
    const exact = 100 * bruteForceChildCarrier(AD, q, 'affected', 'unaffected');
    const text = within(table).getByRole('row', { name: /^Carries the variant/ }).querySelector('td')!.textContent!;
    const [, value, se] = /^([\d.]+)% ± ([\d.]+)%$/.exec(text)!;
    expect(Math.abs(Number(value) - exact)).toBeLessThan(4 * Number(se));
    expect(Number(se)).toBeGreaterThan(0.1);
    expect(Number(se)).toBeLessThan(2);
    expect(screen.getByText(/^Estimate from 20,000 weighted samples/)).toBeInTheDocument();
  });
});
