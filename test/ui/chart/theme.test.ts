// Colours a counselor can print and a colour-blind student can read: text contrast by
// WCAG 2.1 (relative luminance, ratio ≥ 4.5:1) and fills told apart by pattern as well.
import { describe, expect, it } from 'vitest';
import { SILENCED_BACKGROUND } from '../../../src/ui/chart/FillPatterns.tsx';
import { DEFAULT_THEME, fillStyleAt, OKABE_ITO_FILLS, PRESENTATION_THEME } from '../../../src/ui/chart/theme.ts';
import { fitTransform } from '../../../src/ui/chart/useZoom.ts';
import { visibleBox } from '../../../src/ui/chart/visibleBox.ts';

/** WCAG 2.1 relative luminance of "#RRGGBB". */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('chart colours', () => {
  it('gives every text colour at least 4.5:1 against what it is drawn on', () => {
    expect(contrast(DEFAULT_THEME.ink, DEFAULT_THEME.background)).toBeCloseTo(21, 5);
    expect(contrast(DEFAULT_THEME.muted, DEFAULT_THEME.background)).toBeGreaterThanOrEqual(4.5);
    // Letters in a silenced copy box, and the white "d" in a variant box.
    expect(contrast(DEFAULT_THEME.muted, SILENCED_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(DEFAULT_THEME.background, DEFAULT_THEME.ink)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives each of seven fills in a row its own pattern, so none relies on colour alone', () => {
    const patterns = Array.from({ length: 7 }, (_, i) => fillStyleAt(DEFAULT_THEME, i).pattern);
    expect(new Set(patterns).size).toBe(7);
  });

  it('draws pattern marks in the colour that contrasts more with each fill colour', () => {
    for (const f of OKABE_ITO_FILLS) {
      const other = f.markColor === '#FFFFFF' ? '#000000' : '#FFFFFF';
      expect(contrast(f.markColor, f.color)).toBeGreaterThanOrEqual(contrast(other, f.color));
    }
  });

  it('makes the presentation theme larger than the default in symbols, text and lines', () => {
    expect(PRESENTATION_THEME.symbolSize).toBeGreaterThan(DEFAULT_THEME.symbolSize);
    expect(PRESENTATION_THEME.fontSize).toBeGreaterThan(DEFAULT_THEME.fontSize);
    expect(PRESENTATION_THEME.strokeWidth).toBeGreaterThan(DEFAULT_THEME.strokeWidth);
  });
});

describe('zoom arithmetic', () => {
  it('fits a 400×200 drawing into an 800×800 viewport at 1.5× at most, centred', () => {
    expect(fitTransform({ minX: -100, minY: 0, maxX: 300, maxY: 200 }, 800, 800)).toEqual({ k: 1.5, x: 100 + 150, y: 250 });
  });

  it('shrinks a wide drawing to 95% of the viewport width', () => {
    const t = fitTransform({ minX: 0, minY: 0, maxX: 4000, maxY: 100 }, 1000, 600);
    expect(t.k).toBeCloseTo(0.2375, 10);
    expect(t.x).toBeCloseTo(25, 10);
  });

  it('culls to the viewport widened by one grid cell and snapped to the grid', () => {
    // Viewport 1000×500 at scale 2, panned so drawing x=100, y=50 sits at the top left.
    expect(visibleBox({ k: 2, x: -200, y: -100 }, 1000, 500, 100)).toEqual({ minX: 0, minY: -100, maxX: 700, maxY: 400 });
    expect(visibleBox({ k: 1, x: 0, y: 0 }, 0, 0, 100)).toBeNull();
  });
});
