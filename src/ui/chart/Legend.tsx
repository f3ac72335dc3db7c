// The key (NOMENCLATURE L9): one row per legend item, a swatch then its words, placed
// in the box `placeLegend` reserved beside the pedigree.
import type { LegendBox } from './drawingExtent.ts';
import type { FillKey } from './fillKeys.ts';
import type { LegendItem } from './legendItems.ts';
import { LegendSwatch } from './LegendSwatch.tsx';
import type { ChartTheme } from './theme.ts';

interface LegendProps {
  items: readonly LegendItem[];
  box: LegendBox;
  theme: ChartTheme;
  fills: ReadonlyMap<string, FillKey>;
}

export function Legend({ items, box, theme, fills }: LegendProps) {
  const pad = theme.fontSize;
  const swatchX = box.minX + pad + box.swatch;
  const textX = swatchX + box.swatch + pad * 0.5;
  const rowY = (i: number) => box.minY + pad + box.rowHeight * (i + 1.5);
  return (
    <g role="list" aria-label="Key">
      <rect x={box.minX} y={box.minY} width={box.maxX - box.minX} height={box.maxY - box.minY} fill={theme.background} stroke={theme.muted} strokeWidth={1} rx={4} />
      <text x={box.minX + pad} y={box.minY + pad + box.rowHeight * 0.5} dominantBaseline="central" fontSize={theme.fontSize * 1.1} fontWeight="bold" fill={theme.ink} aria-hidden="true">
        Key
      </text>
      {items.map((item, i) => (
        <g key={item.id} role="listitem" data-legend={item.id}>
          <g transform={`translate(${swatchX},${rowY(i)})`} aria-hidden="true">
            <LegendSwatch swatch={item.swatch} size={box.swatch} theme={theme} fills={fills} />
          </g>
          <text x={textX} y={rowY(i)} dominantBaseline="central" fontSize={theme.fontSize} fill={theme.ink}>
            {item.text}
          </text>
        </g>
      ))}
    </g>
  );
}
