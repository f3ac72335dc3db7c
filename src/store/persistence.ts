// Autosave storage for the document: a zustand PersistStorage over any Web Storage-like
// object (localStorage in the browser, a Map in tests). It
//  - reads without ever throwing: unreadable JSON is copied aside under
//    `<name>.corrupt.<time>` and reported, and the app starts clean;
//  - writes only when the document object changed (view changes never serialize);
//  - reports every write as saving → saved (with the time) or failed (quota, disabled);
//  - optionally debounces writes (`delayMs`), so a drag or typing burst is written once.
import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';
import type { PersistedState, SaveStatus } from './types.ts';

export interface RecoveryInfo {
  /** Key where the unreadable data was kept. */
  keptAs: string | null;
  reason: string;
}

export interface DocumentStorage extends PersistStorage<PersistedState> {
  /** Whether the last read found anything (false on a first visit). */
  found: () => boolean;
  /** Set when the last read found unreadable data. */
  recovery: () => RecoveryInfo | null;
  /** Keep data that passed JSON but failed validation; returns the key used. */
  keepAside: (name: string, reason: string) => RecoveryInfo;
  /** Write a debounced save now. */
  flush: () => void;
}

export function memoryStorage(): StateStorage<void> & { dump: () => Map<string, string> } {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    dump: () => map,
  };
}

export function documentStorage(
  storage: StateStorage,
  onStatus: (status: SaveStatus) => void,
  now: () => number,
  delayMs = 0,
): DocumentStorage {
  let found = false;
  let recovery: RecoveryInfo | null = null;
  let lastWritten: unknown = undefined;
  let lastSavedAt: number | null = null;
  let lastRaw: string | null = null;
  // Status updates go through the store, which calls setItem again: skip re-entry.
  let writing = false;

  let pending: { name: string; value: StorageValue<PersistedState> } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const report = (status: SaveStatus) => {
    writing = true;
    try {
      onStatus(status);
    } finally {
      writing = false;
    }
  };

  /** Write the pending document now (also called before the page is hidden). */
  function flush(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const job = pending;
    pending = null;
    if (!job) return;
    if (delayMs <= 0) report({ state: 'saving', lastSavedAt });
    try {
      storage.setItem(job.name, JSON.stringify(job.value));
      lastWritten = job.value.state.document;
      lastSavedAt = now();
      report({ state: 'saved', lastSavedAt });
    } catch (err) {
      report({ state: 'failed', lastSavedAt, message: err instanceof Error ? err.message : String(err) });
    }
  }

  const keep = (name: string, raw: string, reason: string): RecoveryInfo => {
    const key = `${name}.corrupt.${now()}`;
    try {
      storage.setItem(key, raw);
      return { keptAs: key, reason };
    } catch {
      return { keptAs: null, reason };
    }
  };

  return {
    found: () => found,
    recovery: () => recovery,
    keepAside: (name, reason) => {
      recovery = lastRaw === null ? { keptAs: null, reason } : keep(name, lastRaw, reason);
      return recovery;
    },
    getItem: (name) => {
      found = false;
      recovery = null;
      let raw: string | null;
      try {
        raw = storage.getItem(name) as string | null;
      } catch (err) {
        recovery = { keptAs: null, reason: `browser storage could not be read (${err instanceof Error ? err.message : String(err)})` };
        return null;
      }
      lastRaw = raw;
      if (raw === null) return null;
      found = true;
      try {
        const value = JSON.parse(raw) as StorageValue<PersistedState>;
        if (typeof value !== 'object' || value === null || typeof value.state !== 'object' || value.state === null) {
          throw new Error('it does not hold a saved state');
        }
        lastWritten = value.state.document;
        return value;
      } catch (err) {
        recovery = keep(name, raw, err instanceof Error ? err.message : String(err));
        return null;
      }
    },
    setItem: (name, value) => {
      if (writing || value.state.document === lastWritten || value.state.document === pending?.value.state.document) return;
      const first = pending === null;
      pending = { name, value };
      if (delayMs <= 0) return flush();
      // Debounced: a burst of edits (typing, dragging) is written once, after a pause.
      if (first) report({ state: 'saving', lastSavedAt });
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    removeItem: (name) => storage.removeItem(name),
  };
}
