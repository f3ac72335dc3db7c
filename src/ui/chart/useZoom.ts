// Pan and zoom: the only home of d3-zoom and d3-selection (ARCHITECTURE.md). d3-zoom
// attaches its gestures (drag, wheel, pinch) to the <svg> React made and writes the
// transform to React state; React applies it to one <g>. Created in one effect and
// removed on cleanup, like xyflow's XYPanZoom.
//
// The chart area changes size without any zoom gesture: the header and toolbar wrap to
// more lines at narrow widths, panels open, a phone turns. A ResizeObserver on the <svg>
// then refits the drawing while the view is still the fitted one, and once the user has
// zoomed or panned keeps the point they were looking at in the middle instead.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import type { Box } from './drawingExtent.ts';

export interface ZoomTransform {
  x: number;
  y: number;
  k: number;
}

export interface ZoomControls {
  zoomIn: () => void;
  zoomOut: () => void;
  /** Scale and centre the whole drawing in the viewport. */
  fit: () => void;
}

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 8;
const STEP = 1.25;

/** The transform that fits `box` into a viewport with a small margin, never above 1.5×. */
export function fitTransform(box: Box, width: number, height: number): ZoomTransform {
  const w = Math.max(1, box.maxX - box.minX);
  const h = Math.max(1, box.maxY - box.minY);
  const k = Math.min(1.5, Math.max(MIN_SCALE, Math.min((width * 0.95) / w, (height * 0.95) / h)));
  return { k, x: (width - w * k) / 2 - box.minX * k, y: (height - h * k) / 2 - box.minY * k };
}

/** `t` moved so the point at the centre of a w0×h0 viewport stays at the centre of w1×h1. */
export function keepCentre(t: ZoomTransform, [w0, h0]: [number, number], [w1, h1]: [number, number]): ZoomTransform {
  return { k: t.k, x: t.x + (w1 - w0) / 2, y: t.y + (h1 - h0) / 2 };
}

const asZoom = (t: ZoomTransform) => zoomIdentity.translate(t.x, t.y).scale(t.k);

function viewportSize(svg: SVGSVGElement, box: Box): [number, number] {
  // jsdom reports 0×0; fall back to the drawing's own size so fit() is the identity.
  const w = svg.clientWidth || box.maxX - box.minX;
  const h = svg.clientHeight || box.maxY - box.minY;
  return [w, h];
}

export function useZoom(svgRef: RefObject<SVGSVGElement | null>, box: Box) {
  const [transform, setTransform] = useState<ZoomTransform>({ x: 0, y: 0, k: 1 });
  const [viewport, setViewport] = useState<[number, number]>([0, 0]);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  // False while the view is the one fit() made; a gesture or a zoom button sets it.
  const userMoved = useRef(false);
  const boxRef = useRef(box);
  useEffect(() => {
    boxRef.current = box;
  }, [box]);

  // A layout effect, so the first paint is already fitted and measured: a large pedigree
  // is then culled from its very first frame instead of being drawn whole once.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    setViewport([svg.clientWidth, svg.clientHeight]);
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([MIN_SCALE, MAX_SCALE])
      // d3-zoom's default filter, plus: ignore synthetic events without a window (d3-drag
      // needs event.view to block text selection during a drag).
      .filter((event: MouseEvent) => (!event.ctrlKey || event.type === 'wheel') && !event.button && event.view != null)
      .extent(() => {
        const [w, h] = viewportSize(svg, boxRef.current);
        return [[0, 0], [w, h]];
      })
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
        // Only gestures carry a source event; fit() and resizes set the transform in code.
        if (event.sourceEvent) userMoved.current = true;
        setTransform({ x: event.transform.x, y: event.transform.y, k: event.transform.k });
      });
    const selection = select(svg);
    selection.call(z).on('dblclick.zoom', null);
    behaviour.current = z;
    let size = viewportSize(svg, boxRef.current);
    z.transform(selection, asZoom(fitTransform(boxRef.current, ...size)));
    const onResize = () => {
      const next = viewportSize(svg, boxRef.current);
      if (next[0] === size[0] && next[1] === size[1]) return;
      const current = zoomTransform(svg);
      z.transform(selection, asZoom(userMoved.current ? keepCentre(current, size, next) : fitTransform(boxRef.current, ...next)));
      size = next;
      setViewport([svg.clientWidth, svg.clientHeight]);
    };
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onResize);
    observer?.observe(svg);
    return () => {
      observer?.disconnect();
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [svgRef]);

  const scaleBy = useCallback(
    (factor: number) => {
      const svg = svgRef.current;
      if (!svg || !behaviour.current) return;
      userMoved.current = true;
      behaviour.current.scaleBy(select(svg), factor);
    },
    [svgRef],
  );
  const fit = useCallback(() => {
    const svg = svgRef.current;
    if (!svg || !behaviour.current) return;
    userMoved.current = false;
    behaviour.current.transform(select(svg), asZoom(fitTransform(boxRef.current, ...viewportSize(svg, boxRef.current))));
  }, [svgRef]);
  const controls = useMemo<ZoomControls>(() => ({ zoomIn: () => scaleBy(STEP), zoomOut: () => scaleBy(1 / STEP), fit }), [scaleBy, fit]);
  return { transform, viewport, controls };
}
