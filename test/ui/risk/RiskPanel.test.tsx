// The risk panel as a counselor uses it: select a person, open the panel, read the numbers,
// the reasoning and the assumptions; numbers are checked against a brute-force enumeration.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { percent } from '../../../src/engine/genetics/explainWords.ts';
import { AD } from '../../engine/inference/pedigreeBuilder.ts';
import { SLOW, adTrio, bruteForceChildCarrier, Q, renderPanel } from './riskFixtures.tsx';

const rowValue = (table: HTMLElement, label: string) => within(table).getByRole('row', { name: new RegExp(`^${label.replace(/[()+/]/g, '\\$&')}`) }).querySelector('td')!.textContent;

describe('RiskPanel', { timeout: 20_000 }, () => {
  it('shows the child of an affected father in an AD trio as a 50% carrier, split by copy, with the genotype chances', async () => {
    renderPanel(adTrio(), 'C');
    await userEvent.click(screen.getByRole('button', { name: 'Show risks' }));
    const table = await screen.findByRole('table', { name: 'II-1 Chris (recorded unknown)' }, SLOW);
    const expected = bruteForceChildCarrier(AD, Q, 'affected', 'unaffected');
    expect(percent(expected)).toBe('50%');
    expect(rowValue(table, 'Carries the variant')).toBe('50%');
    // Mary is certainly +/+ under full-penetrance AD: the variant can only be on the father's copy.
    expect(rowValue(table, 'Variant on the copy from the father')).toBe('50%');
    expect(rowValue(table, 'Variant on the copy from the mother')).toBe('0%');
    expect(rowValue(table, 'Affected (now or later)')).toBe('50%');
    expect(rowValue(table, 'Genotype +/+')).toBe('50%');
    expect(rowValue(table, 'Genotype d/+')).toBe('50%');
    expect(screen.getByText(/Σ chance of each genotype × its penetrance = \+\/\+ 50% × 0% \+ d\/\+ 50% × 100% = 50%/)).toBeInTheDocument();
  });

  it('gives a next son and daughter of the couple their carrier and affected chances', async () => {
    renderPanel(adTrio(), 'F');
    await userEvent.click(screen.getByRole('button', { name: 'Show risks' }));
    expect(screen.getByRole('combobox', { name: 'Father (gives sperm)' })).toHaveValue('F');
    expect(screen.getByRole('combobox', { name: 'Mother (gives eggs)' })).toHaveValue('M');
    const son = await screen.findByRole('table', { name: 'A next son of I-1 Frank and I-2 Mary' }, SLOW);
    const daughter = screen.getByRole('table', { name: 'A next daughter of I-1 Frank and I-2 Mary' });
    const expected = percent(bruteForceChildCarrier(AD, Q, 'affected', 'unaffected'));
    for (const t of [son, daughter]) {
      expect(rowValue(t, 'Carries the variant')).toBe(expected);
      expect(rowValue(t, 'Affected')).toBe(expected);
    }
  });

  it('says which recorded fact drove the number and by how much', async () => {
    renderPanel(adTrio(), 'C');
    await userEvent.click(screen.getByRole('button', { name: 'Show risks' }));
    const why = await screen.findByRole('region', { name: 'Why these numbers' }, SLOW);
    const list = await within(why).findByRole('list', { name: 'What moved II-1 Chris’s carrier chance' }, SLOW);
    // Without Frank's status, Chris carries the variant only if Frank passes one on: chance q.
    expect(within(list).getByText('I-1 Frank (father of II-1 Chris): affected. Without this fact the chance would be 0.01% instead of 50%.')).toBeInTheDocument();
    expect(within(list).getByText(/The facts recorded for I-2 Mary hardly change it/)).toBeInTheDocument();
    expect(within(why).getByText(/on the copy from the father \(d\/\+\) causes the condition in 100% of people, on the copy from the mother \(\+\/d\) in 100%/)).toBeInTheDocument();
  });

  it('shows every assumption behind the numbers: q, four penetrances, ages, de novo, transmission', async () => {
    renderPanel(adTrio(), 'C');
    await userEvent.click(screen.getByRole('button', { name: 'Show risks' }));
    const a = screen.getByRole('region', { name: 'Assumptions' });
    expect(a).toHaveTextContent('Variant frequency q = 0.0001');
    expect(a).toHaveTextContent('f(+/+) = 0%, f(d/+) = 100%, f(+/d) = 100%, f(d/d) = 100%');
    expect(a).toHaveTextContent('Ages are not used: this model has no age-of-onset curve');
    expect(a).toHaveTextContent('New variants per meiosis (de novo): 0 from a father, 0 from a mother.');
    expect(a).toHaveTextContent('A carrier father passes the variant to 50% of children, a carrier mother to 50%.');
  });

  it('says "impossible under this model" naming the people when an affected child has two unaffected parents under AD', async () => {
    const doc = adTrio('affected');
    const impossible = { ...doc, persons: doc.persons.map((p) => (p.id === 'F' ? { ...p, observations: { c: { status: 'unaffected' as const } } } : p)) };
    renderPanel(impossible, 'C');
    await userEvent.click(screen.getByRole('button', { name: 'Show risks' }));
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('Impossible under this model because of I-1 Frank, I-2 Mary, II-1 Chris.');
    // The engine's reason names them as the chart does, never by internal id ("Frank (F)").
    expect(alert).toHaveTextContent(/these observations cannot all hold together — I-1 Frank: unaffected, I-2 Mary: unaffected and II-1 Chris: affected\. Dropping any one/);
    expect(alert).not.toHaveTextContent(/\((F|M|C)\)/);
    expect(alert).not.toHaveTextContent('NaN');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('asks about the couple picked by hand, or about no next child at all', async () => {
    renderPanel(adTrio(), 'C');
    await userEvent.click(screen.getByRole('button', { name: 'Show risks' }));
    // Chris has no partner: the default question is his parents' next child.
    await screen.findByRole('table', { name: 'A next son of I-1 Frank and I-2 Mary' }, SLOW);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Father (gives sperm)' }), '— no next child —');
    expect(screen.queryByRole('table', { name: /^A next/ })).not.toBeInTheDocument();
    // Picking a father again pairs him with the first person who gives eggs (Mary).
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Father (gives sperm)' }), 'I-1 Frank');
    expect(screen.getByRole('combobox', { name: 'Mother (gives eggs)' })).toHaveValue('M');
    const son = await screen.findByRole('table', { name: 'A next son of I-1 Frank and I-2 Mary' }, SLOW);
    expect(rowValue(son, 'Carries the variant')).toBe(percent(bruteForceChildCarrier(AD, Q, 'affected', 'unaffected')));
  });

  it('computes nothing until the panel is opened', async () => {
    const { client } = renderPanel(adTrio(), 'C');
    let calls = 0;
    const infer = client.infer;
    client.infer = (...args) => (calls++, infer(...args));
    await new Promise((r) => setTimeout(r, 400));
    expect(calls).toBe(0);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
