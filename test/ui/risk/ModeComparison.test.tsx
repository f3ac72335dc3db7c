// The students' view: the six modes with likelihood, posterior and the q each used, and the
// impossible mode marked with the people who make it so.
//
//   [I-1 Frank] ──── (I-2 Mary)     Frank affected, Mary unaffected
//                 │
//            [II-1 Chris]            affected (a father-to-son case: impossible under XD,
//                                    because Chris's X comes from his unaffected mother)
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SLOW, adTrio, renderPanel } from './riskFixtures.tsx';

async function openComparison() {
  renderPanel(adTrio('affected'), 'C');
  await userEvent.click(screen.getByRole('button', { name: 'Show risks' }));
  await userEvent.click(screen.getByRole('button', { name: 'Compare six modes' }));
}

const row = (table: HTMLElement, mode: string) => within(table).getByRole('row', { name: new RegExp(`^${mode}:`) });
const cells = (r: HTMLElement) => within(r).getAllByRole('cell').map((c) => c.textContent);

describe('mode comparison', { timeout: 20_000 }, () => {
  it('lists the six modes with the q each used for prevalence 1/10,000, and the AD likelihood by hand', async () => {
    await openComparison();
    const table = await screen.findByRole('table', { name: /^Six modes, equal prior chance each/ }, SLOW);
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.querySelector('th')!.textContent!.split(':')[0])).toEqual(['AD', 'AR', 'XD', 'XR', 'PAT', 'MAT']);
    // AD with prevalence 1e-4: 1 − (1 − q)² = 1e-4. L = P(Frank affected) · P(Mary +/+) · P(Frank passes d | affected)
    //   = 1e-4 · (1 − q)² · 1/(2 − q).
    const q = 1 - Math.sqrt(1 - 1e-4);
    const logL = Math.log10(1e-4 * (1 - q) ** 2 / (2 - q));
    // q = 0.0000500012500625…, shown to four significant digits like every q in the app.
    expect(cells(row(table, 'AD')).slice(0, 2)).toEqual(['0.00005', logL.toFixed(3)]);
    // AR: q² = 1e-4, q = 0.01 (computed as 0.009999999999999998, shown as 0.01).
    expect(cells(row(table, 'AR'))[0]).toBe('0.01');
    // PAT and MAT: prevalence q(1 − q) + q² = q.
    expect(cells(row(table, 'PAT'))[0]).toBe('0.0001');
  });

  it('marks XD impossible, naming Mary and Chris, with posterior 0, while the others share the posterior', async () => {
    await openComparison();
    const table = await screen.findByRole('table', { name: /^Six modes/ }, SLOW);
    expect(cells(row(table, 'XD')).slice(1)).toEqual(['impossible', '0']);
    const why = screen.getByRole('list', { name: 'Why some modes are impossible' });
    expect(within(why).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      // People by pedigree number and name as on the chart, not "Mary (M)"; q rounded (XD's q for prevalence 1e-4).
      'XD is impossible because of I-2 Mary, II-1 Chris. Impossible under this model (XD, X-linked, q=0.00006667, f(+/+)=0, f(+/d)=1, f(d/+)=1, f(d/d)=1, males f(+)=0, f(d)=1): ' +
        'these observations cannot all hold together — I-2 Mary: unaffected and II-1 Chris: affected. Dropping any one of them makes the data possible.',
    ]);
    const posteriors = ['AD', 'AR', 'XR', 'PAT', 'MAT'].map((m) => cells(row(table, m))[2]!);
    expect(posteriors.every((p) => /%$/.test(p))).toBe(true);
  });

  it('uses one q for every mode when asked, and says so in the q column', async () => {
    await openComparison();
    await screen.findByRole('table', { name: /^Six modes/ }, SLOW);
    await userEvent.click(screen.getByRole('radio', { name: 'The same q for every mode' }));
    const input = screen.getByRole('textbox', { name: 'q for every mode' });
    await userEvent.clear(input);
    await userEvent.type(input, '0.02');
    await screen.findAllByRole('cell', { name: '0.02' }, SLOW);
    const table = screen.getByRole('table', { name: /^Six modes/ });
    for (const m of ['AD', 'AR', 'XD', 'XR', 'PAT', 'MAT']) expect(cells(row(table, m))[0]).toBe('0.02');
    // AD with q = 0.02: L = (1 − 0.98²) · 0.98² · 1/1.98.
    expect(cells(row(table, 'AD'))[1]).toBe(Math.log10((1 - 0.98 ** 2) * 0.98 ** 2 / 1.98).toFixed(3));
  });

  it('refuses a q outside (0, 1) with a message instead of computing', async () => {
    await openComparison();
    await userEvent.click(screen.getByRole('radio', { name: 'The same q for every mode' }));
    const input = screen.getByRole('textbox', { name: 'q for every mode' });
    await userEvent.clear(input);
    await userEvent.type(input, '1.5');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number between 0 and 1');
  });
});
