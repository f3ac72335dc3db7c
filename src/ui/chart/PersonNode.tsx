// One person on the chart: a cheap positioned shell (one <g> with the translation and the
// data attributes tests and focus handling read) around the memoised PersonContent. When
// a new layout only moves a person, this shell is all that re-renders for them.
import { memo } from 'react';
import { PersonContent, type PersonContentProps } from './PersonContent.tsx';

export interface PersonNodeProps extends Omit<PersonContentProps, 'detailed'> {
  /** False when zoomed far out on a large pedigree: symbol only, no copies or text. Default true. */
  detailed?: boolean;
}

export const PersonNode = memo(function PersonNode({ detailed = true, ...props }: PersonNodeProps) {
  const { view, pathCopies } = props;
  return (
    <g transform={`translate(${view.x},${view.y})`} data-person={view.id} data-on-variant-path={pathCopies ?? undefined}>
      <PersonContent {...props} detailed={detailed} />
    </g>
  );
});
