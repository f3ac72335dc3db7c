import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gnasFamily } from '../../../src/engine/document/examples/gnasFamily.ts';
import { presetById } from '../../../src/engine/genetics/presets/index.ts';
import { decodeShareHash, encodeShareHash } from '../../../src/engine/sharing/shareUrl.ts';
import { layoutPedigree } from '../../../src/layout/layoutPedigree.ts';
import { createAppStore } from '../../../src/store/createAppStore.ts';
import { memoryStorage } from '../../../src/store/persistence.ts';
import { TeachingHost } from '../../../src/ui/teaching/TeachingHost.tsx';

const family = gnasFamily(presetById('gnas')!);
const NAMES = family.persons.map((p) => p.name!);

/** The teaching bar over the GNAS family; returns the user (whose clipboard the link goes to). */
function renderBar() {
  const user = userEvent.setup();
  const store = createAppStore({ storage: memoryStorage(), initialDocument: family });
  render(<TeachingHost store={store} doc={family} />);
  return user;
}

async function copiedLink(): Promise<string> {
  const url = await navigator.clipboard.readText();
  expect(url).toMatch(/#share=1\.[zj]\./);
  return url;
}

describe('Copy share link', () => {
  it('with "Link without names and dates" copies a link whose pedigree has no name or title, and says so', async () => {
    const user = renderBar();
    await user.click(screen.getByRole('checkbox', { name: 'Link without names and dates' }));
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    await screen.findByText(/^Share link copied/);
    expect(screen.getByRole('status')).toHaveTextContent(/copied \([\d,]+ characters\), without names, dates or notes: people are known by pedigree number only\./);
    const decoded = await decodeShareHash(await copiedLink());
    if (!decoded.ok) throw new Error(decoded.errors.join(' '));
    const shared = decoded.shared.document;
    const text = JSON.stringify({ ...shared, conditions: [] });
    for (const name of NAMES) expect(text).not.toContain(name);
    expect(shared.meta).toEqual({});
    // The receiver's chart numbers everyone as the sender's does (same layout, new ids).
    const [sent, received] = [layoutPedigree(family), layoutPedigree(shared)];
    expect(shared.persons.map((p) => received.people[p.id]!.label)).toEqual(family.persons.map((p) => sent.people[p.id]!.label));
  });

  it('without the privacy choice keeps names and title, and says the link has them', async () => {
    const user = renderBar();
    expect(screen.getByRole('checkbox', { name: 'Link without names and dates' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    await screen.findByText(/^Share link copied/);
    expect(screen.getByRole('status')).toHaveTextContent(/characters\), with names and dates\./);
    const decoded = await decodeShareHash(await copiedLink());
    expect(decoded.ok && decoded.shared.document).toEqual(family);
  });

  it('says the link’s length with its thousands grouped, without loading the browser’s number formatter', async () => {
    const user = renderBar();
    // The first toLocaleString of a page costs Chromium 100–300 ms of main thread (count.ts).
    const toLocale = vi.spyOn(Number.prototype, 'toLocaleString');
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    await screen.findByText(/^Share link copied/);
    expect(toLocale).not.toHaveBeenCalled();
    toLocale.mockRestore();
    const length = (await copiedLink()).length;
    expect(screen.getByRole('status')).toHaveTextContent(`Share link copied (${length.toLocaleString('en')} characters), with names and dates.`);
  });
});

describe('opening a shared link on load', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('shows a damaged link as an alert and leaves the pedigree alone', async () => {
    history.replaceState(null, '', '/#share=1.z.@@@');
    const store = createAppStore({ storage: memoryStorage(), initialDocument: family });
    render(<TeachingHost store={store} doc={family} />);
    const alert = await screen.findByText(/^The shared link could not be opened\./);
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent(/Your pedigree was not changed\.$/);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(store.getState().document).toBe(family);
  });

  it('says a good link opened as a neutral status, with no alert', async () => {
    const hash = await encodeShareHash({ document: family, activeConditionId: 'gnas', view: { showGenotypes: true, selected: null, privacy: false } });
    history.replaceState(null, '', `/${hash}`);
    const store = createAppStore({ storage: memoryStorage() });
    render(<TeachingHost store={store} doc={family} />);
    const status = await screen.findByText(/^Opened the shared pedigree “GNAS family/);
    expect(status).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
