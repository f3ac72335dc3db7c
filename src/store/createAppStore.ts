// The store factory (tests get a fresh store each): slices combined once, middleware
// once at the top — persist (document only, versioned, corrupt-safe) around zundo's
// temporal (document only, no-op changes dropped, 1,000 steps).
import { persist, type StateStorage } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { temporal, type TemporalState } from 'zundo';
import type { StoreApi } from 'zustand';
import { emptyDocument } from '../engine/document/create.ts';
import type { PedigreeDocument } from '../engine/document/types.ts';
import { documentFromJson } from '../engine/formats/native/native.ts';
import { formatProblem } from '../engine/formats/problems.ts';
import { createDocumentSlice } from './documentSlice.ts';
import { documentStorage, memoryStorage, type RecoveryInfo } from './persistence.ts';
import { deepEqual } from './sameDocument.ts';
import { createSimulationSlice } from './simulationSlice.ts';
import type { AppState, PersistedState } from './types.ts';
import { createViewSlice } from './viewSlice.ts';

export const STORAGE_NAME = 'imprint-lab.document';
/** Version of the saved envelope `{ state: { document }, version }`. */
export const PERSIST_VERSION = 1;
export const HISTORY_LIMIT = 1000;

/** zundo types the inner api's `temporal` as unknown; this is what it is. */
type WithHistory = { temporal: StoreApi<TemporalState<PersistedState>> };

export interface AppStoreOptions {
  /** Web Storage-like backend; default localStorage when present, else memory. */
  storage?: StateStorage;
  /** Storage key; default "imprint-lab.document". */
  name?: string;
  /** Document on a first visit (nothing saved). Default: an empty pedigree. */
  initialDocument?: PedigreeDocument;
  /** Clock for save times and corrupt-copy keys (tests inject one). */
  now?: () => number;
  /** Wait this long after the last change before writing (0 = write at once). */
  autosaveDelayMs?: number;
}

function defaultStorage(): StateStorage {
  try {
    if (typeof globalThis.localStorage !== 'undefined') return globalThis.localStorage;
  } catch {
    // Storage access can throw (privacy mode); fall back to memory.
  }
  return memoryStorage();
}

/**
 * Saved envelope migrations. Version 0 saved the prototype document (see
 * engine/formats/native/migrate.ts) under the same `document` key; documentFromJson
 * migrates the document itself, so the envelope step only normalises the shape.
 */
function migrate(persisted: unknown, _version: number): PersistedState {
  const state = persisted as { document?: unknown } | null;
  return { document: (state?.document ?? null) as PedigreeDocument };
}

function recoveryMessage(r: RecoveryInfo): string {
  const kept = r.keptAs ? ` A copy of the unreadable data was kept in browser storage under "${r.keptAs}".` : '';
  return `The pedigree saved in this browser could not be opened (${r.reason}).${kept} You are starting with a new pedigree.`;
}

export function createAppStore(options: AppStoreOptions = {}) {
  const name = options.name ?? STORAGE_NAME;
  const now = options.now ?? (() => Date.now());
  const initial = options.initialDocument ?? emptyDocument();
  // The store is created below; status updates arrive after it exists.
  let setSave: (s: AppState['save']) => void = () => {};
  const storage = documentStorage(options.storage ?? defaultStorage(), (s) => setSave(s), now, options.autosaveDelayMs ?? 0);
  let invalidSaved: string | null = null;

  const store = createStore<AppState>()(
    persist(
      temporal(
        (set, get, api) => ({
          ...createViewSlice(set),
          ...createSimulationSlice(set),
          ...createDocumentSlice(set, get, () => (api as unknown as WithHistory).temporal.getState(), initial),
          flushSave: () => storage.flush(),
        }),
        {
          partialize: (s): PersistedState => ({ document: s.document }),
          equality: (a, b) => deepEqual(a.document, b.document),
          limit: HISTORY_LIMIT,
        },
      ),
      {
        name,
        version: PERSIST_VERSION,
        storage,
        partialize: (s): PersistedState => ({ document: s.document }),
        migrate,
        merge: (persisted, current) => {
          // persist calls merge even when nothing was stored (persisted undefined).
          if (persisted === undefined || persisted === null) return current;
          const checked = documentFromJson((persisted as Partial<PersistedState> | null)?.document);
          if (checked.ok) return { ...current, document: checked.document };
          invalidSaved = checked.errors.map(formatProblem).join(' ');
          return current;
        },
      },
    ),
  );
  setSave = (save) => store.setState({ save });

  // Hydration from a synchronous storage has run by now: report what it found.
  let recovery = storage.recovery();
  if (!recovery && invalidSaved !== null) recovery = storage.keepAside(name, invalidSaved);
  store.setState(
    recovery
      ? { document: emptyDocument(), firstStart: false, recoveryNotice: recoveryMessage(recovery) }
      : { firstStart: !storage.found(), recoveryNotice: null },
  );
  // Loading saved work is not an undoable step.
  store.temporal.getState().clear();
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
