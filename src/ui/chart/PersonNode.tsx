// One person on the chart: a single focusable button (role="button", aria-pressed for
// selection) holding the symbol (ARCHITECTURE.md "Rendering"), with the two copies and the
// text below drawn beside it (clicking them selects too) so the button's visible content
// is exactly what its accessible name describes. The outer group carries position and interaction; the body is memoised
// on the view's content token, so a person the layout merely moved is not redrawn.
import { memo } from 'react';
import type { ParentOfOrigin } from '../../engine/genetics/genotype.ts';
import type { ChartMetrics } from './chartMetrics.ts';
import type { FillKey } from './fillKeys.ts';
import { PersonBody } from './PersonBody.tsx';
import type { PersonView } from './personView.ts';
import type { ChartTheme } from './theme.ts';

export interface PersonNodeProps {
  view: PersonView;
  metrics: ChartMetrics;
  theme: ChartTheme;
  fills: ReadonlyMap<string, FillKey>;
  selected: boolean;
  /** On the highlighted variant's path: which of this person's copies, if any. */
  pathCopies: string | null;
  interactive: boolean;
  /** False when zoomed far out on a large pedigree: symbol only, no copies or text. */
  detailed?: boolean;
  onSelect?: (id: string) => void;
  onCopyHover?: (personId: string, copy: ParentOfOrigin | null) => void;
}

export const PersonNode = memo(function PersonNode({ view, interactive, selected, pathCopies, onSelect, detailed = true, ...rest }: PersonNodeProps) {
  const a11y = interactive
    ? {
        role: 'button',
        tabIndex: 0,
        'aria-label': view.ariaLabel,
        'aria-pressed': selected,
        className: 'il-person',
        onClick: () => onSelect?.(view.id),
        onKeyDown: (e: React.KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onSelect?.(view.id);
          }
        },
      }
    : { 'aria-label': view.ariaLabel, role: 'img' };
  return (
    <g transform={`translate(${view.x},${view.y})`} data-person={view.id} data-on-variant-path={pathCopies ?? undefined}>
      <g {...a11y}>
        <PersonBody part="symbol" view={view} selected={selected} pathCopies={pathCopies} interactive={interactive} detailed={detailed} {...rest} />
      </g>
      <g onClick={interactive ? () => onSelect?.(view.id) : undefined}>
        <PersonBody part="labels" view={view} selected={selected} pathCopies={pathCopies} interactive={interactive} detailed={detailed} {...rest} />
      </g>
    </g>
  );
});
