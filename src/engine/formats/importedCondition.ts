// The condition that carries affection status read from a file (PED, pedigreejs):
// those formats record who is affected but not how the trait is inherited, so the
// model starts as autosomal dominant and says so; the user picks the real model.
import type { Condition } from '../genetics/condition.ts';
import { conditionForMode } from '../genetics/modes.ts';

export const IMPORTED_CONDITION_ID = 'imported-trait';

export function importedCondition(source: string): Condition {
  return {
    ...conditionForMode('AD'),
    id: IMPORTED_CONDITION_ID,
    name: 'Imported trait',
    shortName: 'Trait',
    description: `Affection status read from ${source}. The file does not say how the trait is inherited: this model assumes autosomal dominant until you choose another.`,
  };
}
