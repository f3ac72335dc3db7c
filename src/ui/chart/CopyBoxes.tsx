// The two copies under a symbol: left box the copy from the father (F), right box the
// copy from the mother (M), paternal first as in every ordered genotype (DOMAIN.md §1).
// The variant is a filled box with "d"; a copy the active condition silences gets a
// dashed outline on grey — its own mark, never the NSGC carrier dot (NOMENCLATURE S4).
import type { ParentOfOrigin } from '../../engine/genetics/genotype.ts';
import type { CopiesView, CopyView } from './copies.ts';
import { SILENCED_ID } from './FillPatterns.tsx';
import type { ChartTheme } from './theme.ts';

interface CopyBoxProps {
  copy: CopyView;
  x: number;
  y: number;
  box: number;
  theme: ChartTheme;
  highlighted?: boolean;
}

export function CopyBox({ copy, x, y, box, theme, highlighted }: CopyBoxProps) {
  const silenced = copy.expression === 'silenced';
  const dashed = silenced || copy.expression === 'reduced';
  const variant = copy.allele === 'd';
  const fill = silenced ? `url(#${SILENCED_ID})` : variant ? theme.ink : theme.background;
  const textFill = variant && !silenced ? theme.background : copy.allele === 'd' ? theme.ink : theme.muted;
  const faint = copy.allele === '?' || copy.allele === 'Y';
  return (
    <g>
      {highlighted && <rect x={x - 2.5} y={y - 2.5} width={box + 5} height={box + 5} fill="none" stroke={theme.highlight} strokeWidth={3} />}
      <rect
        x={x}
        y={y}
        width={box}
        height={box}
        fill={fill}
        stroke={faint || silenced ? theme.muted : theme.ink}
        strokeWidth={theme.strokeWidth * 0.8}
        strokeDasharray={dashed ? `${box * 0.18} ${box * 0.12}` : undefined}
      />
      <text
        x={x + box / 2}
        y={y + box / 2}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={box * 0.78}
        fontWeight={variant ? 'bold' : 'normal'}
        fill={textFill}
      >
        {copy.allele}
      </text>
    </g>
  );
}

interface CopyBoxesProps {
  copies: CopiesView;
  box: number;
  gap: number;
  top: number;
  theme: ChartTheme;
  highlighted?: (copy: ParentOfOrigin) => boolean;
  onCopyHover?: (copy: ParentOfOrigin | null) => void;
}

export function CopyBoxes({ copies, box, gap, top, theme, highlighted, onCopyHover }: CopyBoxesProps) {
  const tag = { fontSize: box * 0.62, fill: theme.muted, dominantBaseline: 'central' as const };
  const left = -box - gap / 2;
  const right = gap / 2;
  const hover = (copy: ParentOfOrigin) =>
    onCopyHover ? { onPointerEnter: () => onCopyHover(copy), onPointerLeave: () => onCopyHover(null) } : {};
  return (
    <g>
      {theme.copyTags !== false && (
        <text x={left - 2} y={top + box / 2} textAnchor="end" {...tag}>
          F
        </text>
      )}
      <g data-copy="paternal" data-allele={copies.paternal.allele} data-expression={copies.paternal.expression} {...hover('paternal')}>
        <CopyBox copy={copies.paternal} x={left} y={top} box={box} theme={theme} highlighted={highlighted?.('paternal')} />
      </g>
      <g data-copy="maternal" data-allele={copies.maternal.allele} data-expression={copies.maternal.expression} {...hover('maternal')}>
        <CopyBox copy={copies.maternal} x={right} y={top} box={box} theme={theme} highlighted={highlighted?.('maternal')} />
      </g>
      {theme.copyTags !== false && (
        <text x={right + box + 2} y={top + box / 2} textAnchor="start" {...tag}>
          M
        </text>
      )}
    </g>
  );
}
