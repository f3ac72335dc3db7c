// Shared wording for explanations: percentages, pronouns, copy names and what a genotype
// means for a person, in words a family can follow (USERS.md: numbers with their reasoning).
import type { Condition } from './condition.ts';
import type { Genotype, ParentOfOrigin } from './genotype.ts';
import { isViable, phenotypeOutcomes, probabilityAffected } from './penetrance.ts';
import type { Sex } from './sex.ts';

/** 0.435 → "43.5%", 1/3 → "33.3%", 0.0001 → "0.01%". */
export function percent(p: number): string {
  if (p === 0) return '0%';
  if (p === 1) return '100%';
  const value = p * 100;
  const digits = value >= 10 ? 3 : value >= 1 ? 2 : 1;
  return `${Number(value.toPrecision(digits))}%`;
}

/**
 * An allele frequency, penetrance or rate with `digits` significant digits and no trailing
 * zeros: 0.00031622776601683794 → "0.0003162", 0.009999999999999998 → "0.01". Plain decimals
 * down to 0.000001; below that JavaScript's short exponent form ("1e-10"), which is easier
 * to read than ten zeros. Every sentence and table that prints q uses it, so a q computed
 * for a prevalence reads the same everywhere.
 */
export function decimal(x: number, digits = 4): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(digits))) : String(x);
}

export interface Pronouns {
  subject: string;
  possessive: string;
  Subject: string;
}

export function pronouns(sex: Sex | undefined): Pronouns {
  if (sex === 'male') return { subject: 'he', possessive: 'his', Subject: 'He' };
  if (sex === 'female') return { subject: 'she', possessive: 'her', Subject: 'She' };
  return { subject: 'they', possessive: 'their', Subject: 'They' };
}

/** "GNAS", or "this gene" for the generic textbook modes. */
export const geneName = (condition: Condition) => (condition.gene === 'generic' ? 'this gene' : condition.gene);

export const parentWord = (copy: ParentOfOrigin) => (copy === 'paternal' ? 'father' : 'mother');
export const otherCopy = (copy: ParentOfOrigin): ParentOfOrigin => (copy === 'paternal' ? 'maternal' : 'paternal');

/** "PPHP (80%), POH (10%) or osteoma cutis (10%)" among the affected of a genotype. */
export function outcomeList(condition: Condition, genotype: Genotype): string {
  const outcomes = phenotypeOutcomes(condition, genotype);
  if (outcomes.length === 1) return outcomes[0]!.label;
  const parts = outcomes.map((o) => `${o.label} (${percent(o.probability)})`);
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

/**
 * What a person with this genotype is expected to have, as a verb phrase:
 * "has PHP1a", "is affected with probability 87% (paraganglioma)", "is an unaffected carrier".
 */
export function outcomePhrase(condition: Condition, genotype: Genotype, sex?: Sex): string {
  if (!isViable(condition, genotype)) return 'does not survive to birth (this genotype is not viable)';
  const p = probabilityAffected(condition, genotype, sex);
  if (p === 0) {
    if (!genotype.includes('d')) return 'is not affected';
    return onSilencedCopy(condition, genotype) ? 'is an unaffected carrier (the variant is on the silenced copy)' : 'is a healthy carrier';
  }
  // Name the outcome only when the condition lists phenotypes for this genotype.
  const named = condition.phenotypes?.[genotype] !== undefined;
  const what = outcomeList(condition, genotype);
  const multiple = phenotypeOutcomes(condition, genotype).length > 1;
  if (p === 1) return named ? `has ${what}` : 'is affected';
  return `is affected with probability ${percent(p)}${named ? (multiple ? `: ${what}` : ` (${what})`) : ''}`;
}

/** One variant copy that sits on a copy with no expression (imprinting) rather than a recessive one. */
export function onSilencedCopy(condition: Condition, genotype: Genotype): boolean {
  if (genotype === 'd/+') return condition.expression.paternal === 0;
  if (genotype === '+/d') return condition.expression.maternal === 0;
  return false;
}

/** "by 40: 54%, by 60: 68%, by 70: 87%" for a genotype with an age-of-onset curve. */
export function ageRiskList(condition: Condition, genotype: Genotype, sex?: Sex): string | undefined {
  const curve = condition.ageOfOnset;
  if (!curve) return undefined;
  const parts = curve.points
    .filter((pt) => pt.fraction > 0)
    .map((pt) => `by ${pt.age}: ${percent(probabilityAffected(condition, genotype, sex, pt.age))}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** The genotype a child gets when it inherits the variant from a parent of `parentSex` and a normal copy otherwise. */
export function childWithVariantFrom(condition: Condition, parentSex: Sex, childSex: Sex): Genotype {
  if (condition.chromosome === 'X' && childSex === 'male') return 'd';
  return parentSex === 'male' ? 'd/+' : '+/d';
}


/**
 * How a carrier parent passes the variant on, for assumptions and reasoning text. X-linked:
 * a father has one X, which every daughter receives and no son does (DOMAIN.md §2), so his
 * "ratio" is not a share of children; a mother passes one of her two X copies.
 */
export function carrierTransmissionSentence(condition: Condition, format: (p: number) => string = percent): string {
  const mother = format(condition.transmissionRatio.maternal);
  if (condition.chromosome === 'X') return `A carrier father passes the variant on his X to every daughter and to no son; a carrier mother passes it to ${mother} of children.`;
  return `A carrier father passes the variant to ${format(condition.transmissionRatio.paternal)} of children, a carrier mother to ${mother}.`;
}
