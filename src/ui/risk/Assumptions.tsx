// Every assumption behind the numbers (USERS.md): q, the four penetrances, the ages the
// model used, de novo rates, transmission ratios and non-viable genotypes.
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import type { Condition } from '../../engine/genetics/condition.ts';
import { carrierTransmissionSentence } from '../../engine/genetics/explainWords.ts';
import { ORDERED_GENOTYPES } from '../../engine/genetics/genotype.ts';
import { observationAge } from '../../engine/inference/observation.ts';
import { decimal, probability } from './format.ts';

/** How many people's ages are listed by name before "and N more". */
const AGES_LISTED = 8;

function agesUsed(doc: PedigreeDocument, condition: Condition, labelOf: (id: PersonId) => string): string {
  if (!condition.ageOfOnset) return 'Ages are not used: this model has no age-of-onset curve, so an unaffected person counts as unaffected for life.';
  const aged = doc.persons.flatMap((p) => {
    const obs = p.observations[condition.id];
    const age = observationAge(p, obs);
    return obs?.status === 'unaffected' && age !== undefined ? [`${labelOf(p.id)} ${age}`] : [];
  });
  const curve = condition.ageOfOnset.source ? ` (${condition.ageOfOnset.source})` : '';
  if (aged.length === 0) return `Unaffected people would count by their age at last exam${curve}, but no unaffected person has an age, so each counts as unaffected for life.`;
  const more = aged.length > AGES_LISTED ? ` and ${aged.length - AGES_LISTED} more` : '';
  return `Unaffected people count by their age at last exam${curve}: ${aged.slice(0, AGES_LISTED).join(', ')}${more}. Someone unaffected at an older age is less likely to carry the variant.`;
}

export function Assumptions({ doc, condition, labelOf }: { doc: PedigreeDocument; condition: Condition; labelOf: (id: PersonId) => string }) {
  const f = condition.penetrance;
  return (
    <section className="risk-assumptions" aria-label="Assumptions">
      <h3>Assumptions</h3>
      <ul>
        <li>
          Model: {condition.name} ({condition.chromosome === 'X' ? 'X-linked' : 'autosomal'}). {condition.expressedCopy}
        </li>
        <li>Variant frequency q = {decimal(condition.q)} in people who marry into the family (Hardy–Weinberg).</li>
        <li>
          Penetrance by ordered genotype (father’s copy first): {ORDERED_GENOTYPES.map((g) => `f(${g}) = ${probability(f[g])}`).join(', ')}
          {condition.chromosome === 'X' && condition.malePenetrance && `; men f(+) = ${probability(condition.malePenetrance['+'])}, f(d) = ${probability(condition.malePenetrance.d)}`}.
        </li>
        <li>{agesUsed(doc, condition, labelOf)}</li>
        <li>
          New variants per meiosis (de novo): {decimal(condition.deNovo.paternal)} from a father, {decimal(condition.deNovo.maternal)} from a mother.
        </li>
        <li>
          {carrierTransmissionSentence(condition, probability)}
        </li>
        {condition.nonViable && condition.nonViable.length > 0 && <li>Not viable (left out of a next child’s chances): {condition.nonViable.join(', ')}.</li>}
        <li>Statuses and test results are taken as recorded; an unknown status adds no information.</li>
      </ul>
    </section>
  );
}
