// "Run 1,000 times": the distribution of affected children by generation, sex and the
// parent whose copy carried the variant, as a chart and as a table with the same numbers.
import { wordSentence } from '../../engine/document/sentence.ts';
import type { PersonId } from '../../engine/document/types.ts';
import type { RunManyResult } from '../../engine/teaching/index.ts';
import { groupThousands } from '../../engine/words/count.ts';
import { RunChart, type RunChartSection } from './RunChart.tsx';

const fixed = (v: number | null) => (v === null ? '—' : v.toFixed(3));

/** `nameOf` names people in the engine's sentences as the chart does ("II-3 Anna"). */
export function RunResults({ result, nameOf }: { result: RunManyResult; nameOf: (id: PersonId) => string }) {
  const sections: RunChartSection[] = [
    { title: 'By generation', tallies: result.byGeneration },
    { title: 'By sex', tallies: result.bySex },
    { title: 'By transmitting parent', tallies: result.byVariantSource },
  ];
  return (
    <div className="run-results">
      <h3>
        {groupThousands(result.runs)} runs, seed {String(result.seed)}
      </h3>
      {result.exactUnavailable && <p>Exact values unavailable: {result.exactUnavailableParts ? wordSentence(result.exactUnavailableParts, nameOf) : result.exactUnavailable}</p>}
      <RunChart sections={sections} runs={result.runs} />
      <p className="hint">Blue bar: simulated mean per run; orange: its 95% interval; black tick: the exact expectation.</p>
      <table aria-label="Affected children per run, simulated and exact">
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Simulated mean</th>
            <th scope="col">Standard error</th>
            <th scope="col">Exact</th>
          </tr>
        </thead>
        <tbody>
          {[{ title: 'All', tallies: [result.total] }, ...sections].flatMap((s) =>
            s.tallies.map((t) => (
              <tr key={t.key} data-key={t.key}>
                <th scope="row">{t.label}</th>
                <td>{fixed(t.simulatedMean)}</td>
                <td>{fixed(t.simulatedStandardError)}</td>
                <td>{fixed(t.exactMean)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
