// The condition model: one biallelic locus with four penetrances keyed by ordered
// genotype (the GENEHUNTER-IMPRINTING model, Strauch et al. 2000; DOMAIN.md §2).
// Everything here is plain JSON so a condition can live inside a saved pedigree file.
import type { HemizygousGenotype, OrderedGenotype } from './genotype.ts';

export type ConditionId = string;

export type Chromosome = 'autosomal' | 'X';

/** P(affected | ordered genotype). Named keys, never a bare 4-array (DOMAIN.md §1). */
export type Penetrances = Record<OrderedGenotype, number>;

/** X-linked males: P(affected | hemizygous genotype). */
export type HemizygousPenetrances = Record<HemizygousGenotype, number>;

/** One named outcome among affected people of a genotype; probabilities of a list sum to 1. */
export interface PhenotypeOutcome {
  label: string;
  probability: number;
  description?: string;
}

/**
 * Age at onset as a cumulative distribution among those who will be affected:
 * points (age in years, fraction in [0,1]) with ages strictly increasing and the
 * fraction non-decreasing, reaching 1 at the last point. P(affected by age a | g)
 * = penetrance(g) × F(a), F linear between points, 0 before the first point.
 */
export interface AgeOfOnsetCurve {
  points: { age: number; fraction: number }[];
  source?: string;
}

/** Per-meiosis rates by the transmitting parent's sex. */
export interface ByParentSex {
  paternal: number;
  maternal: number;
}

/** Share of the gene's expression coming from each copy, each in [0,1] (DOMAIN.md §1). */
export interface Expression {
  paternal: number;
  maternal: number;
}

export interface Reference {
  citation: string;
  /** e.g. a PMID, DOI or GeneReviews NBK id */
  id?: string;
  note?: string;
}

/** The mode a condition follows, for labels and the mode comparison. */
export type InheritanceMode = 'AD' | 'AR' | 'XD' | 'XR' | 'PAT' | 'MAT' | 'custom';

export interface Condition {
  id: ConditionId;
  name: string;
  /** Short label for chart legends, e.g. "GNAS". */
  shortName?: string;
  gene: string;
  chromosome: Chromosome;
  /** Disease-allele frequency in founders (Hardy–Weinberg, copies independent). */
  q: number;
  penetrance: Penetrances;
  /** Required when chromosome is 'X'. */
  malePenetrance?: HemizygousPenetrances;
  /** Outcomes among affected people, per genotype; absent = one outcome named after the condition. */
  phenotypes?: Partial<Record<OrderedGenotype | HemizygousGenotype, PhenotypeOutcome[]>>;
  /** Genotypes that do not survive to birth (GNAS d/d). */
  nonViable?: (OrderedGenotype | HemizygousGenotype)[];
  ageOfOnset?: AgeOfOnsetCurve;
  /** New variant (+ → d) per meiosis by the transmitting parent's sex. */
  deNovo: ByParentSex;
  /** P(a heterozygous parent transmits d), by that parent's sex; Mendel = 0.5. */
  transmissionRatio: ByParentSex;
  expression: Expression;
  /** "Expressed from the father's copy only" — said in words for the UI (DOMAIN.md §1). */
  expressedCopy: string;
  /** Tissues where the parent-of-origin effect holds, for explanations, e.g. "kidney and thyroid". */
  imprintedTissues?: string;
  mode: InheritanceMode;
  description: string;
  references: Reference[];
}
