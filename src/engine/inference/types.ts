// Results of pedigree inference: what the CLI prints, the worker posts and the UI shows.
import type { PersonId } from '../document/types.ts';
import type { ImpossibleFact } from './impossible.ts';
import type { NextChildRequest } from './model.ts';
import type { PropagationControl } from './propagate.ts';

/** Posterior over genotypes by name: `+/+`, `+/d`, `d/+`, `d/d` (pat/mat), or `+`, `d` for X-linked males. */
export type GenotypeDistribution = Record<string, number>;

export interface GenotypeSummary {
  genotype: GenotypeDistribution;
  /** P(at least one d copy). */
  carrier: number;
  /** P(d on the paternal copy); null for X-linked males (no paternal X). */
  paternalVariant: number | null;
  /** P(d on the maternal copy). */
  maternalVariant: number;
  /** P(is or will become affected): 1 if observed affected; the remaining lifetime risk otherwise. */
  affected: number;
}

export interface PersonPosterior extends GenotypeSummary {
  id: PersonId;
  hemizygous: boolean;
}

export interface NextChildRisk extends GenotypeSummary {
  father: PersonId;
  mother: PersonId;
  sex: 'M' | 'F';
}

export interface InferenceOptions extends PropagationControl {
  nextChildren?: readonly NextChildRequest[];
  /** Largest exact computation allowed, in clique-table entries (default 4,000,000). */
  maxExactCost?: number;
}

export interface ExactResult {
  kind: 'exact';
  likelihood: number;
  /** log10 of the likelihood: exact even when `likelihood` underflows to 0 in a huge pedigree. */
  log10Likelihood: number;
  people: Record<PersonId, PersonPosterior>;
  nextChildren: NextChildRisk[];
  /** Clique-table entries used and the largest clique (people), as a measure of work. */
  cost: number;
  largestClique: number;
  notices: string[];
}

export interface ImpossibleResult {
  kind: 'impossible';
  likelihood: 0;
  log10Likelihood: null;
  /** Plain-language explanation naming the people whose data cannot all hold. */
  message: string;
  /** A minimal set of people whose observations together are impossible. */
  culprits: PersonId[];
  /**
   * The same explanation as parts, so a caller can word it with its own names for people
   * (impossibleSentence(model, facts, nameOf)); absent when no observation is to blame.
   */
  model?: string;
  facts?: ImpossibleFact[];
  notices: string[];
}

export interface TooLargeResult {
  kind: 'too-large';
  /** Clique-table entries an exact computation would need. */
  cost: number;
  largestClique: number;
  limit: number;
  message: string;
  notices: string[];
}

export interface EstimateResult {
  kind: 'estimate';
  likelihood: number;
  log10Likelihood: number | null;
  /** Standard error of the likelihood estimate. */
  likelihoodStandardError: number;
  people: Record<PersonId, PersonPosterior & { carrierStandardError: number }>;
  nextChildren: (NextChildRisk & { carrierStandardError: number; affectedStandardError: number })[];
  samples: number;
  /** Kish effective sample size of the weights. */
  effectiveSamples: number;
  message: string;
  notices: string[];
}

export interface InvalidResult {
  kind: 'invalid';
  message: string;
}

export type InferenceResult = ExactResult | ImpossibleResult | TooLargeResult | InvalidResult;
