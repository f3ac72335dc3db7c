// A press on a person selects them (focus = selection). If the chart moves before the
// click — the toolbar above it grows when someone is selected — the click lands on the
// background; that must not clear the selection the press just made.
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { starterDocument } from '../../../src/engine/document/examples/starters.ts';
import { renderApp } from '../helpers/renderApp.tsx';

const family = starterDocument('gnas-family');
const chart = () => screen.getByRole('group', { name: /^Pedigree chart/ });
const ben = () => screen.getAllByRole('button', { name: /^III-2, Ben/ })[0]!;

describe('pressing a person when the chart moves before the click', { timeout: 30_000 }, () => {
  it('keeps the person selected when the press began on them and the click lands on the background', () => {
    const store = renderApp(family);
    const symbol = ben().firstElementChild!;
    fireEvent.pointerDown(symbol);
    act(() => ben().focus());
    expect(store.getState().selection).toBe('ben');
    fireEvent.pointerUp(chart());
    fireEvent.click(chart());
    expect(store.getState().selection).toBe('ben');
    expect(ben()).toHaveAttribute('aria-pressed', 'true');
  });

  it('still clears the selection when press and click are both on the background', () => {
    const store = renderApp(family);
    act(() => store.getState().select('ben'));
    fireEvent.pointerDown(chart());
    fireEvent.click(chart());
    expect(store.getState().selection).toBeNull();
  });
});
