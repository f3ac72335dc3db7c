import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gradedChallenge, scoreChallenge } from '../../../src/engine/teaching/index.ts';
import { ChallengePanel } from '../../../src/ui/teaching/ChallengePanel.tsx';
import { MODE_CHOICES } from '../../../src/ui/teaching/challengeModes.ts';

// easy-1 is drawn under X-linked recessive (CHALLENGE_SET); the panel opens on it.
const loaded = gradedChallenge('easy-1');
if (!loaded.ok) throw new Error(loaded.problems.join(' '));
const challenge = loaded.challenge;
const hiddenLabel = MODE_CHOICES.find((c) => c.mode === challenge.hiddenMode)!.label;
const truth = scoreChallenge(challenge, { mode: challenge.hiddenMode, obligateCarriers: [] });
if (!truth.ok) throw new Error('no score');
const obligate = truth.score.carriers.expected;

function personButton(id: string): Element {
  const el = document.querySelector(`[data-person="${id}"] [role="button"]`);
  if (!el) throw new Error(`no person ${id}`);
  return el;
}

/** The pedigree number the chart shows for a person: the start of its accessible name ("II-3, man, …"). */
const numberOnChart = (id: string) => personButton(id).getAttribute('aria-label')!.split(',')[0]!;

describe('challenge mode', () => {
  it('hides the copies and the mode: the chart shows no genotype, the trait is the neutral mystery trait', () => {
    render(<ChallengePanel onClose={() => {}} />);
    expect(challenge.hiddenMode).toBe('XR');
    expect(obligate.length).toBeGreaterThan(0);
    const chart = screen.getByRole('group', { name: 'Challenge pedigree easy-1' });
    expect(chart.textContent).not.toMatch(/\+\/d|d\/\+|X-linked/);
  });

  it('scores the right mode with every obligate carrier marked 100 and says so', async () => {
    const user = userEvent.setup();
    render(<ChallengePanel onClose={() => {}} />);
    await user.click(screen.getByRole('radio', { name: hiddenLabel }));
    for (const id of obligate) {
      await user.click(personButton(id));
      await user.click(screen.getByRole('button', { name: 'Carrier mark' }));
      expect(screen.getByRole('button', { name: 'Carrier mark' })).toHaveAttribute('aria-pressed', 'true');
    }
    expect(screen.getByText(`Marked: ${obligate.length}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    const result = screen.getByRole('region', { name: 'Challenge result' });
    expect(within(result).getByRole('status')).toHaveTextContent(`Score 100 / 100 — mode right; carriers found ${obligate.length} of ${obligate.length}.`);
    expect(result).toHaveTextContent('Right: the trait was simulated as');
  }, 30_000);

  it('scores an impossible mode with no carriers marked 0 for the mode and explains why it is impossible', async () => {
    const user = userEvent.setup();
    render(<ChallengePanel onClose={() => {}} />);
    const impossible = challenge.fits.find((f) => f.log10Likelihood === null);
    if (!impossible) throw new Error('easy-1 should rule out at least one mode');
    const expected = scoreChallenge(challenge, { mode: impossible.mode, obligateCarriers: [] });
    if (!expected.ok) throw new Error('no score');
    await user.click(screen.getByRole('radio', { name: MODE_CHOICES.find((c) => c.mode === impossible.mode)!.label }));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    const result = screen.getByRole('region', { name: 'Challenge result' });
    // Mode credit 0; nothing marked → precision 1, recall 0 → F1 0: the score is 0.
    expect(expected.score.score).toBe(0);
    expect(within(result).getByRole('status')).toHaveTextContent(`Score 0 / 100 — mode wrong; carriers found 0 of ${obligate.length}.`);
    // The engine's explanation, sentence by sentence, starting with why the chosen mode is
    // impossible, with people named by the pedigree numbers under their symbols.
    const named = scoreChallenge(challenge, { mode: impossible.mode, obligateCarriers: [] }, numberOnChart);
    if (!named.ok) throw new Error('no score');
    const culprits = impossible.impossibleCulprits!.map(numberOnChart);
    expect(culprits).toEqual(['II-6', 'II-7', 'III-7']);
    expect(named.score.explanation[0]).toBe(
      'Impossible under Autosomal dominant: the statuses or recorded copies of II-6, II-7 and III-7 cannot all hold together. The trait was simulated as X-linked recessive.',
    );
    const items = within(result).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(named.score.explanation);
    expect(items.join(' ')).not.toMatch(/\bp\d+\b/);
    const table = within(result).getByRole('table', { name: 'Mode comparison' });
    expect(within(table).getByRole('row', { name: new RegExp(impossible.name) })).toHaveTextContent(`impossible: ${named.score.explanation[0]!.split(' The trait')[0]}`);
    expect(table.textContent).not.toMatch(/\bp\d+\b/);
    // q per mode for equal prevalence, four significant digits: AR's 0.009999999999999998 reads 0.01.
    expect(within(within(table).getByRole('row', { name: /^Autosomal recessive/ })).getAllByRole('cell')[0]).toHaveTextContent(/^0\.01$/);
  }, 30_000);
});
