import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../src/engine/document/create.ts';
import { openGalleryFamily } from '../../../src/engine/teaching/index.ts';
import { createAppStore } from '../../../src/store/createAppStore.ts';
import { memoryStorage } from '../../../src/store/persistence.ts';
import { hasSharedPedigree, openSharedPedigree, shareUrl } from '../../../src/ui/teaching/shareLink.ts';

const freshStore = () => createAppStore({ storage: memoryStorage(), initialDocument: emptyDocument() });

describe('share links', () => {
  it('round-trips a pedigree, its condition and view into a fresh store', async () => {
    const family = openGalleryFamily('sdhd-silent-carriers')!;
    const url = await shareUrl({ document: family, showGenotypes: false, selection: family.persons[1]!.id, privacy: false }, 'https://example.org/app/#old');
    expect(url.startsWith('https://example.org/app/#share=1.')).toBe(true);
    expect(hasSharedPedigree(url)).toBe(true);
    const store = freshStore();
    const opened = await openSharedPedigree(store, url.slice(url.indexOf('#')));
    expect(opened.ok).toBe(true);
    expect(store.getState().document).toEqual(family);
    expect(store.getState().showGenotypes).toBe(false);
    expect(store.getState().selection).toBe(family.persons[1]!.id);
  });

  it('opens a link made without names as a pedigree known by numbers, and says so instead of naming its title', async () => {
    const family = openGalleryFamily('sdhd-silent-carriers')!;
    const url = await shareUrl({ document: family, showGenotypes: true, selection: null, privacy: true }, 'http://x/');
    const store = freshStore();
    const opened = await openSharedPedigree(store, url);
    expect(opened.message).toBe('Opened a shared pedigree without names or dates (people are known by pedigree number). Undo (Ctrl+Z) brings back the pedigree you had before.');
    expect(store.getState().document.persons.map((p) => p.name)).toEqual(family.persons.map(() => undefined));
    expect(store.getState().document.meta).toEqual({});
  });

  it('keeps the work it replaces one Undo away', async () => {
    const store = freshStore();
    const mine = openGalleryFamily('poh-paternal')!;
    store.getState().loadDocument(mine);
    const url = await shareUrl({ document: openGalleryFamily('angelman-ube3a')!, showGenotypes: true, selection: null, privacy: false }, 'http://x/');
    await openSharedPedigree(store, url);
    store.getState().undo();
    expect(store.getState().document).toEqual(mine);
  });

  it('refuses a damaged link with a message and leaves the pedigree unchanged', async () => {
    const store = freshStore();
    const mine = openGalleryFamily('poh-paternal')!;
    store.getState().loadDocument(mine);
    const opened = await openSharedPedigree(store, '#share=1.z.@@@');
    expect(opened.ok).toBe(false);
    expect(opened.message).toMatch(/^The shared link could not be opened\. Shared link: .+ Your pedigree was not changed\.$/);
    expect(store.getState().document).toBe(mine);
  });
});
