// The readable summary of `analyze`: the model, the likelihood, a table of people and each
// next child's risk with the reasoning in plain words.
import type { PedigreeDocument, Person } from '../../engine/document/types.ts';
import type { Condition } from '../../engine/genetics/condition.ts';
import { describeModel } from '../../engine/inference/infer.ts';
import type { EstimateResult, ExactResult, ImpossibleResult, NextChildRisk, PersonPosterior } from '../../engine/inference/types.ts';

const pct = (p: number | null) => (p === null ? '  –   ' : `${(100 * p).toFixed(1).padStart(5)}%`);

function nameOf(doc: PedigreeDocument, id: string): string {
  const p = doc.persons.find((x) => x.id === id);
  return p?.name && p.name !== id ? `${p.name} (${id})` : id;
}

function statusOf(p: Person, conditionId: string): string {
  const o = p.observations[conditionId];
  if (!o || o.status === 'unknown') return 'unknown';
  return o.age !== undefined ? `${o.status} (${o.age})` : o.status;
}

export function analyzeText(doc: PedigreeDocument, condition: Condition, r: ExactResult | ImpossibleResult | EstimateResult): string {
  const lines: string[] = [`Model: ${describeModel(condition)}.`];
  if (r.kind === 'impossible') {
    lines.push('Likelihood: 0.', r.message, 'No risks can be computed until the model or the data change.');
    return `${lines.join('\n')}\n`;
  }
  const exp10 = r.log10Likelihood === null ? '' : ` (log10 ${r.log10Likelihood.toFixed(3)})`;
  lines.push(`Likelihood of the observed statuses: ${r.likelihood.toPrecision(4)}${exp10}.`);
  if (r.kind === 'estimate') lines.push(r.message);
  lines.push('', 'person                 status           carrier  d on father’s copy  d on mother’s copy  affected (lifetime)');
  for (const p of doc.persons) {
    const post: PersonPosterior | undefined = r.people[p.id];
    if (!post) continue;
    lines.push(
      `${nameOf(doc, p.id).padEnd(22).slice(0, 22)} ${statusOf(p, condition.id).padEnd(16).slice(0, 16)} ${pct(post.carrier)}  ${pct(post.paternalVariant).padStart(18)}  ${pct(post.maternalVariant).padStart(18)}  ${pct(post.affected).padStart(8)}`,
    );
  }
  for (const c of r.nextChildren) lines.push('', ...nextChildText(doc, condition, r, c));
  for (const n of r.notices) lines.push(`note: ${n}`);
  return `${lines.join('\n')}\n`;
}

function nextChildText(doc: PedigreeDocument, condition: Condition, r: ExactResult | EstimateResult, c: NextChildRisk): string[] {
  const child = c.sex === 'M' ? 'son' : 'daughter';
  const father = r.people[c.father]!;
  const mother = r.people[c.mother]!;
  const f = condition.penetrance;
  const out = [`Next ${child} of ${nameOf(doc, c.father)} and ${nameOf(doc, c.mother)}: carrier ${pct(c.carrier).trim()}, affected ${pct(c.affected).trim()}.`];
  out.push(`  Why: the father carries the variant with probability ${pct(father.carrier).trim()} and the mother with ${pct(mother.carrier).trim()}, given everything observed in the family.`);
  if (condition.chromosome === 'X' && c.sex === 'M') {
    out.push(`  A son's only X comes from his mother: he has the variant with probability ${pct(c.maternalVariant).trim()}; men with it are affected with probability ${condition.malePenetrance?.d}.`);
    return out;
  }
  out.push(
    `  Whatever grandparent it came from, what the father passes becomes the child's paternal copy (variant: ${pct(c.paternalVariant).trim()}) and what the mother passes the maternal copy (variant: ${pct(c.maternalVariant).trim()}).`,
    `  This model gives P(affected) ${f['d/+']} with the variant on the paternal copy only, ${f['+/d']} on the maternal copy only, ${f['d/d']} on both and ${f['+/+']} on neither; summed over the child's possible genotypes that is ${pct(c.affected).trim()}.`,
  );
  return out;
}
