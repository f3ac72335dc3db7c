// Symbol outlines and their divisions as SVG path strings centred on (0, 0)
// (NOMENCLATURE S1, S2, S3). d3-path builds the paths; React draws them.
import { path } from 'd3-path';

export type SymbolShape = 'square' | 'circle' | 'diamond' | 'triangle';

/** Pregnancies not carried to term are drawn smaller (S2). */
export const TRIANGLE_SCALE = 0.6;

type Pt = [number, number];

function polygon(points: Pt[]): string {
  const p = path();
  points.forEach(([x, y], i) => (i === 0 ? p.moveTo(x, y) : p.lineTo(x, y)));
  p.closePath();
  return p.toString();
}

/** Outline of a symbol of `size` (its width and height). */
export function shapePath(shape: SymbolShape, size: number): string {
  const r = size / 2;
  switch (shape) {
    case 'square':
      return polygon([[-r, -r], [r, -r], [r, r], [-r, r]]);
    case 'diamond':
      return polygon([[0, -r], [r, 0], [0, r], [-r, 0]]);
    case 'triangle': {
      const t = r * TRIANGLE_SCALE;
      return polygon([[0, -t], [t, t * 0.8], [-t, t * 0.8]]);
    }
    case 'circle': {
      const p = path();
      p.moveTo(r, 0);
      p.arc(0, 0, r, 0, 2 * Math.PI);
      p.closePath();
      return p.toString();
    }
  }
}

function circleSector(r: number, from: number, to: number): string {
  const p = path();
  p.moveTo(0, 0);
  p.arc(0, 0, r, from, to);
  p.closePath();
  return p.toString();
}

/**
 * The symbol divided into `parts` regions for several conditions (S3): one part is the
 * whole symbol, two are left and right halves, three or four are quadrants in reading
 * order (upper-left, upper-right, lower-left, lower-right).
 */
export function sectorPaths(shape: SymbolShape, size: number, parts: number): string[] {
  const r = size / 2;
  if (parts <= 1) return [shapePath(shape, size)];
  if (parts === 2) {
    if (shape === 'circle') return [circleSector(r, Math.PI / 2, (3 * Math.PI) / 2), circleSector(r, -Math.PI / 2, Math.PI / 2)];
    if (shape === 'diamond') return [polygon([[0, -r], [0, r], [-r, 0]]), polygon([[0, -r], [r, 0], [0, r]])];
    const t = r * TRIANGLE_SCALE;
    if (shape === 'triangle') return [polygon([[0, -t], [0, t * 0.8], [-t, t * 0.8]]), polygon([[0, -t], [t, t * 0.8], [0, t * 0.8]])];
    return [polygon([[-r, -r], [0, -r], [0, r], [-r, r]]), polygon([[0, -r], [r, -r], [r, r], [0, r]])];
  }
  const quads: string[] = (() => {
    switch (shape) {
      case 'circle':
        return [
          circleSector(r, Math.PI, 1.5 * Math.PI),
          circleSector(r, 1.5 * Math.PI, 2 * Math.PI),
          circleSector(r, Math.PI / 2, Math.PI),
          circleSector(r, 0, Math.PI / 2),
        ];
      case 'diamond':
        return [polygon([[0, 0], [-r, 0], [0, -r]]), polygon([[0, 0], [0, -r], [r, 0]]), polygon([[0, 0], [0, r], [-r, 0]]), polygon([[0, 0], [r, 0], [0, r]])];
      case 'triangle': {
        const t = r * TRIANGLE_SCALE;
        const mid = t * -0.1;
        return [
          polygon([[0, -t], [0, mid], [-t * 0.55, mid]]),
          polygon([[0, -t], [t * 0.55, mid], [0, mid]]),
          polygon([[-t * 0.55, mid], [0, mid], [0, t * 0.8], [-t, t * 0.8]]),
          polygon([[0, mid], [t * 0.55, mid], [t, t * 0.8], [0, t * 0.8]]),
        ];
      }
      case 'square':
        return [
          polygon([[-r, -r], [0, -r], [0, 0], [-r, 0]]),
          polygon([[0, -r], [r, -r], [r, 0], [0, 0]]),
          polygon([[-r, 0], [0, 0], [0, r], [-r, r]]),
          polygon([[0, 0], [r, 0], [r, r], [0, r]]),
        ];
    }
  })();
  return quads.slice(0, parts);
}

/** Half the symbol's height at horizontal offset `x` from its centre. */
function halfHeightAt(shape: SymbolShape, r: number, x: number): number {
  if (shape === 'circle') return Math.sqrt(Math.max(0, r * r - x * x));
  if (shape === 'diamond') return r - Math.abs(x);
  if (shape === 'triangle') return r * TRIANGLE_SCALE * 0.7;
  return r;
}

/**
 * Where a part's own marks go (S4 dot, S5 line, S11 "?"): its centre, and the vertical
 * extent of a presymptomatic line through that centre that stays inside the part.
 */
export function partAnchor(shape: SymbolShape, size: number, parts: number, index: number): { x: number; y: number; y1: number; y2: number } {
  const r = size / 2;
  if (parts <= 1) {
    const h = halfHeightAt(shape, r, 0);
    return { x: 0, y: 0, y1: -h, y2: h };
  }
  const dx = parts === 2 ? r * 0.45 : r * 0.4;
  const x = index % 2 === 0 ? -dx : dx;
  const h = halfHeightAt(shape, r, x) * 0.9;
  if (parts === 2) return { x, y: 0, y1: -h, y2: h };
  const upper = index < 2;
  return { x, y: upper ? -h / 2 : h / 2, y1: upper ? -h : 0, y2: upper ? 0 : h };
}
