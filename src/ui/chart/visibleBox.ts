// Culling for large pedigrees: the part of the drawing inside the viewport, widened by a
// margin and snapped outward to a coarse grid, so panning re-renders the people only when
// the view crosses a grid line rather than on every frame.
import type { Box } from './drawingExtent.ts';
import type { ZoomTransform } from './useZoom.ts';

/** Below this many people everything is drawn; the browser culls off-screen paint itself. */
export const CULL_THRESHOLD = 400;

export function visibleBox(t: ZoomTransform, width: number, height: number, grid: number): Box | null {
  if (width <= 0 || height <= 0) return null;
  const snapDown = (v: number) => Math.floor(v / grid) * grid;
  const snapUp = (v: number) => Math.ceil(v / grid) * grid;
  return {
    minX: snapDown(-t.x / t.k - grid),
    minY: snapDown(-t.y / t.k - grid),
    maxX: snapUp((width - t.x) / t.k + grid),
    maxY: snapUp((height - t.y) / t.k + grid),
  };
}
