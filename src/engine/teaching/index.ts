// The teaching engine's public surface (issue 7), for the UI and the CLI.
export { GALLERY, galleryEntryById, openGalleryFamily, type GalleryEntry } from './gallery/index.ts';
export { stepThrough, stepsByGeneration, type GenerationSteps, type StepThroughResult } from './simulation/stepThrough.ts';
export type { NameOf } from './simulation/explain.ts';
export { runMany, MAX_RUNS, type RunManyOptions, type RunManyOutcome, type RunManyResult, type Tally } from './simulation/runMany.ts';
export type {
  AlleleOrigin,
  FounderStep,
  MeiosisStep,
  PhenotypeStep,
  SimulatedPerson,
  SimulationRun,
  SimulationStep,
  TaggedCopy,
  TwinStep,
  VariantSource,
} from './simulation/types.ts';
export { checkPossible, obligateCarriers, type Possibility } from './logic/possibility.ts';
export { CHALLENGE_SET, gradedChallenge, type ChallengeSpec } from './challenge/challengeSet.ts';
export { generateChallenge, randomChallenge, mysteryTrait, type Challenge, type ChallengeDifficulty, type ChallengeResult } from './challenge/generate.ts';
export { compareModes, type ModeComparison, type ModeFit } from './challenge/modeComparison.ts';
export { scoreChallenge, scoreCarriers, type ChallengeAnswer, type ChallengeScore, type CarrierScore } from './challenge/score.ts';
export { startPresentation, presentationKey, isPresentationKey, isRevealed, PRESENTATION_KEYS, type PresentationState } from './presentation.ts';
