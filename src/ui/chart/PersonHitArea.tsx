// An invisible tap target around a person's symbol. At a phone's fitted zoom a symbol is
// about 19 px, under the 24 px minimum of WCAG 2.2 SC 2.5.8 (Target Size) and far under
// the 44 pt / 48 dp of Apple's and Material's guidelines, so a finger that lands just
// beside it would otherwise hit the paper and deselect. The area is the person's slot:
// half the layout's minimum spacing to each side, so it never overlaps a neighbour's,
// from the sibship line above down through their own copies and text. Drawn only on the
// interactive chart, never in an export.
import { belowHeight, type ChartMetrics } from './chartMetrics.ts';
import type { PersonView } from './personView.ts';

export interface HitSlot {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The slot around a person's centre (0, 0), in drawing units. */
export function personHitSlot(m: ChartMetrics, view: Pick<PersonView, 'copies' | 'below'>): HitSlot {
  const side = (m.slotWidth - m.size) / 2;
  // Below the symbol at least the margin it has at the sides; with labels, down to their end.
  const labels = belowHeight(m, view.copies !== null, view.below.length);
  const bottom = Math.min(m.slotBottom, Math.max(m.size / 2 + side, labels));
  return { x: -m.slotWidth / 2, y: -m.slotTop, width: m.slotWidth, height: m.slotTop + bottom };
}

/** Unpainted but hit-testable (pointer-events="all" ignores the missing fill). */
export function PersonHitArea({ metrics, view }: { metrics: ChartMetrics; view: PersonView }) {
  const s = personHitSlot(metrics, view);
  return <rect className="il-hit-area" x={s.x} y={s.y} width={s.width} height={s.height} fill="none" pointerEvents="all" />;
}
