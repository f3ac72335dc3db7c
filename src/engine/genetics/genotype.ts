// Ordered genotypes, paternal allele first (DOMAIN.md §1). Imprinting is entirely
// about which copy is which, so an unordered pair is never stored.

/** A copy of the gene: `+` normal, `d` the disease variant. */
export type Allele = '+' | 'd';

/** `pat/mat`: the allele received from the father, then the one from the mother. */
export type OrderedGenotype = '+/+' | 'd/+' | '+/d' | 'd/d';

/** X-linked males carry one (maternal) X. */
export type HemizygousGenotype = '+' | 'd';

export type Genotype = OrderedGenotype | HemizygousGenotype;

export const ALLELES: readonly Allele[] = ['+', 'd'];
export const ORDERED_GENOTYPES: readonly OrderedGenotype[] = ['+/+', 'd/+', '+/d', 'd/d'];
export const HEMIZYGOUS_GENOTYPES: readonly HemizygousGenotype[] = ['+', 'd'];

/** The parent who transmits a copy: the imprint is reset by this parent's sex (DOMAIN.md §1). */
export type ParentOfOrigin = 'paternal' | 'maternal';

export function orderedGenotype(paternal: Allele, maternal: Allele): OrderedGenotype {
  return `${paternal}/${maternal}` as OrderedGenotype;
}

export function paternalAllele(g: OrderedGenotype): Allele {
  return g[0] as Allele;
}

export function maternalAllele(g: OrderedGenotype): Allele {
  return g[2] as Allele;
}

export function isOrderedGenotype(value: unknown): value is OrderedGenotype {
  return typeof value === 'string' && (ORDERED_GENOTYPES as readonly string[]).includes(value);
}

export function isHemizygousGenotype(value: unknown): value is HemizygousGenotype {
  return value === '+' || value === 'd';
}

/** Number of variant copies: 0, 1 or 2. */
export function variantCount(g: Genotype): number {
  let n = 0;
  for (const ch of g) if (ch === 'd') n++;
  return n;
}
