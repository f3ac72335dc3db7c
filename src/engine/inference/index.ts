// Public entry of the inference engine (issue 6): exact likelihood, posteriors and next-child
// risk, the sampling estimate for very inbred pedigrees, and the mode comparison.
export { inferPedigree, pedigreeLogLikelihood, describeModel, DEFAULT_MAX_EXACT_COST } from './infer.ts';
export { estimatePedigree, type SamplingOptions } from './sampling.ts';
export { compareModes, DEFAULT_PREVALENCE, type AlleleFrequencySetting, type ModeComparison, type ModeFit } from './compareModes.ts';
export { prevalenceOf, qForPrevalence } from './prevalence.ts';
export { InferenceCancelled, type PropagationControl } from './propagate.ts';
export { impossibleSentence, type ImpossibleFact } from './impossible.ts';
export type { NextChildRequest } from './model.ts';
export type * from './types.ts';
