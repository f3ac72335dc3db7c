// Simulation settings: the seed of the injected generator (same seed, same replay) and
// the current step of the step-through animation.
import type { AppState, SimulationSlice } from './types.ts';

type Set = (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;

export const DEFAULT_SEED = 1;

export function createSimulationSlice(set: Set): SimulationSlice {
  return {
    seed: DEFAULT_SEED,
    step: 0,
    setSeed: (seed) => set({ seed: Number.isFinite(seed) ? Math.trunc(seed) : DEFAULT_SEED, step: 0 }),
    setStep: (step) => set({ step: Math.max(0, Math.trunc(step)) }),
    nextStep: () => set((s) => ({ step: s.step + 1 })),
    resetSimulation: () => set({ step: 0 }),
  };
}
