// What a step-through simulation records: every copy carries a tag naming where it came
// from (a founder's paternal or maternal copy, a new variant in one meiosis, or an
// unrecorded parent), so the chart can colour each copy's path through the family.
import type { Allele, Genotype, ParentOfOrigin } from '../../genetics/genotype.ts';
import type { Sex } from '../../genetics/sex.ts';
import type { PersonId } from '../../document/types.ts';

export type AlleleOrigin =
  | { kind: 'founder'; person: PersonId; copy: ParentOfOrigin }
  | { kind: 'de-novo'; parent: PersonId; child: PersonId }
  | { kind: 'unrecorded-parent'; child: PersonId; copy: ParentOfOrigin };

export interface TaggedCopy {
  allele: Allele;
  origin: AlleleOrigin;
  /** Stable key of the origin, e.g. "I1:paternal", for colouring paths. */
  tag: string;
}

/** Which parent's copy carries the variant in a person: the transmitting parent's sex. */
export type VariantSource = 'father' | 'mother' | 'both' | 'none';

export interface SimulatedPerson {
  id: PersonId;
  generation: number;
  sex: Sex | undefined;
  /** null for X-linked men, who have no paternal X. */
  paternal: TaggedCopy | null;
  maternal: TaggedCopy;
  genotype: Genotype;
  /** False for a genotype the condition marks non-viable (GNAS d/d): never counted as affected. */
  viable: boolean;
  affected: boolean;
  /** Named outcome among the affected (e.g. POH), when drawn. */
  phenotype?: string;
  variantFrom: VariantSource;
}

interface StepBase {
  /** Position in the whole run, from 0. */
  index: number;
  generation: number;
  /** The person the step is about (the child, for a meiosis). */
  person: PersonId;
  /** One plain sentence for the screen and for screen readers. */
  text: string;
}

export interface FounderStep extends StepBase {
  kind: 'founder';
  paternal: TaggedCopy | null;
  maternal: TaggedCopy;
  /** 'known' when the document records the copy, 'drawn' from the allele frequency q. */
  source: { paternal: 'known' | 'drawn' | null; maternal: 'known' | 'drawn' };
}

export interface MeiosisStep extends StepBase {
  kind: 'meiosis';
  /** The transmitting parent; null when that parent is not in the pedigree. */
  parent: PersonId | null;
  parentSex: Sex;
  /** Which of the parent's copies is passed; null for an unrecorded parent or a father's Y. */
  fromCopy: ParentOfOrigin | null;
  /** Who gave the parent that copy (the child's grandparent), when recorded. */
  grandparent: PersonId | null;
  /** The copy as the child receives it; null when a father passes his Y (X-linked son). */
  copy: TaggedCopy | null;
  /** A man's copy becomes the child's paternal copy, a woman's the maternal one (imprint reset). */
  becomes: ParentOfOrigin;
  /** Share of the gene's expression from that copy in the child (condition.expression). */
  expressionShare: number;
  deNovo: boolean;
}

export interface TwinStep extends StepBase {
  kind: 'identical-twin';
  twinOf: PersonId;
  paternal: TaggedCopy | null;
  maternal: TaggedCopy;
}

export interface PhenotypeStep extends StepBase {
  kind: 'phenotype';
  genotype: Genotype;
  /** Lifetime P(affected | genotype) used for the draw. */
  penetrance: number;
  viable: boolean;
  affected: boolean;
  phenotype?: string;
}

export type SimulationStep = FounderStep | MeiosisStep | TwinStep | PhenotypeStep;

export interface SimulationRun {
  seed: number | string;
  conditionId: string;
  steps: SimulationStep[];
  /** Everyone's drawn copies and phenotype, in simulation order. */
  people: SimulatedPerson[];
}
