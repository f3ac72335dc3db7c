// Draws a variant's transmissions over the pedigree lines: from the transmitting parent
// along the relationship line, down the line of descent, along the sibship line and down
// to the child, so the eye follows the real lines of the drawing.
import { line as d3line } from 'd3-shape';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import type { PedigreeLayout } from '../../layout/types.ts';
import type { VariantPath } from './variantPath.ts';
import type { ChartTheme } from './theme.ts';

type Pt = [number, number];
const polyline = d3line<Pt>();

export function transmissionPoints(doc: PedigreeDocument, layout: PedigreeLayout, parentId: string, childId: string): Pt[] | null {
  const parent = layout.people[parentId];
  const child = layout.people[childId];
  if (!parent || !child) return null;
  const union = doc.persons.find((p) => p.id === childId)?.parentUnion;
  const descent = union ? layout.lines.find((l) => l.kind === 'descent' && l.union === union) : undefined;
  const drop = layout.lines.find((l) => l.kind === 'child' && l.person === childId);
  if (descent && drop) return [[parent.x, parent.y], ...descent.points, ...drop.points];
  const half = layout.metrics.symbolSize / 2;
  const midY = (parent.y + child.y) / 2;
  return [[parent.x, parent.y + half], [parent.x, midY], [child.x, midY], [child.x, child.y - half]];
}

export function VariantPathOverlay({ doc, layout, path, theme }: { doc: PedigreeDocument; layout: PedigreeLayout; path: VariantPath; theme: ChartTheme }) {
  return (
    <g aria-hidden="true" data-variant-path={path.origin.personId}>
      {path.edges.map((e) => {
        const points = transmissionPoints(doc, layout, e.parent, e.child);
        return points ? (
          <path key={`${e.parent}>${e.child}`} d={polyline(points) ?? ''} fill="none" stroke={theme.highlight} strokeWidth={theme.strokeWidth * 3} strokeLinejoin="round" opacity={0.85} />
        ) : null;
      })}
    </g>
  );
}
