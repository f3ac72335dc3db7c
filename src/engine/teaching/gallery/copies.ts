// Recorded copies for gallery families, named by where the variant sits (paternal first).
import type { KnownGenotype, Observation } from '../../document/types.ts';

export const VARIANT_FROM_FATHER: KnownGenotype = { paternal: 'd', maternal: '+' };
export const VARIANT_FROM_MOTHER: KnownGenotype = { paternal: '+', maternal: 'd' };
export const NO_VARIANT: KnownGenotype = { paternal: '+', maternal: '+' };
export const TWO_VARIANTS: KnownGenotype = { paternal: 'd', maternal: 'd' };
/** X-linked men: one X, from the mother; no paternal copy of the gene. */
export const X_MAN_VARIANT: KnownGenotype = { paternal: '?', maternal: 'd' };
export const X_MAN_NORMAL: KnownGenotype = { paternal: '?', maternal: '+' };

export const UNAFFECTED: Observation = { status: 'unaffected' };

export function affected(phenotype?: string, age?: number): Observation {
  const o: Observation = { status: 'affected' };
  if (phenotype !== undefined) o.phenotype = phenotype;
  if (age !== undefined) o.age = age;
  return o;
}

/** Unaffected and known to carry the variant without expecting to manifest (NOMENCLATURE S4). */
export function silentCarrier(age?: number): Observation {
  const o: Observation = { status: 'unaffected', carrierMark: 'carrier' };
  if (age !== undefined) o.age = age;
  return o;
}
