// Challenge mode (issue 7 §4): a graded or random pedigree drawn under a hidden mode, copies
// hidden. The student chooses a mode, marks obligate carriers (select a person, then
// "Carrier mark"; the chart draws the NSGC carrier dot) and submits for a score.
import { useMemo, useState } from 'react';
import type { ModeName } from '../../engine/genetics/modes.ts';
import type { PersonId } from '../../engine/document/types.ts';
import { CHALLENGE_SET, gradedChallenge, randomChallenge, scoreChallenge, type ChallengeResult, type ChallengeScore } from '../../engine/teaching/index.ts';
import { ChallengeResultView } from './ChallengeResultView.tsx';
import { MODE_CHOICES } from './challengeModes.ts';
import { TeachingChart } from './TeachingChart.tsx';
import { TeachingPanel } from './TeachingPanel.tsx';
import { withCarrierMarks } from './carrierMarks.ts';
import { chartNames } from './chartNames.ts';

export function ChallengePanel({ onClose, randomSeed = () => Date.now() }: { onClose: () => void; randomSeed?: () => number }) {
  const [loaded, setLoaded] = useState<ChallengeResult>(() => gradedChallenge(CHALLENGE_SET[0]!.id));
  const [mode, setMode] = useState<ModeName | null>(null);
  const [marked, setMarked] = useState<PersonId[]>([]);
  const [selected, setSelected] = useState<PersonId | null>(null);
  const [score, setScore] = useState<ChallengeScore | string | null>(null);
  const challenge = loaded.ok ? loaded.challenge : null;
  const shown = useMemo(() => (challenge ? withCarrierMarks(challenge.document, marked) : null), [challenge, marked]);
  const nameOf = useMemo(() => (challenge ? chartNames(challenge.document) : undefined), [challenge]);
  const open = (next: ChallengeResult) => {
    setLoaded(next);
    setMode(null);
    setMarked([]);
    setSelected(null);
    setScore(null);
  };
  const isMarked = selected !== null && marked.includes(selected);
  return (
    <TeachingPanel title="Challenge" onClose={onClose}>
      <div className="teaching-split">
        {shown && <TeachingChart doc={shown} showGenotypes={false} selectedId={selected} onSelect={setSelected} label={`Challenge pedigree ${challenge?.id ?? ''}`} />}
        <div className="teaching-side">
          <label>
            Graded challenge{' '}
            <select value={challenge?.id.startsWith('random') ? '' : (challenge?.id ?? '')} onChange={(e) => open(gradedChallenge(e.target.value))}>
              {challenge?.id.startsWith('random') && <option value="">(random)</option>}
              {CHALLENGE_SET.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.difficulty} {c.id.split('-')[1]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => open(randomChallenge(randomSeed()))}>
            Random challenge
          </button>
          {!loaded.ok && <p role="alert">{loaded.problems.join(' ')}</p>}
          <fieldset>
            <legend>How is the trait inherited?</legend>
            {MODE_CHOICES.map((c) => (
              <label key={c.mode} className="choice">
                <input type="radio" name="challenge-mode" checked={mode === c.mode} onChange={() => setMode(c.mode)} /> {c.label}
              </label>
            ))}
          </fieldset>
          <p>Obligate carriers: select an unaffected person in the chart who must carry the variant, then mark them.</p>
          <button
            type="button"
            aria-pressed={isMarked}
            disabled={selected === null}
            onClick={() => selected && setMarked((m) => (m.includes(selected) ? m.filter((id) => id !== selected) : [...m, selected]))}
          >
            Carrier mark
          </button>
          <p>Marked: {marked.length}</p>
          <button
            type="button"
            disabled={!challenge || mode === null}
            onClick={() => {
              if (!challenge || mode === null) return;
              const r = scoreChallenge(challenge, { mode, obligateCarriers: marked }, nameOf);
              setScore(r.ok ? r.score : r.problems.join(' '));
            }}
          >
            Submit answer
          </button>
          {typeof score === 'string' && <p role="alert">{score}</p>}
          {score !== null && typeof score !== 'string' && <ChallengeResultView score={score} />}
        </div>
      </div>
    </TeachingPanel>
  );
}
