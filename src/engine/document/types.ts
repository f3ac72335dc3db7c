// The pedigree document (ARCHITECTURE.md "Data model"). Plain JSON, versioned.
// Displayed labels such as "II-3" come from the drawing; ids here are stable.
import type { Condition, ConditionId } from '../genetics/condition.ts';
import type { Allele } from '../genetics/genotype.ts';

export type PersonId = string;
export type UnionId = string;
export type TwinGroupId = string;

/** Symbol shape (NOMENCLATURE S1): square man, circle woman, diamond non-binary or unknown. */
export type Gender = 'man' | 'woman' | 'nonbinary' | 'unknown';

/** Sex assigned at birth, shown as text below the symbol when given (NSGC 2022). */
export type SexAssignedAtBirth = 'AMAB' | 'AFAB' | 'UAAB';

export type ObservedStatus = 'affected' | 'unaffected' | 'unknown';

export interface Observation {
  status: ObservedStatus;
  /** Age at onset when affected, age at last exam otherwise (years). */
  age?: number;
  /** Named outcome when affected, e.g. "PHP1a". */
  phenotype?: string;
  /** Presymptomatic carrier (NOMENCLATURE S5) or carrier not expected to manifest (S4). */
  carrierMark?: 'presymptomatic' | 'carrier';
}

/** A known ordered genotype: each copy `+`, `d` or unknown `?`. X-linked males have no paternal copy. */
export interface KnownGenotype {
  paternal: Allele | '?';
  maternal: Allele | '?';
}

export type PregnancyOutcome = 'ongoing' | 'miscarriage' | 'termination' | 'ectopic' | 'stillbirth';

export interface Pregnancy {
  outcome: PregnancyOutcome;
  gestationWeeks?: number;
}

export interface Person {
  id: PersonId;
  name?: string;
  gender: Gender;
  sexAssignedAtBirth?: SexAssignedAtBirth;
  /** Child of this union (both partners are the recorded parents). */
  parentUnion?: UnionId;
  /** Child of a single recorded parent (no union recorded). Exclusive with parentUnion. */
  singleParent?: PersonId;
  age?: number;
  birthYear?: number;
  deceased?: { age?: number; cause?: string };
  proband?: boolean;
  consultand?: boolean;
  adopted?: 'in' | 'out';
  pregnancy?: Pregnancy;
  /** Several individuals in one symbol (S9): a number, or 'n' when unknown. */
  count?: number | 'n';
  /** Observed status per condition id. Missing = unknown. */
  observations: Record<ConditionId, Observation>;
  /** Known copies per condition id (genotype testing). */
  genotypes?: Record<ConditionId, KnownGenotype>;
  notes?: string;
}

export interface Union {
  id: UnionId;
  /** The two partners. Order is not meaning: the father is the partner who gives sperm. */
  partners: [PersonId, PersonId];
  /** Asserted by the user; the engine also detects shared ancestry (L2). */
  consanguineous?: boolean;
  separated?: boolean;
  /** L7: no children by choice (one bar) or infertility (two bars). */
  noChildren?: 'by-choice' | 'infertility';
  /** Layout hint: draw the partners the other way round. */
  swapSides?: boolean;
  /** Layout hint: keep the children exactly in document order. */
  pinSiblingOrder?: boolean;
}

export type Zygosity = 'MZ' | 'DZ' | 'unknown';

export interface TwinGroup {
  id: TwinGroupId;
  zygosity: Zygosity;
  members: PersonId[];
}

export interface DocumentMeta {
  title?: string;
  /** Family id when the pedigree came from (or goes to) a PED file. */
  familyId?: string;
  notes?: string;
  created?: string;
  modified?: string;
}

export const DOCUMENT_FORMAT = 'imprint-lab';
export const DOCUMENT_VERSION = 1;

/**
 * A pedigree. The order of `persons` is birth order among siblings
 * (reorder siblings = move them in this array).
 */
export interface PedigreeDocument {
  format: typeof DOCUMENT_FORMAT;
  version: typeof DOCUMENT_VERSION;
  persons: Person[];
  unions: Union[];
  twins: TwinGroup[];
  conditions: Condition[];
  activeConditionId: ConditionId | null;
  meta: DocumentMeta;
}

/** Which gamete a person gives: decides the parent of origin of what they transmit (DOMAIN.md §1). */
export type Gamete = 'sperm' | 'egg' | 'unknown';
