// For students: which of the six textbook modes explains this family? Likelihood (log10)
// and posterior of each mode with equal priors, the q each mode used, and why a mode is
// impossible (naming the people). q is one value for all modes or set per mode to give the
// same prevalence (default 1/10,000): the answer can depend on it (DOMAIN.md §6).
import { useId, useState } from 'react';
import './risk.css';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import { conditionForMode } from '../../engine/genetics/modes.ts';
import { DEFAULT_PREVALENCE } from '../../engine/inference/compareModes.ts';
import { decimal, probability } from './format.ts';
import { impossibleText } from './impossibleText.ts';
import { TaskStatus } from './TaskStatus.tsx';
import { useModeComparison } from './useModeComparison.ts';

const inUnitInterval = (text: string) => {
  const x = Number(text);
  return text.trim() !== '' && Number.isFinite(x) && x > 0 && x < 1 ? x : null;
};

export function ModeComparisonView({ doc, labelOf }: { doc: PedigreeDocument; labelOf: (id: PersonId) => string }) {
  const [open, setOpen] = useState(false);
  const [matched, setMatched] = useState(true);
  const [qText, setQText] = useState('0.01');
  const [prevalenceText, setPrevalenceText] = useState(String(DEFAULT_PREVALENCE));
  const [useTests, setUseTests] = useState(false);
  const ids = { q: useId(), prevalence: useId() };
  const value = inUnitInterval(matched ? prevalenceText : qText);
  const task = useModeComparison(doc, matched ? { prevalence: value ?? DEFAULT_PREVALENCE } : { q: value ?? 0.01 }, useTests, open && value !== null);
  const result = task.state.status === 'done' ? task.state.value : null;
  return (
    <section className="risk-modes" aria-label="Which mode fits?">
      <h3>Which mode fits?</h3>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide the mode comparison' : 'Compare six modes'}
      </button>
      {open && (
      <fieldset>
        <legend>Variant frequency q</legend>
        <label>
          <input type="radio" name={`${ids.q}-setting`} checked={matched} onChange={() => setMatched(true)} /> Set per mode to match a prevalence
        </label>
        <label htmlFor={ids.prevalence}>Prevalence</label>
        <input id={ids.prevalence} inputMode="decimal" value={prevalenceText} disabled={!matched} onChange={(e) => setPrevalenceText(e.currentTarget.value)} />
        <label>
          <input type="radio" name={`${ids.q}-setting`} checked={!matched} onChange={() => setMatched(false)} /> The same q for every mode
        </label>
        <label htmlFor={ids.q}>q for every mode</label>
        <input id={ids.q} inputMode="decimal" value={qText} disabled={matched} onChange={(e) => setQText(e.currentTarget.value)} />
        <label>
          <input type="checkbox" checked={useTests} onChange={(e) => setUseTests(e.currentTarget.checked)} /> Also use recorded test results (genotypes)
        </label>
      </fieldset>
      )}
      {open && value === null && <p role="alert">Enter a number between 0 and 1 (for example 0.0001).</p>}
      <TaskStatus handle={task} what="the mode comparison" />
      {result && (
        <table className="risk-table">
          <caption>
            Six modes, equal prior chance each; best fit: {result.best ? conditionForMode(result.best).name : 'none (impossible under every mode)'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Mode</th>
              <th scope="col">q used</th>
              <th scope="col">log10 likelihood</th>
              <th scope="col">Posterior</th>
            </tr>
          </thead>
          <tbody>
            {result.modes.map((m) => (
                <tr key={m.mode}>
                  <th scope="row">
                    {m.mode}: {conditionForMode(m.mode).name}
                  </th>
                  <td>{Number.isFinite(m.q) ? decimal(m.q) : 'none'}</td>
                  <td>{m.log10Likelihood === null ? 'impossible' : m.log10Likelihood.toFixed(3)}</td>
                  <td>{m.log10Likelihood === null ? '0' : m.posterior < 1e-4 ? '<0.01%' : probability(m.posterior)}</td>
                </tr>
            ))}
          </tbody>
        </table>
      )}
      {result && result.modes.some((m) => m.log10Likelihood === null) && (
        <ul aria-label="Why some modes are impossible">
          {result.modes
            .filter((m) => m.log10Likelihood === null)
            .map((m) => {
              const reason = result.reasons[m.mode];
              const who = reason && reason.culprits.length > 0 ? ` because of ${reason.culprits.map(labelOf).join(', ')}` : '';
              return (
                <li key={m.mode}>
                  {m.mode} is impossible{who}. {reason ? impossibleText(reason, labelOf) : (m.message ?? '')}
                </li>
              );
            })}
        </ul>
      )}
    </section>
  );
}
