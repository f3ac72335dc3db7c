// Everything drawn for one person except the position: the focusable button holding the
// symbol (role="button", aria-pressed for selection; ARCHITECTURE.md "Rendering") over an
// invisible finger-sized hit area (PersonHitArea, interactive chart only) and,
// beside it, the two copies and the text below (clicking them selects too), so the
// button's visible content is exactly what its accessible name describes. Memoised on
// the view's content token rather than the view object: a person the layout merely moved
// gets a new view with the same token, and only its positioned shell (PersonNode) redraws.
import { memo } from 'react';
import { PersonBody, type PersonBodyProps } from './PersonBody.tsx';
import { PersonHitArea } from './PersonHitArea.tsx';

/** The body's props (both parts are drawn here) plus what the button does when pressed. */
export interface PersonContentProps extends Omit<PersonBodyProps, 'part'> {
  onSelect?: (id: string) => void;
}

function PersonContentImpl({ view, interactive, selected, onSelect, detailed, ...rest }: PersonContentProps) {
  const body = { view, selected, interactive, detailed, ...rest };
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
    <>
      <g {...a11y}>
        {/* First, so the symbol, rings and marks are drawn over it; memoised with them. */}
        {interactive && <PersonHitArea metrics={rest.metrics} view={view} />}
        <PersonBody part="symbol" {...body} />
      </g>
      {/* Symbols only (far zoomed out): no copies or text, so no empty group either. */}
      {detailed && (
        <g onClick={interactive ? () => onSelect?.(view.id) : undefined}>
          <PersonBody part="labels" {...body} />
        </g>
      )}
    </>
  );
}

/** Same drawing: the same content token (position aside) and the same state. */
function sameContent(a: PersonContentProps, b: PersonContentProps): boolean {
  return (
    a.view.token === b.view.token &&
    a.metrics === b.metrics &&
    a.theme === b.theme &&
    a.fills === b.fills &&
    a.selected === b.selected &&
    a.pathCopies === b.pathCopies &&
    a.interactive === b.interactive &&
    a.detailed === b.detailed &&
    a.onSelect === b.onSelect &&
    a.onCopyHover === b.onCopyHover
  );
}

export const PersonContent = memo(PersonContentImpl, sameContent);
