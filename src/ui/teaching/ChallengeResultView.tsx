// The result of a challenge: the score, the explanation sentences from the engine, and the
// mode comparison (posterior at equal prevalence, or why a mode is impossible).
import { decimal } from '../../engine/genetics/explainWords.ts';
import type { ChallengeScore } from '../../engine/teaching/index.ts';

const percent = (p: number) => `${(100 * p).toFixed(1)}%`;

export function ChallengeResultView({ score }: { score: ChallengeScore }) {
  return (
    <section aria-label="Challenge result" className="challenge-result">
      <p role="status">
        Score {score.score} / 100 — mode {score.modeCorrect ? 'right' : 'wrong'}; carriers found {score.carriers.correct.length} of {score.carriers.expected.length}
        {score.carriers.extra.length > 0 ? `, ${score.carriers.extra.length} marked wrongly` : ''}.
      </p>
      <ul>
        {score.explanation.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <table aria-label="Mode comparison">
        <thead>
          <tr>
            <th scope="col">Mode</th>
            <th scope="col">q</th>
            <th scope="col">Posterior</th>
          </tr>
        </thead>
        <tbody>
          {score.fits.map((f) => (
            <tr key={f.mode}>
              <th scope="row">{f.name}</th>
              <td>{decimal(f.q)}</td>
              <td>{f.log10Likelihood === null ? `impossible${f.impossibleBecause ? `: ${f.impossibleBecause}` : ''}` : percent(f.posterior)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
