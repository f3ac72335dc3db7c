// "Run 1,000 times" never freezes the page: it runs in the worker, the button shows it is busy
// and cannot start a second run, Cancel stops the worker, and a worker failure is said in
// words. A held worker answers only when the test says so.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openGalleryFamily, runMany } from '../../../src/engine/teaching/index.ts';
import { InferenceClientContext } from '../../../src/ui/risk/inferenceClientContext.ts';
import type { PedigreeDocument } from '../../../src/engine/document/types.ts';
import { chartNames } from '../../../src/ui/teaching/chartNames.ts';
import { SimulationPanel } from '../../../src/ui/teaching/SimulationPanel.tsx';
import { heldClient } from '../workers/heldWorker.ts';

const doc = openGalleryFamily('poh-paternal')!;
const condition = doc.conditions.find((c) => c.id === doc.activeConditionId)!;

function renderWithHeldWorkers(pedigree: PedigreeDocument = doc) {
  const { client, workers } = heldClient();
  render(
    <InferenceClientContext.Provider value={client}>
      <SimulationPanel doc={pedigree} onClose={() => {}} />
    </InferenceClientContext.Provider>,
  );
  return workers;
}

describe('Run 1,000 times in the worker', { timeout: 20_000 }, () => {
  it('shows a busy button and progress while the worker runs, then the tallies of runMany for the seed', async () => {
    const user = userEvent.setup();
    const workers = renderWithHeldWorkers();
    await user.click(screen.getByRole('button', { name: 'Run 1,000 times' }));
    await waitFor(() => expect(workers[0]?.queue).toHaveLength(1));
    expect(workers[0]!.queue[0]).toMatchObject({ type: 'simulate', runs: 1000, seed: 1 });
    workers[0]!.progress(0.25);
    expect(await screen.findByRole('progressbar', { name: 'Computing 1,000 runs' })).toHaveAttribute('value', '0.25');
    const busy = screen.getByRole('button', { name: 'Running 1,000 times…' });
    expect(busy).toBeDisabled();
    expect(busy).toHaveAttribute('aria-busy', 'true');

    workers[0]!.runNext();
    const table = await screen.findByRole('table', { name: 'Affected children per run, simulated and exact' });
    const expected = runMany(doc, condition, 1000, 1);
    if (!expected.ok) throw new Error(expected.problems.join(' '));
    const total = within(table).getByRole('row', { name: /all children/ });
    expect(within(total).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      expected.result.total.simulatedMean.toFixed(3),
      expected.result.total.simulatedStandardError.toFixed(3),
      expected.result.total.exactMean!.toFixed(3),
    ]);
    expect(screen.getByRole('button', { name: 'Run 1,000 times' })).toBeEnabled();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('Cancel stops the worker, frees the button, and the runs can be started again', async () => {
    const user = userEvent.setup();
    const workers = renderWithHeldWorkers();
    await user.click(screen.getByRole('button', { name: 'Run 1,000 times' }));
    await waitFor(() => expect(workers[0]?.queue).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Cancel computing 1,000 runs' }));
    expect(workers[0]!.terminated).toBe(true);
    expect(screen.getByText('Computing 1,000 runs was cancelled.', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run 1,000 times' })).toBeEnabled();
    expect(screen.queryByRole('table', { name: /simulated and exact/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Compute 1,000 runs again' }));
    await waitFor(() => expect(workers[1]?.queue).toHaveLength(1));
    workers[1]!.runNext();
    await screen.findByRole('table', { name: 'Affected children per run, simulated and exact' });
  });

  it('says in words that the runs failed when the worker stops, and offers to try again', async () => {
    const user = userEvent.setup();
    const workers = renderWithHeldWorkers();
    await user.click(screen.getByRole('button', { name: 'Run 1,000 times' }));
    await waitFor(() => expect(workers[0]?.queue).toHaveLength(1));
    workers[0]!.crash('out of memory');
    expect(await screen.findByRole('alert')).toHaveTextContent('Computing 1,000 runs failed: out of memory');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Run 1,000 times' })).toBeEnabled();
  });

  it('names the person the runs cannot be made for as the chart does (pedigree number, then name), not by internal id', async () => {
    // The same family under an X-linked condition, with the last person's sex unknown.
    const last = doc.persons.at(-1)!;
    const xLinked: PedigreeDocument = {
      ...doc,
      conditions: doc.conditions.map((c) => (c.id === condition.id ? { ...c, chromosome: 'X' as const } : c)),
      persons: doc.persons.map((p) => (p.id === last.id ? { ...p, gender: 'unknown' as const, sexAssignedAtBirth: undefined } : p)),
    };
    const user = userEvent.setup();
    const workers = renderWithHeldWorkers(xLinked);
    await user.click(screen.getByRole('button', { name: 'Run 1,000 times' }));
    await waitFor(() => expect(workers[0]?.queue).toHaveLength(1));
    workers[0]!.runNext();
    const label = chartNames(xLinked)(last.id);
    expect(label).toMatch(/^[IVX]+-\d+/);
    expect(await screen.findByText(/^The runs cannot be made:/)).toHaveTextContent(
      `The runs cannot be made: ${label} has no recorded sex, which an X-linked condition needs (one X in men, two in women)`,
    );
  });
});
