// Arrow-key movement between relatives: up = a parent, down = the first child,
// left/right = the nearest person in the same drawn row (partner, sibling, cousin),
// using the layout's x positions so the selection moves the way the eye reads.
import { childrenOf, parentsOf } from '../../engine/document/queries.ts';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import type { PedigreeLayout, PersonPlacement } from '../../layout/types.ts';

export type Direction = 'up' | 'down' | 'left' | 'right';

function placed(layout: PedigreeLayout, id: PersonId): PersonPlacement | undefined {
  return layout.people[id];
}

function leftmost(layout: PedigreeLayout, ids: readonly PersonId[]): PersonId | null {
  let best: PersonId | null = null;
  let bestX = Infinity;
  for (const id of ids) {
    const x = placed(layout, id)?.x ?? Infinity;
    if (best === null || x < bestX) {
      best = id;
      bestX = x;
    }
  }
  return best;
}

/** The person the selection moves to, or null when there is nobody in that direction. */
export function neighbourOf(doc: PedigreeDocument, layout: PedigreeLayout, from: PersonId, direction: Direction): PersonId | null {
  if (direction === 'up') return leftmost(layout, parentsOf(doc, from).parents);
  if (direction === 'down') return leftmost(layout, childrenOf(doc, from));
  const here = placed(layout, from);
  if (!here) return null;
  let best: PersonId | null = null;
  let bestDistance = Infinity;
  for (const p of Object.values(layout.people)) {
    if (p.duplicateOf !== undefined || p.generation !== here.generation || p.id === from) continue;
    const dx = p.x - here.x;
    const distance = direction === 'left' ? -dx : dx;
    if (distance > 0 && distance < bestDistance) {
      best = p.id;
      bestDistance = distance;
    }
  }
  return best;
}

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export function arrowDirection(key: string): Direction | null {
  return ARROWS[key] ?? null;
}
