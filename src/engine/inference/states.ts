// The inference state space (DOMAIN.md §6): ordered genotypes, paternal copy first.
// Index = 2·paternal + maternal with + = 0 and d = 1, so bit 1 is the paternal copy
// and bit 0 the maternal copy. X-linked males have one (maternal) X: index 0 = +, 1 = d.
// Labels are always emitted by name, never as a bare array (DOMAIN.md §1).
import type { HemizygousGenotype, OrderedGenotype } from '../genetics/genotype.ts';

/** Ordered genotypes in state-index order (2·pat + mat). */
export const ORDERED_STATES: readonly OrderedGenotype[] = ['+/+', '+/d', 'd/+', 'd/d'];
export const HEMIZYGOUS_STATES: readonly HemizygousGenotype[] = ['+', 'd'];

export function paternalBit(state: number): number {
  return (state >> 1) & 1;
}

export function maternalBit(state: number): number {
  return state & 1;
}

export function stateLabels(hemizygous: boolean): readonly (OrderedGenotype | HemizygousGenotype)[] {
  return hemizygous ? HEMIZYGOUS_STATES : ORDERED_STATES;
}
