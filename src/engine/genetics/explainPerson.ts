// Why a person with this genotype is (or is not) affected, and what happens when they pass
// the variant on (issue 2, "Explanations"). The reasons come from the condition model
// itself: which copy carries the variant, which copy is expressed (DOMAIN.md §1), the
// penetrance and the imprint reset by the transmitting parent's sex.
import type { Condition } from './condition.ts';
import { isHemizygousGenotype, type Genotype, type ParentOfOrigin } from './genotype.ts';
import { ageRiskList, childWithVariantFrom, geneName, onSilencedCopy, otherCopy, outcomePhrase, parentWord, percent, pronouns, type Pronouns } from './explainWords.ts';
import { isViable, probabilityAffected } from './penetrance.ts';
import type { Sex } from './sex.ts';

function copiesSentence(condition: Condition, g: Genotype, p: Pronouns): string {
  if (isHemizygousGenotype(g)) {
    return `${p.Subject} has one X chromosome, from ${p.possessive} mother, and it carries ${g === 'd' ? 'the variant' : `a normal copy of ${geneName(condition)}`}.`;
  }
  switch (g) {
    case '+/+':
      return `${p.Subject} has two normal copies of ${geneName(condition)}.`;
    case 'd/d':
      return `${p.Subject} carries the variant on both copies, the one from ${p.possessive} father and the one from ${p.possessive} mother.`;
    default: {
      const copy: ParentOfOrigin = g === 'd/+' ? 'paternal' : 'maternal';
      return `${p.Subject} carries the variant on the copy from ${p.possessive} ${parentWord(copy)} (${p.possessive} ${copy} copy); the copy from ${p.possessive} ${parentWord(otherCopy(copy))} is normal.`;
    }
  }
}

/** Why one variant copy does or does not matter: expression of that copy (DOMAIN.md §1). */
function expressionSentence(condition: Condition, g: Genotype, p: Pronouns, sex?: Sex): string | undefined {
  if (g !== 'd/+' && g !== '+/d') {
    if (isHemizygousGenotype(g) && g === 'd') return `A man has no second X to make up for it.`;
    return undefined;
  }
  const copy: ParentOfOrigin = g === 'd/+' ? 'paternal' : 'maternal';
  const other = otherCopy(copy);
  const where = condition.imprintedTissues ? ` in ${condition.imprintedTissues}` : '';
  const expression = condition.expression;
  const gene = geneName(condition);
  const het = probabilityAffected(condition, g, sex);
  if (expression[copy] === 0 && expression[other] > 0) {
    const silent = `For ${gene} the active copy${where} is the ${parentWord(other)}’s, so ${p.possessive} ${parentWord(copy)}’s copy — the one with the variant — is silent there and the working copy from ${p.possessive} ${parentWord(other)} does the job.`;
    // Partial, tissue-specific imprinting (GNAS): the silenced copy still counts elsewhere.
    return het > 0 && where ? `${silent} Elsewhere both copies are used, so losing one of them still has effects.` : silent;
  }
  if (expression[copy] > 0 && expression[other] === 0) {
    return `For ${gene} only the ${parentWord(copy)}’s copy is active${where}, and that is the copy with the variant, so ${where ? 'those tissues lose' : 'the body loses'} the gene’s work.`;
  }
  if (condition.chromosome === 'X') {
    return het > 0
      ? `Each cell of a woman uses one X at random; the cells using the variant X are enough to cause the condition.`
      : `Each cell of a woman uses one X at random; the normal X covers for the variant one.`;
  }
  return het > 0
    ? `Both copies of ${gene} are used, and one variant copy is enough to cause the condition.`
    : `Both copies of ${gene} are used, and one working copy is enough.`;
}

function consequenceSentence(condition: Condition, g: Genotype, p: Pronouns, sex?: Sex): string {
  if (!isViable(condition, g)) return `This genotype is not viable: a pregnancy with it does not reach birth.`;
  const risk = probabilityAffected(condition, g, sex);
  const carrier = g.includes('d');
  if (!carrier && risk > 0) return `Without a variant copy ${p.subject} still has a ${percent(risk)} chance of being affected in this model (a phenocopy).`;
  if (!carrier) return `So ${p.subject} is not affected and has no variant to pass on.`;
  if (risk === 0) {
    const kind = onSilencedCopy(condition, g) ? 'a silent carrier' : 'a healthy carrier';
    return `So ${p.subject} is not expected to be affected: ${kind} who can still pass the variant on.`;
  }
  const phrase = outcomePhrase(condition, g, sex);
  const ages = ageRiskList(condition, g, sex);
  const reduced = risk < 1 ? ' Not every carrier develops it (reduced penetrance).' : '';
  return `So ${p.subject} ${phrase}.${reduced}${ages ? ` The risk grows with age — ${ages}.` : ''}`;
}

/** What the variant becomes in a child: the imprint is reset by this person's sex (DOMAIN.md §1). */
function transmissionSentence(condition: Condition, g: Genotype, p: Pronouns, sex?: Sex): string | undefined {
  if (!g.includes('d') || !isViable(condition, g) || sex === undefined) return undefined;
  const copy: ParentOfOrigin = sex === 'male' ? 'paternal' : 'maternal';
  if (condition.chromosome === 'X' && sex === 'male') {
    const daughter = childWithVariantFrom(condition, 'male', 'female');
    return `${p.Subject} passes ${p.possessive} X to every daughter and to none of ${p.possessive} sons: each daughter gets the variant as her paternal copy and ${outcomePhrase(condition, daughter, 'female')}; sons cannot inherit it from him.`;
  }
  const child = childWithVariantFrom(condition, sex, 'female');
  const opening = g === 'd/d' ? `Every child inherits a variant copy from ${sex === 'male' ? 'him' : 'her'}: ` : `When ${p.subject} passes the variant on, `;
  const becomes = `it becomes the child’s ${copy} copy, whichever grandparent it came from`;
  const withNormal = 'with a normal copy from the other parent';
  if (condition.chromosome === 'X') {
    return `${opening}${becomes}: a daughter who inherits it ${withNormal} ${outcomePhrase(condition, child, 'female')}, and a son who inherits it ${outcomePhrase(condition, 'd', 'male')}.`;
  }
  return `${opening}${becomes}, so a child who inherits it ${withNormal} ${outcomePhrase(condition, child, 'female')}.`;
}

/** Plain-language reasons for one person, one sentence per step of the argument. */
export function explainPerson(condition: Condition, genotype: Genotype, sex?: Sex): string[] {
  const p = pronouns(sex);
  return [
    copiesSentence(condition, genotype, p),
    expressionSentence(condition, genotype, p, sex),
    consequenceSentence(condition, genotype, p, sex),
    transmissionSentence(condition, genotype, p, sex),
  ].filter((s): s is string => s !== undefined);
}
