// "What this means": the engine's plain-language reading of the person's known copies
// under the active condition, including what the variant becomes in their children
// (the imprint is reset by the sex of the transmitting parent, DOMAIN.md §1).
import { gameteOf } from '../../engine/document/queries.ts';
import type { Person } from '../../engine/document/types.ts';
import type { Condition } from '../../engine/genetics/condition.ts';
import { explainPerson } from '../../engine/genetics/explainPerson.ts';
import type { Genotype } from '../../engine/genetics/genotype.ts';
import type { Sex } from '../../engine/genetics/sex.ts';

function sexOf(person: Person): Sex | undefined {
  const gamete = gameteOf(person);
  return gamete === 'sperm' ? 'male' : gamete === 'egg' ? 'female' : undefined;
}

/** The person's genotype when every copy that matters is known; X-linked men have one. */
function knownGenotype(person: Person, condition: Condition, sex: Sex | undefined): Genotype | null {
  const known = person.genotypes?.[condition.id];
  if (!known || known.maternal === '?') return null;
  if (condition.chromosome === 'X' && sex === 'male') return known.maternal;
  if (known.paternal === '?') return null;
  return `${known.paternal}/${known.maternal}` as Genotype;
}

export function Explanation({ person, condition }: { person: Person; condition: Condition }) {
  const sex = sexOf(person);
  const genotype = knownGenotype(person, condition, sex);
  return (
    <section className="section explanation" aria-label={`What this means for ${condition.shortName ?? condition.name}`}>
      <h3>What this means</h3>
      {genotype === null ? (
        <p className="hint">Set both copies below to see what they mean for this person and their children.</p>
      ) : (
        explainPerson(condition, genotype, sex).map((line) => <p key={line}>{line}</p>)
      )}
    </section>
  );
}
