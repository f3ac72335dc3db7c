// What the layout hands to the drawing: every position and line as numbers, in
// drawing units (one unit = one SVG user unit at zoom 1). No DOM is measured.
import type { PersonId, UnionId } from '../engine/document/types.ts';

/** Fixed sizes (ARCHITECTURE.md: "Fixed symbol sizes; no layout step measures the DOM"). */
export interface LayoutMetrics {
  /** Width and height of a person symbol. */
  symbolSize: number;
  /** Minimum centre-to-centre distance between neighbours in a row. */
  horizontalGap: number;
  /** Distance between generation rows. */
  generationGap: number;
}

export interface PersonPlacement {
  id: PersonId;
  /** 0 = top row (generation I). */
  generation: number;
  /** Centre of the symbol. */
  x: number;
  y: number;
  /** Pedigree number, e.g. "II-3" (NOMENCLATURE L8), numbered left to right per row. */
  label: string;
  /** Shown when the layout had to reorder siblings (L5). */
  birthOrder?: number;
  /** Set on a second drawing of a person (drawn twice to avoid a crossing), naming the first. */
  duplicateOf?: PersonId;
}

export type LineKind =
  | 'union'
  | 'consanguineous-union'
  | 'separation'
  | 'descent'
  | 'sibship'
  | 'child'
  | 'twin'
  | 'mz-bar'
  | 'no-children'
  | 'infertility'
  | 'duplicate-link';

export interface LayoutLine {
  kind: LineKind;
  /** Polyline in drawing units. */
  points: [number, number][];
  /** Adopted-in line of descent (S10) and duplicate links are dashed. */
  dashed?: boolean;
  union?: UnionId;
  person?: PersonId;
  /** Text drawn at the line's midpoint, e.g. "?" for twins of unknown zygosity (L6). */
  label?: string;
}

export interface GenerationRow {
  index: number;
  /** Roman numeral, "I" at the top (L8). */
  numeral: string;
  y: number;
}

export interface PedigreeLayout {
  metrics: LayoutMetrics;
  /** Keyed by placement key: the person id, or `${id}#2` for a second drawing. */
  people: Record<string, PersonPlacement>;
  lines: LayoutLine[];
  generations: GenerationRow[];
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
}
