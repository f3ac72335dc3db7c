// Step-through simulation on the pedigree (issue 7 §2): a seed, Step (one meiosis or
// phenotype), Step generation, Play/Pause, Replay with the same seed and Reset. Each step
// rings the transmitting parent, says in words which copy passes and how the parent's sex
// resets its imprint, and colours every drawn copy by the founder it descends from.
// "Run 1,000 times" runs in the worker (RunManySection).
import { useMemo } from 'react';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import { RunManySection } from './RunManySection.tsx';
import { simulationPicture } from './simulationView.ts';
import { TeachingChart } from './TeachingChart.tsx';
import { TeachingPanel } from './TeachingPanel.tsx';
import { useStepThrough } from './useStepThrough.ts';

export function SimulationPanel({ doc, onClose }: { doc: PedigreeDocument; onClose: () => void }) {
  const sim = useStepThrough(doc);
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
          <RunManySection doc={doc} condition={sim.condition} seed={sim.seed} />
        </div>
      </div>
    </TeachingPanel>
  );
}
