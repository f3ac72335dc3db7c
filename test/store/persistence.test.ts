import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createAppStore, STORAGE_NAME } from '../../src/store/createAppStore.ts';
import { memoryStorage } from '../../src/store/persistence.ts';
import { doc, man, woman } from '../fixtures/documents.ts';

const clock = () => {
  let t = 1_000;
  return () => (t += 1_000);
};

describe('autosave', () => {
  it('saves every document change and restores it in a new store (a reload)', () => {
    const storage = memoryStorage();
    const a = createAppStore({ storage, now: clock() });
    expect(a.getState().firstStart).toBe(true);
    expect(a.getState().recoveryNotice).toBeNull();
    a.getState().addPerson({ sex: 'woman', name: 'Ann' });
    a.getState().addPartner({ person: 'p1' });
    a.getState().select('p1');
    // Saves at 2 s (the first document), 3 s and 4 s: one per document change.
    expect(a.getState().save).toEqual({ state: 'saved', lastSavedAt: 4_000 });

    const b = createAppStore({ storage, now: clock() });
    expect(b.getState().document).toEqual(a.getState().document);
    expect(b.getState().firstStart).toBe(false);
    expect(b.getState().selection).toBeNull();
    expect(b.temporal.getState().pastStates).toHaveLength(0);
    expect(b.getState().recoveryNotice).toBeNull();
  });

  it('writes only when the document changed, not on view changes', () => {
    const inner = memoryStorage();
    let writes = 0;
    const storage = { ...inner, setItem: (k: string, v: string) => (writes++, inner.setItem(k, v)) };
    const store = createAppStore({ storage });
    store.getState().addPerson({ sex: 'man' });
    const after = writes;
    store.getState().select('p1');
    store.getState().setZoom({ x: 1, y: 2, k: 3 });
    store.getState().setPresentation(true);
    expect(writes).toBe(after);
  });

  it('debounced: a burst of edits is written once after the pause, and flushSave writes at once', () => {
    vi.useFakeTimers();
    try {
      const inner = memoryStorage();
      let writes = 0;
      const storage = { ...inner, setItem: (k: string, v: string) => (writes++, inner.setItem(k, v)) };
      const store = createAppStore({ storage, autosaveDelayMs: 400, now: clock() });
      vi.advanceTimersByTime(400);
      writes = 0;
      for (let i = 0; i < 10; i++) store.getState().addPerson({ sex: 'man' });
      expect(store.getState().save.state).toBe('saving');
      expect(writes).toBe(0);
      vi.advanceTimersByTime(399);
      expect(writes).toBe(0);
      vi.advanceTimersByTime(1);
      expect(writes).toBe(1);
      expect(store.getState().save.state).toBe('saved');
      expect(JSON.parse(inner.dump().get(STORAGE_NAME)!).state.document.persons).toHaveLength(10);
      store.getState().addPerson({ sex: 'woman' });
      store.getState().flushSave();
      expect(writes).toBe(2);
      expect(store.getState().save.state).toBe('saved');
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a failed save (quota) and keeps working', () => {
    const storage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => {} };
    const store = createAppStore({ storage, now: clock() });
    const r = store.getState().addPerson({ sex: 'man' });
    expect(r.ok).toBe(true);
    expect(store.getState().save).toEqual({ state: 'failed', lastSavedAt: null, message: 'QuotaExceededError' });
  });

  it('migrates a version-0 save into the current document', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_NAME, readFileSync(new URL('./fixtures/saved-v0.json', import.meta.url), 'utf8'));
    const store = createAppStore({ storage });
    const d = store.getState().document;
    expect(store.getState().recoveryNotice).toBeNull();
    expect(d.version).toBe(1);
    expect(d.persons).toEqual([
      { id: 'p1', name: 'Grandfather', gender: 'man', observations: { pgl: { status: 'affected' } }, deceased: {} },
      { id: 'p2', gender: 'woman', observations: { pgl: { status: 'unaffected' } } },
      { id: 'p3', gender: 'man', parentUnion: 'u1', observations: { pgl: { status: 'affected' } } },
    ]);
    const saved = JSON.parse(storage.dump().get(STORAGE_NAME)!) as { version: number; state: { document: { version: number } } };
    expect(saved.version).toBe(1);
    expect(saved.state.document.version).toBe(1);
  });

  it('keeps unreadable JSON aside, tells the user and starts clean', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_NAME, '{"state": {"document": {"format": "imprint-lab", "vers');
    const store = createAppStore({ storage, now: () => 42, initialDocument: doc([man('x')]) });
    // Clean = an empty pedigree, not the first-visit example; no first-visit hint.
    expect(store.getState().document.persons).toEqual([]);
    expect(store.getState().firstStart).toBe(false);
    expect(storage.dump().get(`${STORAGE_NAME}.corrupt.42`)).toBe('{"state": {"document": {"format": "imprint-lab", "vers');
    expect(store.getState().recoveryNotice).toMatch(
      /^The pedigree saved in this browser could not be opened \(.+\)\. A copy of the unreadable data was kept in browser storage under "imprint-lab\.document\.corrupt\.42"\. You are starting with a new pedigree\.$/,
    );
    store.getState().dismissRecoveryNotice();
    expect(store.getState().recoveryNotice).toBeNull();
  });

  it('keeps a saved document that fails validation aside with the reason', () => {
    const storage = memoryStorage();
    const cyclic = doc([man('a', { singleParent: 'b' }), woman('b', { singleParent: 'a' })]);
    const raw = JSON.stringify({ state: { document: cyclic }, version: 1 });
    storage.setItem(STORAGE_NAME, raw);
    const store = createAppStore({ storage, now: () => 7 });
    expect(store.getState().document.persons).toEqual([]);
    expect(storage.dump().get(`${STORAGE_NAME}.corrupt.7`)).toBe(raw);
    expect(store.getState().recoveryNotice).toBe(
      'The pedigree saved in this browser could not be opened (person a: a is recorded as their own ancestor (a → b → a).). A copy of the unreadable data was kept in browser storage under "imprint-lab.document.corrupt.7". You are starting with a new pedigree.',
    );
  });

  it('starts clean when storage itself throws on read', () => {
    const storage = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => {}, removeItem: () => {} };
    const store = createAppStore({ storage });
    expect(store.getState().document.persons).toEqual([]);
    expect(store.getState().recoveryNotice).toBe(
      'The pedigree saved in this browser could not be opened (browser storage could not be read (SecurityError)). You are starting with a new pedigree.',
    );
  });
});
