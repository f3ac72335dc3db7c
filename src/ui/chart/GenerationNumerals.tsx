// Roman numerals in the left margin, I at the top (NOMENCLATURE L8).
import type { GenerationRow } from '../../layout/types.ts';
import type { ChartTheme } from './theme.ts';

export function GenerationNumerals({ rows, x, theme }: { rows: readonly GenerationRow[]; x: number; theme: ChartTheme }) {
  return (
    <g aria-hidden="true">
      {rows.map((r) => (
        <text key={r.index} x={x} y={r.y} textAnchor="end" dominantBaseline="central" fontSize={theme.fontSize * 1.3} fontWeight="bold" fill={theme.ink}>
          {r.numeral}
        </text>
      ))}
    </g>
  );
}
