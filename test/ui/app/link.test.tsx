import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { starterDocument } from '../../../src/engine/document/examples/starters.ts';
import { renderApp } from '../helpers/renderApp.tsx';

// Trio: father (I-1) × mother (I-2) → child (II-1); plus an unconnected woman, "Wanda".
const trio = starterDocument('trio');
const doc = { ...trio, persons: [...trio.persons, { id: 'wanda', name: 'Wanda', gender: 'woman' as const, observations: {} }] };

describe('linking an existing person', { timeout: 30_000 }, () => {
  it('lists people by pedigree number and name, and links the chosen one as a parent', async () => {
    const store = renderApp(doc);
    act(() => store.getState().select('wanda'));
    await userEvent.keyboard('l');
    const dialog = screen.getByRole('dialog', { name: /^Link a person to .*Wanda/ });
    const options = [...dialog.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toHaveLength(3);
    expect(options.every((o) => /^I+-\d/.test(o ?? ''))).toBe(true);
    await userEvent.click(screen.getByRole('radio', { name: /a parent of/ }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Person' }), 'father');
    await userEvent.click(screen.getByRole('button', { name: 'Link' }));
    expect(store.getState().document.persons.find((p) => p.id === 'wanda')!.singleParent).toBe('father');
  });

  it('shows the engine’s message, naming people by pedigree number as the chart does, and changes nothing when the link would make a person their own ancestor', async () => {
    const store = renderApp(doc);
    const before = store.getState().document;
    act(() => store.getState().select('father'));
    await userEvent.keyboard('l');
    await userEvent.click(screen.getByRole('radio', { name: /a parent of/ }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Person' }), 'child');
    await userEvent.click(screen.getByRole('button', { name: 'Link' }));
    // The trio is unnamed, so the chart's labels are numbers alone: II-1 (not "child"), I-x (not "father").
    expect(screen.getByRole('alert').textContent).toMatch(/^II-1 is a descendant of I-[12], so cannot be their parent: I-[12] would become their own ancestor\.$/);
    expect(store.getState().document).toBe(before);
  });
});
