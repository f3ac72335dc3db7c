// Named, stable selectors (module scope, so components never build a new selector per
// render; zustand v5 requires selectors that return stable values).
import type { TemporalState } from 'zundo';
import { personById } from '../engine/document/queries.ts';
import type { AppState, PersistedState } from './types.ts';

export const selectDocument = (s: AppState) => s.document;
export const selectPersons = (s: AppState) => s.document.persons;
export const selectUnions = (s: AppState) => s.document.unions;
export const selectConditions = (s: AppState) => s.document.conditions;
export const selectActiveConditionId = (s: AppState) => s.document.activeConditionId;
export const selectActiveCondition = (s: AppState) =>
  s.document.conditions.find((c) => c.id === s.document.activeConditionId) ?? null;
export const selectTitle = (s: AppState) => s.document.meta.title ?? 'Untitled pedigree';

export const selectSelection = (s: AppState) => s.selection;
export const selectSelectedPerson = (s: AppState) => (s.selection === null ? null : (personById(s.document, s.selection) ?? null));
export const selectZoom = (s: AppState) => s.zoom;
export const selectPanels = (s: AppState) => s.panels;
export const selectPresentation = (s: AppState) => s.presentation;
export const selectTheme = (s: AppState) => s.theme;
export const selectShowGenotypes = (s: AppState) => s.showGenotypes;
export const selectLastError = (s: AppState) => s.lastError;
export const selectRecoveryNotice = (s: AppState) => s.recoveryNotice;
export const selectFirstStart = (s: AppState) => s.firstStart;
export const selectSaveStatus = (s: AppState) => s.save;

export const selectSeed = (s: AppState) => s.seed;
export const selectStep = (s: AppState) => s.step;

export const selectCanUndo = (t: TemporalState<PersistedState>) => t.pastStates.length > 0;
export const selectCanRedo = (t: TemporalState<PersistedState>) => t.futureStates.length > 0;
