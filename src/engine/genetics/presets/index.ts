// All preset conditions, in the order the UI lists them: imprinting first, contrasts last.
import type { Condition } from '../condition.ts';
import { AUTOSOMAL_DOMINANT, AUTOSOMAL_RECESSIVE, X_LINKED_DOMINANT, X_LINKED_RECESSIVE } from './contrasts.ts';
import { GNAS } from './gnas.ts';
import { CDKN1C, KCNK9, UBE3A } from './maternallyExpressed.ts';
import { MAGEL2, MKRN3 } from './paternallyExpressed.ts';
import { SDHD } from './sdhd.ts';

export { GNAS_PATERNAL_SUBTYPE_DEFAULTS } from './gnas.ts';

export const PRESETS: readonly Condition[] = [
  GNAS,
  SDHD,
  MKRN3,
  MAGEL2,
  UBE3A,
  KCNK9,
  CDKN1C,
  AUTOSOMAL_DOMINANT,
  AUTOSOMAL_RECESSIVE,
  X_LINKED_RECESSIVE,
  X_LINKED_DOMINANT,
];

/** A fresh copy of the preset (callers may edit it), or undefined for an unknown id. */
export function presetById(id: string): Condition | undefined {
  const preset = PRESETS.find((p) => p.id === id);
  return preset ? structuredClone(preset) : undefined;
}
