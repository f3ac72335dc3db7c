// One NSGC symbol at (0, 0) with its fills and marks, no text below (NOMENCLATURE
// S1–S11). Used by the chart, the legend swatches and the SVG export alike.
import { memo } from 'react';
import { partAnchor, sectorPaths, shapePath, type SymbolShape } from './symbolGeometry.ts';
import type { SectorMark } from './personView.ts';
import type { ChartTheme } from './theme.ts';

export interface SymbolProps {
  shape: SymbolShape;
  size: number;
  theme: ChartTheme;
  /** Paint per part (from `fillPaint`), or null for an open part. */
  parts: (string | null)[];
  /** Per part: carrier dot, presymptomatic line or "?" for that part's condition. */
  marks?: (SectorMark | null)[];
  slash?: boolean;
  inside?: string | null;
}

export const PersonSymbol = memo(function PersonSymbol(p: SymbolProps) {
  const { shape, size, theme } = p;
  const sectors = sectorPaths(shape, size, Math.max(1, p.parts.length));
  const anyFill = p.parts.some((f) => f !== null);
  const halo = { stroke: theme.background, strokeWidth: theme.fontSize * 0.25, paintOrder: 'stroke' as const };
  const slash = size * (shape === 'triangle' ? 0.4 : 0.58);
  return (
    <g>
      {sectors.map((d, i) => (
        <path key={i} d={d} fill={p.parts[i] ?? theme.background} stroke={p.parts.length > 1 ? theme.ink : 'none'} strokeWidth={theme.strokeWidth * 0.5} />
      ))}
      <path d={shapePath(shape, size)} fill="none" stroke={theme.ink} strokeWidth={theme.strokeWidth} />
      {(p.marks ?? []).map((mark, i) => {
        if (!mark || (mark === 'unknown' && p.inside)) return null;
        const a = partAnchor(shape, size, sectors.length, i);
        if (mark === 'carrier') return <circle key={i} cx={a.x} cy={a.y} r={size * (sectors.length > 1 ? 0.08 : 0.1)} fill={theme.ink} />;
        if (mark === 'presymptomatic') return <line key={i} x1={a.x} x2={a.x} y1={a.y1} y2={a.y2} stroke={theme.ink} strokeWidth={theme.strokeWidth * 1.5} />;
        return (
          <text key={i} x={a.x} y={a.y} textAnchor="middle" dominantBaseline="central" fontSize={size * (sectors.length > 1 ? 0.3 : 0.45)} fontWeight="bold" fill={theme.ink}>
            ?
          </text>
        );
      })}
      {p.slash && <line x1={-slash} y1={slash} x2={slash} y2={-slash} stroke={theme.ink} strokeWidth={theme.strokeWidth} />}
      {p.inside && (
        <text
          textAnchor="middle"
          dominantBaseline="central"
          fontSize={size * (shape === 'triangle' ? 0.3 : 0.45)}
          fontWeight="bold"
          fill={theme.ink}
          {...(anyFill ? halo : {})}
        >
          {p.inside}
        </text>
      )}
    </g>
  );
});
