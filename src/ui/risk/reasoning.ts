// The reasoning behind a number, in words (USERS.md: numbers come with their reasoning):
// which recorded facts moved it and by how much (from the leave-one-out computations), what
// the model says about each copy, and how P(affected) follows from the genotype chances.
import { describeEvidence } from '../../engine/inference/evidence.ts';
import { observationAge } from '../../engine/inference/observation.ts';
import { indexDocument } from '../../engine/document/queries.ts';
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import type { Condition } from '../../engine/genetics/condition.ts';
import { decimal, percent } from '../../engine/genetics/explainWords.ts';
import type { Genotype } from '../../engine/genetics/genotype.ts';
import { lifetimePenetrance } from '../../engine/genetics/penetrance.ts';
import type { GenotypeSummary } from '../../engine/inference/index.ts';
import { relationWord, type EvidenceHolder } from './evidence.ts';

/** Below this change (in probability) a fact is said to hardly matter. */
export const NEGLIGIBLE = 0.0005;

export interface Weighed {
  holder: EvidenceHolder;
  /** The number without this holder's facts. */
  without: number;
}

/** "II-2 Anna (mother of III-1 Ben) is affected (onset at 3): without this fact the chance would be 2% instead of 50%." */
export function evidenceSentences(doc: PedigreeDocument, condition: Condition, base: number, weighed: readonly Weighed[], labelOf: (id: PersonId) => string): string[] {
  const persons = indexDocument(doc).persons;
  const who = (h: EvidenceHolder) => {
    const relation = relationWord(h.path, persons.get(h.id)!);
    return relation ? `${labelOf(h.id)} (${relation} of ${labelOf(h.from)})` : labelOf(h.id);
  };
  const fact = (h: EvidenceHolder) => {
    const p = persons.get(h.id)!;
    const obs = p.observations[condition.id];
    const hemizygous = condition.chromosome === 'X' && p.gender === 'man';
    return describeEvidence(obs, observationAge(p, obs), p.genotypes?.[condition.id], hemizygous);
  };
  const sorted = [...weighed].sort((a, b) => Math.abs(b.without - base) - Math.abs(a.without - base));
  const strong = sorted.filter((w) => Math.abs(w.without - base) >= NEGLIGIBLE);
  const weak = sorted.filter((w) => Math.abs(w.without - base) < NEGLIGIBLE);
  const lines = strong.map((w) => `${who(w.holder)}: ${fact(w.holder)}. Without this fact the chance would be ${percent(w.without)} instead of ${percent(base)}.`);
  if (strong.length === 0 && weak.length > 1) lines.push('No single fact moves it: the facts overlap, so the others settle it even when one is left out.');
  if (weak.length > 0) lines.push(`The facts recorded for ${weak.map((w) => labelOf(w.holder.id)).join(', ')} hardly change it (by less than 0.05 percentage points) once the others are known.`);
  if (weighed.length === 0) lines.push(`No one near them has a recorded status or test result, so the chance comes from the variant frequency q = ${decimal(condition.q)} alone.`);
  return lines;
}

/** What the model says each copy does: the four penetrances in words, then the expressed copy. */
export function copyRule(condition: Condition): string {
  const f = condition.penetrance;
  const male = condition.chromosome === 'X' && condition.malePenetrance ? ` Men (one X, from their mother): ${percent(condition.malePenetrance.d)} with the variant, ${percent(condition.malePenetrance['+'])} without.` : '';
  return (
    `Under this model a variant on the copy from the father (d/+) causes the condition in ${percent(f['d/+'])} of people, ` +
    `on the copy from the mother (+/d) in ${percent(f['+/d'])}, on both copies in ${percent(f['d/d'])}, and ${percent(f['+/+'])} of people without it are affected.` +
    `${male} ${condition.expressedCopy}`
  );
}

/** "P(affected) = d/+ 50% × 100% + +/d 10% × 0% …" for someone whose status is unknown. */
export function affectedSum(condition: Condition, summary: GenotypeSummary): string {
  const terms = Object.entries(summary.genotype)
    .filter(([, p]) => p > 0)
    .map(([g, p]) => `${g} ${percent(p)} × ${percent(lifetimePenetrance(condition, g as Genotype))}`);
  return `Chance of being affected = Σ chance of each genotype × its penetrance = ${terms.join(' + ')} = ${percent(summary.affected)}.`;
}
