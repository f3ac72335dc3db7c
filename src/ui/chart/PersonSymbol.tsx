// One NSGC symbol at (0, 0) with its fills and marks, no text below (NOMENCLATURE
// S1–S11). Used by the chart, the legend swatches and the SVG export alike.
import { memo } from 'react';
import { sectorPaths, shapePath, TRIANGLE_SCALE, type SymbolShape } from './symbolGeometry.ts';
import type { ChartTheme } from './theme.ts';

export interface SymbolProps {
  shape: SymbolShape;
  size: number;
  theme: ChartTheme;
  /** Paint per part (from `fillPaint`), or null for an open part. */
  parts: (string | null)[];
  carrierDot?: boolean;
  presymptomatic?: boolean;
  unknownStatus?: boolean;
  slash?: boolean;
  inside?: string | null;
}

export const PersonSymbol = memo(function PersonSymbol(p: SymbolProps) {
  const { shape, size, theme } = p;
  const r = (shape === 'triangle' ? TRIANGLE_SCALE : 1) * (size / 2);
  const sectors = sectorPaths(shape, size, Math.max(1, p.parts.length));
  const anyFill = p.parts.some((f) => f !== null);
  const halo = { stroke: theme.background, strokeWidth: theme.fontSize * 0.25, paintOrder: 'stroke' as const };
  const slash = size * 0.6;
  return (
    <g>
      {sectors.map((d, i) => (
        <path key={i} d={d} fill={p.parts[i] ?? theme.background} stroke={p.parts.length > 1 ? theme.ink : 'none'} strokeWidth={theme.strokeWidth * 0.5} />
      ))}
      <path d={shapePath(shape, size)} fill="none" stroke={theme.ink} strokeWidth={theme.strokeWidth} />
      {p.carrierDot && <circle r={size * 0.1} fill={theme.ink} />}
      {p.presymptomatic && <line x1={0} x2={0} y1={-r} y2={r} stroke={theme.ink} strokeWidth={theme.strokeWidth * 1.5} />}
      {p.slash && <line x1={-slash} y1={slash} x2={slash} y2={-slash} stroke={theme.ink} strokeWidth={theme.strokeWidth} />}
      {(p.unknownStatus || p.inside) && (
        <text
          textAnchor="middle"
          dominantBaseline="central"
          fontSize={size * (shape === 'triangle' ? 0.3 : 0.45)}
          fontWeight="bold"
          fill={theme.ink}
          {...(anyFill ? halo : {})}
        >
          {p.inside ?? '?'}
        </text>
      )}
    </g>
  );
});
