// The "Run 1,000 times" button and what it produces: while the worker runs, the button says
// so (and cannot start a second run) and a progress bar with Cancel stands beside it; then
// the chart and table of simulated against exact, or the engine's reason it cannot run.
// The worker's sentences carry people as ids; they are named here as the chart names them.
import { useMemo } from 'react';
import { wordSentence } from '../../engine/document/sentence.ts';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import type { Condition } from '../../engine/genetics/condition.ts';
import type { Seed } from '../../engine/genetics/random.ts';
import { TaskStatus } from '../risk/TaskStatus.tsx';
import { chartNames } from './chartNames.ts';
import { RunResults } from './RunResults.tsx';
import { useRunMany } from './useRunMany.ts';

export function RunManySection({ doc, condition, seed }: { doc: PedigreeDocument; condition: Condition | null; seed: Seed }) {
  const { handle, run } = useRunMany(doc, condition, seed);
  const { state } = handle;
  const nameOf = useMemo(() => chartNames(doc), [doc]);
  const problems = state.status === 'done' && !state.value.ok ? (state.value.problemParts?.map((s) => wordSentence(s, nameOf)) ?? state.value.problems) : [];
  const busy = state.status === 'waiting' || state.status === 'running';
  return (
    <>
      <button type="button" disabled={!condition || busy} aria-busy={busy} onClick={run}>
        {busy ? 'Running 1,000 times…' : 'Run 1,000 times'}
      </button>
      <TaskStatus handle={handle} what="1,000 runs" />
      {problems.length > 0 && <p role="alert">The runs cannot be made: {problems.join(' ')}</p>}
      {state.status === 'done' && state.value.ok && <RunResults result={state.value.result} nameOf={nameOf} />}
    </>
  );
}
