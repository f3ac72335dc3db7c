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

/**
 * Lines drawn as one <path> per family (its union, else its single parent) and stroke
 * style: a family's lines change together, and a few hundred paths instead of one element
 * per line keep the browser's style, paint and layer work small when a layout moves many
 * families at once. Keyed by family, so a new family's lines never shift another's key.
 */
interface LineGroup {
  key: string;
  dashed: boolean;
  lines: LayoutLine[];
}

export function groupLines(lines: readonly LayoutLine[]): LineGroup[] {
  const groups = new Map<string, LineGroup>();
  for (const line of lines) {
    const dashed = line.dashed === true;
    const key = `${line.union ?? `person:${line.person ?? ''}`}${dashed ? ':dashed' : ''}`;
    const group = groups.get(key);
    if (group) group.lines.push(line);
    else groups.set(key, { key, dashed, lines: [line] });
  }
  return [...groups.values()];
}

function pathOf(line: LayoutLine, gap: number): string {
  return line.kind === 'consanguineous-union'
    ? offsetSegments(line.points, -gap) + offsetSegments(line.points, gap)
    : (polyline(line.points) ?? '');
}

interface LineGroupProps {
  group: LineGroup;
  theme: ChartTheme;
  gap: number;
}

const LineGroupPath = memo(
  function LineGroupPath({ group, theme, gap }: LineGroupProps) {
    const d = group.lines.map((l) => pathOf(l, gap)).join('');
    return (
      <>
        <path d={d} stroke={theme.ink} strokeWidth={theme.strokeWidth} fill="none" strokeDasharray={group.dashed ? '6 4' : undefined} />
        {group.lines.map((l, i) => {
          if (!l.label) return null;
          const [x, y] = midpoint(l.points);
          return (
            <text key={i} x={x} y={y - theme.fontSize * 0.4} textAnchor="middle" fontSize={theme.fontSize} fill={theme.ink}>
              {l.label}
            </text>
          );
        })}
      </>
    );
  },
  // Layout objects are new after every layout: compare the numbers, not the objects.
  (a, b) =>
    a.theme === b.theme &&
    a.gap === b.gap &&
    a.group.dashed === b.group.dashed &&
    a.group.lines.length === b.group.lines.length &&
    a.group.lines.every((l, i) => sameLine(l, b.group.lines[i]!)),
);

export function ChartLines({ lines, theme }: { lines: readonly LayoutLine[]; theme: ChartTheme }) {
  const gap = Math.max(2, theme.strokeWidth * 1.5);
  return (
    <g aria-hidden="true">
      {groupLines(lines).map((g) => (
        <LineGroupPath key={g.key} group={g} theme={theme} gap={gap} />
      ))}
    </g>
  );
}
