// View state: selection, zoom, panels, presentation mode, theme. Not saved with the
// document and not part of undo (a selection is not an edit).
import type { AppState, ViewSlice } from './types.ts';

type Set = (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;

export const INITIAL_VIEW = {
  selection: null,
  zoom: { x: 0, y: 0, k: 1 },
  panels: { inspector: true, condition: true, risk: false, legend: true },
  presentation: false,
  theme: 'light',
  showGenotypes: true,
  lastError: null,
  recoveryNotice: null,
  firstStart: false,
  save: { state: 'saved', lastSavedAt: null },
} satisfies Partial<ViewSlice>;

export function createViewSlice(set: Set): ViewSlice {
  return {
    ...INITIAL_VIEW,
    select: (selection) => set({ selection }),
    setZoom: (zoom) => set({ zoom }),
    setPanel: (panel, open) => set((s) => ({ panels: { ...s.panels, [panel]: open } })),
    setPresentation: (presentation) => set({ presentation }),
    setTheme: (theme) => set({ theme }),
    setShowGenotypes: (showGenotypes) => set({ showGenotypes }),
    clearError: () => set({ lastError: null }),
    dismissRecoveryNotice: () => set({ recoveryNotice: null }),
  };
}
