// Simulated against exact, as bars: for each group the mean number of affected children per
// run (bar, with a 95% interval of ±1.96 standard errors) and the exact expected number (a
// black tick). React draws every node; d3-array only finds the scale's maximum.
import { max } from 'd3-array';
import type { Tally } from '../../engine/teaching/index.ts';
import { groupThousands } from '../../engine/words/count.ts';

const ROW = 34;
const LABEL = 230;
const WIDTH = 640;
const PLOT = WIDTH - LABEL - 70;

export interface RunChartSection {
  title: string;
  tallies: Tally[];
}

export function RunChart({ sections, runs }: { sections: RunChartSection[]; runs: number }) {
  const rows = sections.flatMap((s) => [{ heading: s.title }, ...s.tallies.map((t) => ({ tally: t }))]);
  const top = max(sections.flatMap((s) => s.tallies.flatMap((t) => [t.simulatedMean + 1.96 * t.simulatedStandardError, t.exactMean ?? 0]))) ?? 1;
  const scale = (v: number) => (PLOT * v) / (top > 0 ? top : 1);
  const height = rows.length * ROW + 12;
  return (
    <svg className="run-chart" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={`Affected children per run over ${groupThousands(runs)} runs, simulated (bars) against exact (ticks)`}>
      {rows.map((r, i) => {
        const y = i * ROW + 8;
        if ('heading' in r) {
          return (
            <text key={`h${i}`} x={0} y={y + 20} fontWeight="bold" fontSize={15}>
              {r.heading}
            </text>
          );
        }
        const t = r.tally;
        const lo = Math.max(0, t.simulatedMean - 1.96 * t.simulatedStandardError);
        const hi = t.simulatedMean + 1.96 * t.simulatedStandardError;
        return (
          <g key={t.key} transform={`translate(0,${y})`}>
            <text x={8} y={20} fontSize={14}>
              {t.label}
            </text>
            <rect x={LABEL} y={6} width={scale(t.simulatedMean)} height={18} fill="#0072B2" />
            <line x1={LABEL + scale(lo)} x2={LABEL + scale(hi)} y1={15} y2={15} stroke="#E69F00" strokeWidth={3} />
            {t.exactMean !== null && <line x1={LABEL + scale(t.exactMean)} x2={LABEL + scale(t.exactMean)} y1={0} y2={30} stroke="#000" strokeWidth={3} />}
            <text x={LABEL + PLOT + 8} y={20} fontSize={13}>
              {t.simulatedMean.toFixed(2)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
