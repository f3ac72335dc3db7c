// The layout's lines (NOMENCLATURE L1–L7): relationship, descent, sibship, twin lines.
// Geometry comes from the layout; here only stroke style is decided. A consanguineous
// union is drawn as two parallel lines (L2).
import { memo } from 'react';
import { line as d3line } from 'd3-shape';
import type { LayoutLine } from '../../layout/types.ts';
import type { ChartTheme } from './theme.ts';

type Pt = [number, number];
const polyline = d3line<Pt>();

/** `points` shifted sideways by `d` along each segment's normal (segment by segment). */
function offsetSegments(points: Pt[], d: number): string {
  const parts: string[] = [];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i - 1]!;
    const [x2, y2] = points[i]!;
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    const nx = (-(y2 - y1) / len) * d;
    const ny = ((x2 - x1) / len) * d;
    parts.push(`M${x1 + nx},${y1 + ny}L${x2 + nx},${y2 + ny}`);
  }
  return parts.join('');
}

function midpoint(points: Pt[]): Pt {
  const a = points[0]!;
  const b = points[points.length - 1]!;
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

/** Same drawing: a new layout object with the same numbers does not redraw the line. */
function sameLine(a: LayoutLine, b: LayoutLine): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind || a.dashed !== b.dashed || a.label !== b.label || a.points.length !== b.points.length) return false;
  return a.points.every((p, i) => p[0] === b.points[i]![0] && p[1] === b.points[i]![1]);
}

interface ChartLineProps {
  line: LayoutLine;
  theme: ChartTheme;
  gap: number;
}

export const ChartLine = memo(function ChartLine({ line, theme, gap }: ChartLineProps) {
  const stroke = {
    stroke: theme.ink,
    strokeWidth: theme.strokeWidth,
    fill: 'none',
    strokeDasharray: line.dashed ? '6 4' : undefined,
  };
  const d =
    line.kind === 'consanguineous-union'
      ? offsetSegments(line.points, -gap) + offsetSegments(line.points, gap)
      : (polyline(line.points) ?? '');
  const mid = line.label ? midpoint(line.points) : null;
  return (
    <g>
      <path d={d} {...stroke} />
      {mid && line.label && (
        <text x={mid[0]} y={mid[1] - theme.fontSize * 0.4} textAnchor="middle" fontSize={theme.fontSize} fill={theme.ink}>
          {line.label}
        </text>
      )}
    </g>
  );
}, (a: ChartLineProps, b: ChartLineProps) => a.theme === b.theme && a.gap === b.gap && sameLine(a.line, b.line));

export function ChartLines({ lines, theme }: { lines: readonly LayoutLine[]; theme: ChartTheme }) {
  const gap = Math.max(2, theme.strokeWidth * 1.5);
  return (
    <g aria-hidden="true">
      {lines.map((l, i) => (
        <ChartLine key={i} line={l} theme={theme} gap={gap} />
      ))}
    </g>
  );
}
