// State of a step-through run: the seed, how many steps are shown, and Play/Pause. The run
// itself is derived (stepThrough is deterministic), so Replay is just "back to 0 and play".
import { useEffect, useMemo, useState } from 'react';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import { stepThrough } from '../../engine/teaching/index.ts';
import { chartNames } from './chartNames.ts';
import { endOfNextGeneration } from './simulationView.ts';

export const PLAY_INTERVAL_MS = 1200;

export function useStepThrough(doc: PedigreeDocument, initialSeed = 1) {
  const [seed, setSeedValue] = useState(initialSeed);
  const [position, setPosition] = useState(0);
  const [playRequested, setPlaying] = useState(false);
  const condition = doc.conditions.find((c) => c.id === doc.activeConditionId) ?? null;
  // Steps name people as the chart does ("II-1 Paul"), not by internal id.
  const nameOf = useMemo(() => chartNames(doc), [doc]);
  const result = useMemo(() => (condition ? stepThrough(doc, condition, seed, { nameOf }) : null), [doc, condition, seed, nameOf]);
  const run = result?.ok ? result.run : null;
  const total = run?.steps.length ?? 0;
  const finished = position >= total;
  // Playing stops by itself at the last step.
  const playing = playRequested && !finished;

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => setPosition((p) => p + 1), PLAY_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [playing, position]);

  const problems = condition === null ? ['Choose a condition first: the simulation needs one to draw copies and phenotypes.'] : result && !result.ok ? result.problems : [];
  return {
    seed,
    run,
    condition,
    problems,
    position: Math.min(position, total),
    total,
    playing,
    setSeed: (s: number) => {
      setSeedValue(Number.isFinite(s) ? Math.trunc(s) : 1);
      setPosition(0);
      setPlaying(false);
    },
    step: () => setPosition((p) => Math.min(total, p + 1)),
    stepGeneration: () => setPosition((p) => (run ? endOfNextGeneration(run.steps, p) : p)),
    togglePlay: () => setPlaying(!playing && !finished),
    replay: () => {
      setPosition(0);
      setPlaying(true);
    },
    reset: () => {
      setPosition(0);
      setPlaying(false);
    },
  };
}
