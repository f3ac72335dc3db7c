import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../src/engine/document/create.ts';
import { GALLERY, openGalleryFamily } from '../../../src/engine/teaching/index.ts';
import { createAppStore } from '../../../src/store/createAppStore.ts';
import { memoryStorage } from '../../../src/store/persistence.ts';
import { TeachingHost } from '../../../src/ui/teaching/TeachingHost.tsx';

function setup() {
  const store = createAppStore({ storage: memoryStorage(), initialDocument: emptyDocument() });
  const view = render(<TeachingHost store={store} doc={store.getState().document} />);
  return { store, view };
}

describe('preset gallery', () => {
  it('lists every family with its description, what to notice and source, marking constructed families as illustrative', async () => {
    setup();
    await userEvent.click(screen.getByRole('button', { name: 'Preset gallery' }));
    const dialog = screen.getByRole('dialog', { name: 'Preset gallery' });
    const cards = within(dialog).getAllByRole('heading', { level: 3 });
    expect(cards.map((h) => h.textContent)).toEqual(GALLERY.map((e) => e.title));
    const poh = GALLERY.find((e) => e.id === 'poh-paternal')!;
    expect(within(dialog).getByText(poh.description)).toBeInTheDocument();
    expect(within(dialog).getByText(poh.whatToNotice[0]!)).toBeInTheDocument();
    expect(within(dialog).getAllByText(/illustrative family/).length).toBe(GALLERY.filter((e) => e.illustrative).length);
  });

  it('opens a family and its condition in one click, as one undoable step', async () => {
    const { store } = setup();
    const before = store.getState().document;
    await userEvent.click(screen.getByRole('button', { name: 'Preset gallery' }));
    await userEvent.click(screen.getByRole('button', { name: 'Open Progressive osseous heteroplasia: passed on by fathers only' }));
    expect(store.getState().document).toEqual(openGalleryFamily('poh-paternal'));
    expect(store.getState().document.activeConditionId).toBe('gnas');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Opened “Progressive osseous heteroplasia: passed on by fathers only”');
    store.getState().undo();
    expect(store.getState().document).toEqual(before);
  });

  it('opens a family from the keyboard alone (Tab to its button, Enter)', async () => {
    const { store } = setup();
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Preset gallery' }).focus();
    await user.keyboard('{Enter}');
    const open = screen.getByRole('button', { name: `Open ${GALLERY[0]!.title}` });
    open.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().document.meta.title).toBe(GALLERY[0]!.document.meta.title);
  });
});
