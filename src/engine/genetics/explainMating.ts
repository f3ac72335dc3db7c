// Why the children of a mating have the risks the cross gives (issue 2, "Explanations"):
// what each parent passes on and as which copy, the parent-of-origin switch, recessive
// pairing, non-viable conceptions and the totals. Numbers come from `cross`.
import type { Condition } from './condition.ts';
import { cross, type CrossDistribution, type CrossOptions } from './cross.ts';
import { childWithVariantFrom, outcomePhrase, percent, pronouns } from './explainWords.ts';
import { isHemizygousGenotype, type Genotype } from './genotype.ts';
import type { Sex } from './sex.ts';
import { probabilityTransmitsVariant } from './transmission.ts';

function copiesWords(g: Genotype, possessive: string): string {
  if (g === 'd/d') return 'both copies';
  return `${possessive} ${g === 'd/+' ? 'paternal copy (from ' + possessive + ' father)' : 'maternal copy (from ' + possessive + ' mother)'}`;
}

/** Whether the copy's origin matters: the two heterozygotes differ (penetrance or phenotype). */
function imprinted(condition: Condition): boolean {
  const phenotypes = (g: 'd/+' | '+/d') => JSON.stringify(condition.phenotypes?.[g] ?? null);
  return condition.penetrance['d/+'] !== condition.penetrance['+/d'] || phenotypes('d/+') !== phenotypes('+/d');
}

/** What one parent passes on, and the switch when the copy changes with the parent's sex. */
function parentSentences(condition: Condition, g: Genotype, sex: Sex): string[] {
  const role = sex === 'male' ? 'father' : 'mother';
  const p = pronouns(sex);
  if (!g.includes('d')) return [];
  if (isHemizygousGenotype(g)) {
    return [`The ${role}’s only X carries the variant: ${p.subject} passes it to every daughter, as her paternal copy, and to none of ${p.possessive} sons.`];
  }
  const childCopy = sex === 'male' ? 'paternal' : 'maternal';
  const share = percent(probabilityTransmitsVariant(condition, g, sex));
  const sentences = [
    `The ${role} carries the variant on ${copiesWords(g, p.possessive)}. ${p.Subject} passes it on as the child’s ${childCopy} copy${imprinted(condition) ? ` — imprints are reset in ${p.possessive} germline —` : ''} to ${share} of children.`,
  ];
  const ownCopy = g === 'd/+' ? 'paternal' : g === '+/d' ? 'maternal' : childCopy;
  const child = childWithVariantFrom(condition, sex, 'female');
  const own = outcomePhrase(condition, g, sex);
  const theirs = outcomePhrase(condition, child, 'female');
  if (ownCopy !== childCopy && own !== theirs) {
    sentences.push(
      `${p.Subject} ${own} because ${p.possessive} variant is on ${p.possessive} ${ownCopy} copy; in ${p.possessive} children it sits on the ${childCopy} copy, so a child who inherits it ${theirs}. Only the sex of the transmitting parent decides this, not the parent’s own condition.`,
    );
  }
  return sentences;
}

/** " (PPHP 40%, POH 5%, osteoma cutis 5%)" when the condition names its phenotypes. */
function phenotypeTotals(condition: Condition, d: CrossDistribution): string {
  if (!condition.phenotypes) return '';
  const totals = new Map<string, number>();
  for (const c of d.children) for (const [label, p] of Object.entries(c.phenotypes)) totals.set(label, (totals.get(label) ?? 0) + c.probability * p);
  const named = [...totals].filter(([, p]) => p > 0);
  return named.length > 0 ? ` (${named.map(([l, p]) => `${l} ${percent(p)}`).join(', ')})` : '';
}

function distributionSentences(condition: Condition, d: CrossDistribution, one: string, many: string): string[] {
  const sentences: string[] = [];
  const lost = d.children.filter((c) => !c.viable && c.probability > 0);
  const perConception = lost.length > 0 ? ' per conception' : '';
  if (lost.length > 0) {
    const list = lost.map((c) => `${c.genotype} (${percent(c.probability)})`).join(' and ');
    sentences.push(`Conceptions with ${list} do not survive to birth; among ${many} born alive the chance of being affected is ${percent(d.affectedAmongLiveBirths)}.`);
  }
  sentences.push(`Overall, each ${one} is affected with probability ${percent(d.affected)}${perConception}${phenotypeTotals(condition, d)}.`);
  return sentences;
}

/** Plain-language reasons for the children of `father` × `mother`, one sentence per step. */
export interface ExplainMatingOptions extends CrossOptions {
  /** X-linked only: give the totals for sons or for daughters alone. */
  childSex?: Sex;
}

export function explainMating(condition: Condition, father: Genotype, mother: Genotype, options: ExplainMatingOptions = {}): string[] {
  const result = cross(condition, father, mother, options);
  const sentences = [...parentSentences(condition, father, 'male'), ...parentSentences(condition, mother, 'female')];
  if (options.age !== undefined && condition.ageOfOnset) {
    sentences.push(`The children’s risks are by age ${options.age}, read from the age-of-onset curve, not lifetime risks.`);
  }
  const { deNovo } = condition;
  const newVariants = deNovo.paternal > 0 || deNovo.maternal > 0;
  if (!father.includes('d') && !mother.includes('d')) {
    sentences.push(
      newVariants
        ? `Neither parent carries the variant, so a child can only get it as a new (de novo) variant: ${percent(deNovo.paternal)} per sperm, ${percent(deNovo.maternal)} per egg.`
        : 'Neither parent carries the variant, so no child is expected to inherit it.',
    );
  } else if (newVariants) {
    sentences.push(`New (de novo) variants are included: ${percent(deNovo.paternal)} per sperm, ${percent(deNovo.maternal)} per egg.`);
  }
  if (condition.chromosome === 'X') {
    sentences.push('A father passes his X to every daughter and to none of his sons; a son’s only X comes from his mother.');
    if (result.chromosome !== 'X') return sentences;
    return [
      ...sentences,
      ...(options.childSex === 'female' ? [] : distributionSentences(condition, result.sons, 'son', 'sons')),
      ...(options.childSex === 'male' ? [] : distributionSentences(condition, result.daughters, 'daughter', 'daughters')),
    ];
  }
  if (result.chromosome !== 'autosomal') return sentences;
  const twoCopies = result.children.find((c) => c.genotype === 'd/d')!;
  if (father.includes('d') && mother.includes('d') && twoCopies.probability > 0) {
    sentences.push(`Both parents carry a variant copy, so a child can inherit one from each: d/d in ${percent(twoCopies.probability)} of conceptions.`);
  }
  return [...sentences, ...distributionSentences(condition, result, 'child', 'children')];
}
