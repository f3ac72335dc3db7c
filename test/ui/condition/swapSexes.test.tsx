import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { starterDocument } from '../../../src/engine/document/examples/starters.ts';
import { personById } from '../../../src/engine/document/queries.ts';
import { PRESETS } from '../../../src/engine/genetics/presets/index.ts';
import { ConditionPanel } from '../../../src/ui/condition/ConditionPanel.tsx';
import { CouplePanel } from '../../../src/ui/condition/CouplePanel.tsx';
import { Inspector } from '../../../src/ui/inspector/Inspector.tsx';
import { renderWithEditor } from '../helpers/EditorHarness.tsx';
import { renderApp } from '../helpers/renderApp.tsx';

// The GNAS family: Ben (III-2, +/d) and Eva (+/+) are a couple with three children.
const family = starterDocument('gnas-family');
const name = (id: string) => personById(family, id)?.name ?? id;
const sexes = (doc: typeof family) => [personById(doc, 'ben')?.gender, personById(doc, 'ben-wife')?.gender];

describe('swapping a couple’s sexes', () => {
  it('turns Ben into the mother in the couple’s cross: his variant now gives +/d (PHP1a) in 59% and d/+ in none', async () => {
    const h = renderWithEditor(
      family,
      (doc, selected) => <ConditionPanel doc={doc} presets={PRESETS} cross={<CouplePanel doc={doc} selectedId={selected} labelOf={name} />} />,
      'ben',
    );
    const couple = screen.getByRole('region', { name: 'Children of the selected couple' });
    const cell = (genotype: string) => within(couple).getByRole('cell', { name: new RegExp(`^${genotype.replace('+', '\\+')}\\s?\\d`) }).textContent;
    expect(couple).toHaveTextContent(/Ben \(father, \+\/d\).*Eva \(mother, \+\/\+\)/);
    expect(cell('d/+')).toMatch(/^d\/\+50%/);
    await userEvent.click(screen.getByRole('button', { name: 'Swap the parents’ sexes' }));
    expect(h.history).toHaveLength(1);
    expect(sexes(h.latest())).toEqual(['woman', 'man']);
    expect(couple).toHaveTextContent(/Eva \(father, \+\/\+\).*Ben \(mother, \+\/d\)/);
    // The GNAS preset's maternal transmission ratio is 0.59 (Snanoudj et al. 2020).
    expect(cell('+/d')).toMatch(/^\+\/d59%.*PHP1a/);
    expect(cell('d/+')).toMatch(/^d\/\+0%/);
  });

  it('swaps from the inspector’s partnership section in one edit', async () => {
    const h = renderWithEditor(family, (doc) => <Inspector doc={doc} selectedId="ben" labelOf={(id) => (id === 'ben-wife' ? 'III-1 Eva' : id)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Swap sexes with III-1 Eva' }));
    expect(h.history).toHaveLength(1);
    expect(sexes(h.latest())).toEqual(['woman', 'man']);
    expect(screen.getByRole('combobox', { name: 'Gender (symbol)' })).toHaveValue('woman');
  });

  it('shows the engine’s reason when the swap is refused and changes nothing', async () => {
    // Anna's husband also has a child with Zoe, a woman: he cannot become a woman.
    const withZoe = {
      ...family,
      persons: [...family.persons, { id: 'zoe', name: 'Zoe', gender: 'woman' as const, observations: {} }, { id: 'kid', gender: 'man' as const, parentUnion: 'u-zoe', observations: {} }],
      unions: [...family.unions, { id: 'u-zoe', partners: ['anna-husband', 'zoe'] as [string, string] }],
    };
    const h = renderWithEditor(withZoe, (doc) => <Inspector doc={doc} selectedId="anna" labelOf={name} />);
    await userEvent.click(screen.getByRole('button', { name: /^Swap sexes with/ }));
    expect(h.history).toHaveLength(0);
    expect(h.alerts.at(-1)).toMatch(/Zoe.*would both give an egg/);
  });

  it('swaps the selected couple with the X key in the app, undone by one Ctrl+Z; the help overlay lists X', { timeout: 30_000 }, async () => {
    const store = renderApp(family);
    act(() => store.getState().select('lily'));
    await userEvent.keyboard('x');
    expect(sexes(store.getState().document)).toEqual(['woman', 'man']);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(sexes(store.getState().document)).toEqual(['man', 'woman']);
    await userEvent.keyboard('?');
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts and help' });
    expect(within(help).getByRole('row', { name: /^X Swap the sexes of the selected couple/ })).toBeInTheDocument();
  });
});
