// Step-through simulation on the pedigree (issue 7 §2): a seed, Step (one meiosis or
// phenotype), Step generation, Play/Pause, Replay with the same seed and Reset. Each step
// rings the transmitting parent, says in words which copy passes and how the parent's sex
// resets its imprint, and colours every drawn copy by the founder it descends from.
import { useMemo, useState } from 'react';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import { runMany, type RunManyOutcome } from '../../engine/teaching/index.ts';
import { RunResults } from './RunResults.tsx';
import { simulationPicture } from './simulationView.ts';
import { TeachingChart } from './TeachingChart.tsx';
import { TeachingPanel } from './TeachingPanel.tsx';
import { useStepThrough } from './useStepThrough.ts';

export const RUN_COUNT = 1000;

export function SimulationPanel({ doc, onClose }: { doc: PedigreeDocument; onClose: () => void }) {
  const sim = useStepThrough(doc);
  const [many, setMany] = useState<RunManyOutcome | null>(null);
  const picture = useMemo(() => (sim.run ? simulationPicture(doc, sim.run, sim.position) : null), [doc, sim.run, sim.position]);
  const current = picture?.current ?? null;
  return (
    <TeachingPanel title="Simulation" onClose={onClose}>
      <div className="teaching-split">
        {picture && (
          <TeachingChart doc={picture.doc} alleleTags={picture.tags} selectedId={picture.focus} highlightedVariant={picture.passing} label={`Simulated pedigree, step ${sim.position} of ${sim.total}`} />
        )}
        <div className="teaching-side">
          {sim.problems.map((p) => (
            <p key={p} role="alert">
              {p}
            </p>
          ))}
          <label>
            Seed{' '}
            <input type="number" value={sim.seed} onChange={(e) => sim.setSeed(Number(e.target.value))} />
          </label>
          <div role="group" aria-label="Step-through controls" className="teaching-buttons">
            <button type="button" onClick={sim.step} disabled={!sim.run || sim.position >= sim.total}>
              Step
            </button>
            <button type="button" onClick={sim.stepGeneration} disabled={!sim.run || sim.position >= sim.total}>
              Step generation
            </button>
            <button type="button" onClick={sim.togglePlay} disabled={!sim.run}>
              {sim.playing ? 'Pause' : 'Play'}
            </button>
            <button type="button" onClick={sim.replay} disabled={!sim.run}>
              Replay
            </button>
            <button type="button" onClick={sim.reset} disabled={!sim.run}>
              Reset
            </button>
          </div>
          <p>
            Step {sim.position} of {sim.total}
          </p>
          <p role="status" aria-label="Current step" className="step-text">
            {current ? current.text : 'Press Step to start: founders first, then each child receives one copy from each parent.'}
          </p>
          <ol aria-label="Steps so far" className="step-log">
            {sim.run?.steps.slice(0, sim.position).map((s) => (
              <li key={s.index}>{s.text}</li>
            ))}
          </ol>
          <button type="button" disabled={!sim.condition} onClick={() => sim.condition && setMany(runMany(doc, sim.condition, RUN_COUNT, sim.seed))}>
            Run 1,000 times
          </button>
          {many && !many.ok && <p role="alert">{many.problems.join(' ')}</p>}
          {many?.ok && <RunResults result={many.result} />}
        </div>
      </div>
    </TeachingPanel>
  );
}
