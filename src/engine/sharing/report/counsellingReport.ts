// The content of a printable counselling report (issue 7 §5): the figure's document, the
// risk questions with their answers, the reasoning in words and every assumption behind the
// numbers (USERS.md: numbers come with their reasoning and assumptions). Numbers come from
// the exact inference engine; this file only chooses and words them. The UI lays it out and
// prints it through the browser.
import type { Condition } from '../../genetics/condition.ts';
import { ORDERED_GENOTYPES } from '../../genetics/genotype.ts';
import { carrierTransmissionSentence, decimal, percent } from '../../genetics/explainWords.ts';
import { displayName, indexDocument } from '../../document/queries.ts';
import type { PedigreeDocument, PersonId } from '../../document/types.ts';
import { impossibleSentence } from '../../inference/impossible.ts';
import { inferPedigree } from '../../inference/infer.ts';
import type { NextChildRequest } from '../../inference/model.ts';
import type { ExactResult, GenotypeSummary, InferenceResult } from '../../inference/types.ts';
import { withoutIdentifiers } from './privacy.ts';

export type ReportQuestion = { kind: 'next-child'; father: PersonId; mother: PersonId; sex: 'M' | 'F' } | { kind: 'carrier'; person: PersonId };

export interface ReportOptions {
  questions: ReportQuestion[];
  /** Leave out names and dates (NOMENCLATURE L10). */
  privacy: boolean;
  /** Pedigree numbers from the drawing ("II-3"), used to name people; required words under privacy. */
  labels?: Readonly<Record<PersonId, string>>;
  title?: string;
  /**
   * The result of `inferPedigree(doc, condition, { nextChildren: reportNextChildren(questions) })`
   * when it was already computed (the app computes it in a worker); computed here otherwise.
   */
  inference?: InferenceResult;
}

export interface ReportRow {
  question: string;
  /** P(affected) for a next child, P(carrier) for a person; null when the pedigree is impossible. */
  answer: number | null;
  answerText: string;
  reasoning: string[];
}

export interface CounsellingReport {
  title: string;
  /** What the figure draws (privacy applied). */
  document: PedigreeDocument;
  conditionName: string;
  rows: ReportRow[];
  assumptions: string[];
  notices: string[];
}

export type ReportResult = { ok: true; report: CounsellingReport } | { ok: false; problems: string[] };

function assumptionsOf(c: Condition, privacy: boolean): string[] {
  const f = c.penetrance;
  const lines = [
    `Condition: ${c.name} (gene ${c.gene}). ${c.expressedCopy}`,
    `Variant frequency q = ${decimal(c.q)} in people who marry into the family (Hardy–Weinberg, copies independent).`,
    `Chance of being affected by ordered genotype (father’s copy first): ${ORDERED_GENOTYPES.map((g) => `${g} ${percent(f[g])}`).join(', ')}.`,
  ];
  if (c.chromosome === 'X' && c.malePenetrance) lines.push(`Men have one X, from their mother: + ${percent(c.malePenetrance['+'])}, d ${percent(c.malePenetrance.d)}.`);
  if (c.ageOfOnset) lines.push(`Risk depends on age: unaffected people count by their age at last examination (${c.ageOfOnset.source ?? 'age-of-onset curve of the condition'}).`);
  if (c.nonViable && c.nonViable.length > 0) lines.push(`Genotypes that do not survive to birth (${c.nonViable.join(', ')}) are left out of a next child’s chances.`);
  if (c.chromosome === 'X' || c.transmissionRatio.paternal !== 0.5 || c.transmissionRatio.maternal !== 0.5) lines.push(carrierTransmissionSentence(c));
  if (c.deNovo.paternal > 0 || c.deNovo.maternal > 0) lines.push(`New variants per meiosis: ${decimal(c.deNovo.paternal)} from a father, ${decimal(c.deNovo.maternal)} from a mother.`);
  lines.push('Statuses and genetic test results are taken as recorded; an unknown status adds no information. The computation is exact.');
  if (privacy) lines.push('Names and dates are left out; people are named by pedigree number.');
  return lines;
}

function copyWords(s: GenotypeSummary): string {
  return s.paternalVariant === null
    ? `(on the one X, from the mother: ${percent(s.maternalVariant)})`
    : `(on the copy from the father: ${percent(s.paternalVariant)}; on the copy from the mother: ${percent(s.maternalVariant)})`;
}

