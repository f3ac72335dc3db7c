// Founder priors and transmission tables (DOMAIN.md §2).
// A parent passes one of its copies; the imprint is reset by the parent's sex, so what a
// sperm carries becomes the child's paternal copy and what an egg carries the maternal copy,
// whichever grandparent it came from. De novo rates and transmission ratios are taken by the
// transmitting parent's sex. X-linked: a father passes his only X to daughters (their paternal
// copy) and nothing to sons; sons' single X is maternal.
import type { Condition } from '../genetics/condition.ts';
import { maternalBit, paternalBit } from './states.ts';

export type ParentSide = 'paternal' | 'maternal';

/** P(the gamete carries d | parent state): Mendel or the transmission ratio, plus de novo (+ → d). */
export function transmitsVariant(condition: Condition, parentState: number, parentHemizygous: boolean, side: ParentSide): number {
  const mu = condition.deNovo[side];
  if (parentHemizygous) return parentState === 1 ? 1 : mu;
  const copies = paternalBit(parentState) + maternalBit(parentState);
  if (copies === 2) return 1;
  if (copies === 0) return mu;
  const ratio = condition.transmissionRatio[side];
  return ratio + (1 - ratio) * mu;
}

/** Hardy–Weinberg founder prior with independent copies: P(+/d) = P(d/+) = q(1−q). */
export function founderPrior(q: number, hemizygous: boolean): Float64Array {
  if (hemizygous) return Float64Array.of(1 - q, q);
  const p = 1 - q;
  return Float64Array.of(p * p, p * q, q * p, q * q);
}

/** One parent as seen by the table builder: number of states and whether hemizygous. */
export interface ParentShape {
  card: number;
  hemizygous: boolean;
}

/**
 * P(child state | parents) as a table over [father, mother, child] (child fastest).
 * `father` is null for an X-linked son (his X comes from his mother only).
 */
export function childTable(condition: Condition, father: ParentShape | null, mother: ParentShape, childHemizygous: boolean): Float64Array {
  const fCard = father?.card ?? 1;
  const cCard = childHemizygous ? 2 : 4;
  const table = new Float64Array(fCard * mother.card * cCard);
  let i = 0;
  for (let fs = 0; fs < fCard; fs++) {
    const tf = father ? transmitsVariant(condition, fs, father.hemizygous, 'paternal') : 0;
    for (let ms = 0; ms < mother.card; ms++) {
      const tm = transmitsVariant(condition, ms, mother.hemizygous, 'maternal');
      for (let c = 0; c < cCard; c++) {
        const mat = childHemizygous ? c : maternalBit(c);
        const pm = mat ? tm : 1 - tm;
        const pf = childHemizygous ? 1 : paternalBit(c) ? tf : 1 - tf;
        table[i++] = pf * pm;
      }
    }
  }
  return table;
}
