// What is drawn for a person at (0, 0), in two parts: the 'symbol' (highlight ring, NSGC
// symbol and marks, selection and focus rings) goes inside the person's button; the
// 'labels' (the two copies and the text below) are drawn beside it, because a button's
// visible text must be part of its accessible name (WCAG 2.5.3, axe
// label-content-name-mismatch) and the copy letters and ages are not.
import type { ParentOfOrigin } from '../../engine/genetics/genotype.ts';
import type { ChartMetrics } from './chartMetrics.ts';
import { CopyBoxes } from './CopyBoxes.tsx';
import { fillPaint } from './FillPatterns.tsx';
import type { FillKey } from './fillKeys.ts';
import { AdoptionBrackets, ProbandArrow } from './PersonMarks.tsx';
import { PersonSymbol } from './PersonSymbol.tsx';
import type { PersonView } from './personView.ts';
import type { ChartTheme } from './theme.ts';

export interface PersonBodyProps {
  view: PersonView;
  metrics: ChartMetrics;
  theme: ChartTheme;
  fills: ReadonlyMap<string, FillKey>;
  selected: boolean;
  /** On the highlighted variant's path: which of this person's copies, if any. */
  pathCopies: string | null;
  interactive: boolean;
  /** False when zoomed far out on a large pedigree: symbol only, no copies or text. */
  detailed: boolean;
  part: 'symbol' | 'labels';
  onCopyHover?: (personId: string, copy: ParentOfOrigin | null) => void;
}

/** Not memoised itself: PersonContent, its only user, is the memo boundary. */
export function PersonBody({ view, metrics: m, theme, fills, selected, pathCopies, interactive, detailed, part, onCopyHover }: PersonBodyProps) {
  const parts = view.sectors.map((s) => {
    const fill = s.fillKey ? fills.get(s.fillKey) : undefined;
    return fill ? fillPaint(theme, fill.styleIndex) : null;
  });
  const ring = m.size / 2 + m.size * 0.2;
  const textTop = m.textTop(view.copies !== null);
  if (part === 'labels') {
    return (
      <>
        {detailed && view.copies && (
          <CopyBoxes
            copies={view.copies}
            box={m.copyBox}
            gap={m.copyGap}
            top={m.copiesTop}
            theme={theme}
            highlighted={(c) => pathCopies?.includes(c) ?? false}
            {...(onCopyHover ? { onCopyHover: (c: ParentOfOrigin | null) => onCopyHover(view.id, c) } : {})}
          />
        )}
        {detailed &&
          view.below.map((line, i) => (
            <text key={i} y={textTop + i * m.lineHeight} textAnchor="middle" fontSize={m.fontSize} fill={theme.ink} fontWeight={i === view.below.length - 1 ? 'bold' : 'normal'}>
              {line}
            </text>
          ))}
      </>
    );
  }
  return (
    <>
      {pathCopies !== null && <circle r={ring + 2} fill="none" stroke={theme.highlight} strokeWidth={theme.strokeWidth * 2} />}
      <PersonSymbol shape={view.shape} size={m.size} theme={theme} parts={parts} marks={view.sectors.map((s) => s.mark)} slash={view.slash} inside={view.inside} />
      {view.adopted && <AdoptionBrackets size={m.size} theme={theme} />}
      {(view.proband || view.consultand) && <ProbandArrow size={m.size} theme={theme} proband={view.proband} />}
      {view.birthOrder !== undefined && (
        <text x={m.size / 2 + 3} y={-m.size / 2} fontSize={m.fontSize * 0.85} fill={theme.ink}>
          {view.birthOrder}
        </text>
      )}
      {selected && <rect x={-ring} y={-ring} width={2 * ring} height={2 * ring} rx={4} fill="none" stroke={theme.selection} strokeWidth={theme.strokeWidth * 2} />}
      {interactive && (
        <rect className="il-focus-ring" visibility="hidden" x={-ring - 4} y={-ring - 4} width={2 * ring + 8} height={2 * ring + 8} rx={6} fill="none" stroke={theme.ink} strokeWidth={2} strokeDasharray="4 3" />
      )}
    </>
  );
}
