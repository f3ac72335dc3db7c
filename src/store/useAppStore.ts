// The app's one store instance and its React hooks. Components select with the named
// selectors of selectors.ts (stable, module scope); `useShallow` when picking several.
import { useStore } from 'zustand';
import type { TemporalState } from 'zundo';
import { starterDocument } from '../engine/document/examples/starters.ts';
import { createAppStore } from './createAppStore.ts';
import type { AppState, PersistedState } from './types.ts';

/** Typing or dragging is saved once, this long after the last change. */
export const AUTOSAVE_DELAY_MS = 400;

/** A first visit opens the GNAS example family (the UI shows a hint when `firstStart`). */
export const appStore = createAppStore({ initialDocument: starterDocument('gnas-family'), autosaveDelayMs: AUTOSAVE_DELAY_MS });

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}

/** Undo/redo availability and controls: `useHistory(selectCanUndo)`. */
export function useHistory<T>(selector: (state: TemporalState<PersistedState>) => T): T {
  return useStore(appStore.temporal, selector);
}
