// Small families for the teaching tests, each drawn in ASCII next to its builder.
import type { Condition } from '../../../src/engine/genetics/condition.ts';
import type { KnownGenotype, PedigreeDocument, Person } from '../../../src/engine/document/types.ts';
import { child, doc, man, union, woman } from '../../fixtures/documents.ts';

export const copies = (paternal: '+' | 'd', maternal: '+' | 'd'): KnownGenotype => ({ paternal, maternal });

function withGenotype(p: Person, condition: Condition, g: KnownGenotype): Person {
  return { ...p, genotypes: { [condition.id]: g } };
}

/**
 * A carrier grandfather (variant on his paternal copy) and non-carrier spouses:
 *
 *          g1 (d/+) ─┬─ g2 (+/+)
 *          ┌─────────┴──────────┐
 *   w1 ─┬─ s1 (son)      d1 (daughter) ─┬─ h1
 *   ┌───┴───┐                   ┌───────┴───┐
 *   a1      a2                  b1          b2
 */
export function threeGenerations(condition: Condition): PedigreeDocument {
  return doc(
    [
      withGenotype(man('g1'), condition, copies('d', '+')),
      withGenotype(woman('g2'), condition, copies('+', '+')),
      child(man('s1'), 'u1'),
      child(woman('d1'), 'u1'),
      withGenotype(woman('w1'), condition, copies('+', '+')),
      withGenotype(man('h1'), condition, copies('+', '+')),
      child(man('a1'), 'u2'),
      child(woman('a2'), 'u2'),
      child(man('b1'), 'u3'),
      child(woman('b2'), 'u3'),
    ],
    [union('u1', 'g1', 'g2'), union('u2', 's1', 'w1'), union('u3', 'h1', 'd1')],
    [],
    { conditions: [condition], activeConditionId: condition.id },
  );
}

/** The same shape with a carrier grandmother (variant on her maternal copy) instead. */
export function threeGenerationsFromGrandmother(condition: Condition): PedigreeDocument {
  const d = threeGenerations(condition);
  return {
    ...d,
    persons: d.persons.map((p) =>
      p.id === 'g1' ? withGenotype(p, condition, copies('+', '+')) : p.id === 'g2' ? withGenotype(p, condition, copies('+', 'd')) : p,
    ),
  };
}
