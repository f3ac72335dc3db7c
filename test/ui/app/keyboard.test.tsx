import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { starterDocument } from '../../../src/engine/document/examples/starters.ts';
import { renderApp } from '../helpers/renderApp.tsx';

// Three generations (see test/ui/keyboard/navigate.test.ts for the drawing).
const threeGenerations = starterDocument('three-generations');

describe('keyboard editing in the whole app', { timeout: 30_000 }, () => {
  it('selects a person by tabbing to them in the chart', async () => {
    const store = renderApp(threeGenerations);
    const first = screen.getAllByRole('button', { name: /^I-1,/ })[0]!;
    act(() => first.focus());
    expect(store.getState().selection).toBe('paternal-grandfather');
    expect(screen.getByRole('heading', { name: /^Inspector: I-1/ })).toBeInTheDocument();
  });

  it('moves the selection with the arrows: down to the child, up to the parent, right to the partner', async () => {
    const store = renderApp(threeGenerations);
    act(() => store.getState().select('father'));
    await userEvent.keyboard('{ArrowDown}');
    expect(store.getState().selection).toBe('son');
    await userEvent.keyboard('{ArrowRight}');
    expect(store.getState().selection).toBe('daughter');
    await userEvent.keyboard('{ArrowUp}');
    expect(store.getState().selection).toBe('father');
    await userEvent.keyboard('{ArrowRight}');
    expect(store.getState().selection).toBe('mother');
    expect(screen.getByRole('button', { name: /^II-2,/, pressed: true })).toBeInTheDocument();
  });

  it('adds a son with S and a partner with P, and undoes them with Ctrl+Z', async () => {
    const store = renderApp(threeGenerations);
    act(() => store.getState().select('son'));
    await userEvent.keyboard('p');
    expect(store.getState().document.persons).toHaveLength(9);
    await userEvent.keyboard('s');
    expect(store.getState().document.persons).toHaveLength(10);
    expect(screen.getAllByRole('button', { name: /^IV-1,.*\bman\b/ })).toHaveLength(1);
    await userEvent.keyboard('{Control>}z{/Control}');
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(store.getState().document.persons).toHaveLength(8);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(store.getState().document.persons).toHaveLength(9);
  });

  it('never treats typing in a field as a shortcut', async () => {
    const store = renderApp(threeGenerations);
    act(() => store.getState().select('son'));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await userEvent.type(name, 'Sam Doe{Enter}');
    expect(store.getState().document.persons).toHaveLength(8);
    expect(store.getState().document.persons.find((p) => p.id === 'son')!.name).toBe('Sam Doe');
  });

  it('opens the help overlay with ?, traps focus in it, closes it with Escape and gives focus back', async () => {
    renderApp(threeGenerations);
    const help = screen.getByRole('button', { name: 'Help' });
    act(() => help.focus());
    await userEvent.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts and help' });
    expect(dialog).toHaveTextContent('Add a son');
    const close = screen.getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    await userEvent.tab();
    expect(close).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(help).toHaveFocus();
  });

  it('previews a removal with Delete and removes only after confirming', async () => {
    const store = renderApp(threeGenerations);
    act(() => store.getState().select('daughter'));
    await userEvent.keyboard('{Delete}');
    const dialog = screen.getByRole('alertdialog', { name: /^Remove III-2/ });
    // The explanation names people as the chart does, not by internal id ("daughter").
    expect(within(dialog).getByText(/^III-2 will be removed\.$/)).toBeInTheDocument();
    expect(store.getState().document.persons).toHaveLength(8);
    await userEvent.click(screen.getByRole('button', { name: 'Remove 1 person' }));
    expect(store.getState().document.persons.map((p) => p.id)).not.toContain('daughter');
  });
});
