// The app state: three slices (document, view, simulation). Only `document` is saved
// and only `document` has undo history (ARCHITECTURE.md "Store").
import type { EditError, EditResult } from '../engine/document/edits/index.ts';
import type { PedigreeDocument, PersonId } from '../engine/document/types.ts';
import type { EditActions } from './editActions.ts';

/** Autosave state for the header's indicator. */
export interface SaveStatus {
  state: 'saved' | 'saving' | 'failed';
  /** Epoch milliseconds of the last successful save; null before the first. */
  lastSavedAt: number | null;
  /** Why the last save failed (quota, storage disabled). */
  message?: string;
}

export type Edit = (doc: PedigreeDocument) => EditResult;

export interface DocumentSlice {
  document: PedigreeDocument;
  /** Apply any pure edit as one undo step; on error the document is untouched. */
  applyEdit: (edit: Edit) => EditResult;
  /** Replace the document (undoable) after validating it. */
  loadDocument: (doc: PedigreeDocument) => EditResult;
  /** Start an empty pedigree (undoable). */
  newDocument: () => void;
  undo: () => void;
  redo: () => void;
  /** Write a pending (debounced) autosave now, e.g. when the page is hidden. */
  flushSave: () => void;
  /** Group every change until endBatch into one undo step (a drag, a slider). */
  beginBatch: () => void;
  endBatch: () => void;
}

export interface ZoomTransform {
  x: number;
  y: number;
  k: number;
}

export type Panel = 'inspector' | 'condition' | 'risk' | 'legend';
export type Theme = 'light' | 'dark' | 'high-contrast';

export interface ViewSlice {
  selection: PersonId | null;
  zoom: ZoomTransform;
  panels: Record<Panel, boolean>;
  presentation: boolean;
  theme: Theme;
  showGenotypes: boolean;
  /** The last refused edit, for the alert region; cleared by the next successful edit. */
  lastError: EditError | null;
  /** Set when saved data could not be read and was put aside. */
  recoveryNotice: string | null;
  /** True when nothing was saved before (first visit): the UI may offer a starter. */
  firstStart: boolean;
  save: SaveStatus;
  select: (id: PersonId | null) => void;
  setZoom: (zoom: ZoomTransform) => void;
  setPanel: (panel: Panel, open: boolean) => void;
  setPresentation: (on: boolean) => void;
  setTheme: (theme: Theme) => void;
  setShowGenotypes: (on: boolean) => void;
  clearError: () => void;
  dismissRecoveryNotice: () => void;
}

export interface SimulationSlice {
  seed: number;
  /** Step of the step-through simulation (0 = before the first meiosis). */
  step: number;
  setSeed: (seed: number) => void;
  setStep: (step: number) => void;
  nextStep: () => void;
  resetSimulation: () => void;
}

export type AppState = DocumentSlice & EditActions & ViewSlice & SimulationSlice;

/** What is saved and what has history: the document only. */
export interface PersistedState {
  document: PedigreeDocument;
}
