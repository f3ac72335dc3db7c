// Sizes and colours of the drawing. Symbol size comes from the layout's metrics; the theme
// scales everything drawn around it (text, strokes, copy boxes) so a projector theme can
// enlarge labels without changing positions. Colours are the Okabe–Ito palette (Okabe &
// Ito 2008, "Color Universal Design"), safe for the common colour-vision deficiencies;
// every fill also gets its own pattern so it survives greyscale printing (NOMENCLATURE S3).

export type PatternKind = 'solid' | 'hatch' | 'dots' | 'cross' | 'horizontal' | 'vertical' | 'checker';

export interface FillStyle {
  color: string;
  pattern: PatternKind;
  /** Colour of the pattern's marks: whichever of black and white contrasts more with `color`. */
  markColor: string;
}

export interface ChartTheme {
  /** Symbol size to ask the layout for (see chartLayoutMetrics). */
  symbolSize: number;
  /** Font size of labels below symbols, in drawing units. */
  fontSize: number;
  strokeWidth: number;
  /** Ink for outlines, lines and text: black on white has contrast 21:1. */
  ink: string;
  /** Secondary text and silenced copies: #595959 on white is 7:1 (WCAG AA needs 4.5:1). */
  muted: string;
  background: string;
  /** Selection ring (Okabe–Ito blue) and variant-path highlight (Okabe–Ito orange). */
  selection: string;
  highlight: string;
  fills: readonly FillStyle[];
  /**
   * Draw the small F/M tags beside the copy boxes (default). Projector themes drop them:
   * at projector scale they cannot reach 24 px without overlapping a neighbour's, and the
   * presenter's status line says which box is which instead.
   */
  copyTags?: boolean;
}

/** Fill styles in the order conditions and phenotypes are assigned them. */
export const OKABE_ITO_FILLS: readonly FillStyle[] = [
  { color: '#0072B2', pattern: 'solid', markColor: '#FFFFFF' },
  { color: '#D55E00', pattern: 'hatch', markColor: '#000000' },
  { color: '#009E73', pattern: 'dots', markColor: '#000000' },
  { color: '#CC79A7', pattern: 'cross', markColor: '#000000' },
  { color: '#E69F00', pattern: 'horizontal', markColor: '#000000' },
  { color: '#56B4E9', pattern: 'vertical', markColor: '#000000' },
  { color: '#000000', pattern: 'checker', markColor: '#FFFFFF' },
];

export const DEFAULT_THEME: ChartTheme = {
  symbolSize: 40,
  fontSize: 11,
  strokeWidth: 1.5,
  ink: '#000000',
  muted: '#595959',
  background: '#FFFFFF',
  selection: '#0072B2',
  highlight: '#E69F00',
  fills: OKABE_ITO_FILLS,
};

/** Larger text and heavier lines, readable from the back of a classroom (USERS.md). */
export const PRESENTATION_THEME: ChartTheme = {
  ...DEFAULT_THEME,
  symbolSize: 56,
  fontSize: 16,
  strokeWidth: 2.5,
};

/** Fill style number `index`, cycling colours and patterns so neighbours always differ. */
export function fillStyleAt(theme: ChartTheme, index: number): FillStyle {
  const fills = theme.fills;
  return fills[index % fills.length]!;
}