/** The next children the report's questions ask about, in the order the report reads their risks. */
export function reportNextChildren(questions: readonly ReportQuestion[]): NextChildRequest[] {
  return questions.flatMap((q) => (q.kind === 'next-child' ? [{ father: q.father, mother: q.mother, sex: q.sex }] : []));
}

export function buildCounsellingReport(doc: PedigreeDocument, options: ReportOptions): ReportResult {
  const condition = doc.conditions.find((c) => c.id === doc.activeConditionId);
  if (!condition) return { ok: false, problems: ['the pedigree has no active condition to report on'] };
  const persons = indexDocument(doc).persons;
  const missing = options.questions.flatMap((q) => (q.kind === 'carrier' ? [q.person] : [q.father, q.mother])).filter((id) => !persons.has(id));
  if (missing.length > 0) return { ok: false, problems: [`the report asks about people who are not in the pedigree: ${[...new Set(missing)].join(', ')}`] };
  const notices: string[] = [];
  if (options.privacy && !options.labels) notices.push('No pedigree numbers were given, so people are numbered in list order (P1, P2, …).');
  const nameOf = (id: PersonId): string => {
    const label = options.labels?.[id];
    // With pedigree numbers, the name follows the number ("II-1 Sam"); the internal id is never shown.
    const name = persons.get(id)?.name?.trim();
    if (label) return options.privacy || !name ? label : `${label} ${name}`;
    return options.privacy ? `P${doc.persons.findIndex((p) => p.id === id) + 1}` : displayName(persons.get(id), id);
  };

  const result = options.inference ?? inferPedigree(doc, condition, { nextChildren: reportNextChildren(options.questions) });
  const exact: ExactResult | null = result.kind === 'exact' ? result : null;
  if (result.kind === 'impossible' && result.model !== undefined && result.facts) notices.push(impossibleSentence(result.model, result.facts, nameOf));
  else if (result.kind !== 'exact') notices.push(result.message);
  let child = 0;
  const rows: ReportRow[] = options.questions.map((q): ReportRow => {
    if (q.kind === 'next-child') {
      const who = `a ${q.sex === 'M' ? 'son' : 'daughter'} of ${nameOf(q.father)} and ${nameOf(q.mother)}`;
      const risk = exact?.nextChildren[child++];
      const question = `What is the chance that ${who} is affected?`;
      if (!risk) return { question, answer: null, answerText: 'No answer: see the notice above.', reasoning: [] };
      return {
        question,
        answer: risk.affected,
        answerText: `${percent(risk.affected)} affected; ${percent(risk.carrier)} carries the variant.`,
        reasoning: [
          `The child would carry the variant with probability ${percent(risk.carrier)} ${copyWords(risk)}.`,
          `A variant from the father becomes the child’s paternal copy, one from the mother the maternal copy. ${condition.expressedCopy}`,
          `Each parent’s chance of carrying the variant is worked out from the whole pedigree, including how the two parents may be related.`,
        ],
      };
    }
    const question = `Does ${nameOf(q.person)} carry the variant?`;
    const post = exact?.people[q.person];
    if (!post) return { question, answer: null, answerText: 'No answer: see the notice above.', reasoning: [] };
    const status = persons.get(q.person)!.observations[condition.id]?.status ?? 'unknown';
    const reasoning = [`Probability of carrying the variant: ${percent(post.carrier)} ${copyWords(post)}.`];
    if (status !== 'affected') reasoning.push(`Chance of being or becoming affected: ${percent(post.affected)} (recorded status: ${status}).`);
    reasoning.push('Worked out from the statuses and test results of everyone in the pedigree.');
    return { question, answer: post.carrier, answerText: `${percent(post.carrier)} chance of carrying the variant.`, reasoning };
  });

  return {
    ok: true,
    report: {
      title: options.title ?? (options.privacy ? `Family pedigree: ${condition.name}` : (doc.meta.title ?? `Family pedigree: ${condition.name}`)),
      document: options.privacy ? withoutIdentifiers(doc) : doc,
      conditionName: condition.name,
      rows,
      assumptions: assumptionsOf(condition, options.privacy),
      notices,
    },
  };
}
