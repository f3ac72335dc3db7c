import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { openGalleryFamily, runMany, stepThrough } from '../../../src/engine/teaching/index.ts';
import { child, doc as makeDoc, man, union, unknownSex, woman } from '../../fixtures/documents.ts';
import { SimulationPanel } from '../../../src/ui/teaching/SimulationPanel.tsx';

const doc = openGalleryFamily('poh-paternal')!;
const condition = doc.conditions.find((c) => c.id === doc.activeConditionId)!;

async function stepTexts(user: ReturnType<typeof userEvent.setup>, n: number): Promise<string[]> {
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    await user.click(screen.getByRole('button', { name: 'Step' }));
    texts.push(screen.getByRole('status', { name: 'Current step' }).textContent ?? '');
  }
  return texts;
}

/** "I-1 Walter": the start of a person's accessible name on the chart ("I-1, man, …") and their name. */
function nameOnChart(id: string): string {
  const symbol = document.querySelector(`[data-person="${id}"] [role="button"], [data-person="${id}"] [role="img"]`);
  const number = symbol?.getAttribute('aria-label')?.split(',')[0];
  if (!number) throw new Error(`no person ${id} on the chart`);
  const name = doc.persons.find((p) => p.id === id)?.name;
  return name ? `${number} ${name}` : number;
}

describe('step-through simulation', () => {
  it('shows the same steps twice for the same seed, and they are the engine run for that seed', async () => {
    const user = userEvent.setup();
    render(<SimulationPanel doc={doc} onClose={() => {}} />);
    const seed = screen.getByRole('spinbutton', { name: 'Seed' });
    await user.clear(seed);
    await user.type(seed, '42');
    const first = await stepTexts(user, 5);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByText(/^Step 0 of/)).toBeInTheDocument();
    const second = await stepTexts(user, 5);
    expect(second).toEqual(first);
    // The engine's run for seed 42, with people named as the chart shows them.
    const run = stepThrough(doc, condition, 42, { nameOf: nameOnChart });
    if (!run.ok) throw new Error(run.problems.join(' '));
    expect(first).toEqual(run.run.steps.slice(0, 5).map((s) => s.text));
  }, 30_000);

  it('names people by pedigree number and name, as the chart does, never by internal id', async () => {
    const user = userEvent.setup();
    render(<SimulationPanel doc={doc} onClose={() => {}} />);
    const texts = await stepTexts(user, 5);
    expect(texts[0]).toBe('I-1 Walter starts the family line with copies d/+ (paternal/maternal), as recorded in the pedigree.');
    // Seed 1: Walter passes his mother's working copy to Paul.
    expect(texts[4]).toBe(
      "I-1 Walter passes the copy he received from his mother, carrying a working copy (+). Passed in sperm, it becomes II-2 Paul's paternal copy — a copy silenced in the kidney, thyroid, pituitary and gonads.",
    );
    for (const text of texts) expect(text).not.toMatch(/\((walter|greta|paul)\)/);
  }, 30_000);

  it('names a person it cannot simulate by pedigree number, not internal id', () => {
    //   [dad]──(mum)      an X-linked condition needs each person's sex;
    //        │            the child (a diamond) has none recorded
    //      <kid>
    const xr = conditionForMode('XR');
    const family = makeDoc([man('dad'), woman('mum'), child(unknownSex('kid'), 'u1')], [union('u1', 'dad', 'mum')], [], { conditions: [xr], activeConditionId: xr.id });
    render(<SimulationPanel doc={family} onClose={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^II-1 has no recorded sex, which an X-linked condition needs/);
  });

  it('says how the transmitting parent’s sex resets the imprint at a meiosis step', async () => {
    const user = userEvent.setup();
    render(<SimulationPanel doc={doc} onClose={() => {}} />);
    const run = stepThrough(doc, condition, 1);
    if (!run.ok) throw new Error('no run');
    const firstMeiosis = run.run.steps.findIndex((s) => s.kind === 'meiosis');
    const texts = await stepTexts(user, firstMeiosis + 1);
    expect(texts[firstMeiosis]).toMatch(/becomes .*(paternal|maternal) copy/);
  }, 30_000);

  it('Step generation shows every step of the next generation at once', async () => {
    const user = userEvent.setup();
    render(<SimulationPanel doc={doc} onClose={() => {}} />);
    const run = stepThrough(doc, condition, 1);
    if (!run.ok) throw new Error('no run');
    // Founders of later rows come with their row's children, so generation I is the
    // leading block of generation-0 steps (Walter's and Greta's copies and phenotypes).
    const firstGeneration = run.run.steps.findIndex((s) => s.generation !== 0);
    expect(firstGeneration).toBe(4);
    await user.click(screen.getByRole('button', { name: 'Step generation' }));
    expect(screen.getByText(`Step ${firstGeneration} of ${run.run.steps.length}`)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Steps so far' })).getAllByRole('listitem')).toHaveLength(firstGeneration);
  });

  it('runs 1,000 times (in the worker, in-page under jsdom) and tabulates the engine’s simulated and exact values', async () => {
    const user = userEvent.setup();
    render(<SimulationPanel doc={doc} onClose={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Run 1,000 times' }));
    const expected = runMany(doc, condition, 1000, 1);
    if (!expected.ok) throw new Error('no result');
    const table = await screen.findByRole('table', { name: 'Affected children per run, simulated and exact' }, { timeout: 8000 });
    const total = within(table).getByRole('row', { name: /all children/ });
    expect(within(total).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      expected.result.total.simulatedMean.toFixed(3),
      expected.result.total.simulatedStandardError.toFixed(3),
      expected.result.total.exactMean!.toFixed(3),
    ]);
    expect(screen.getByRole('img', { name: /over 1,000 runs, simulated \(bars\) against exact/ })).toBeInTheDocument();
  });
});
