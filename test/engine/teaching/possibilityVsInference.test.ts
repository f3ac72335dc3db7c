import { describe, expect, it } from 'vitest';
import { conditionForMode, MODE_NAMES } from '../../../src/engine/genetics/modes.ts';
import { createRandom } from '../../../src/engine/genetics/random.ts';
import { simulateFamily } from '../../../src/engine/genetics/simulateFamily.ts';
import type { PedigreeDocument } from '../../../src/engine/document/types.ts';
import { inferPedigree } from '../../../src/engine/inference/infer.ts';
import { checkPossible, obligateCarriers } from '../../../src/engine/teaching/logic/possibility.ts';

/** Statuses only, under `target`: what a student sees, observed under another mode. */
function statusesUnder(doc: PedigreeDocument, from: string, targetId: string): PedigreeDocument {
  return { ...doc, persons: doc.persons.map(({ genotypes: _g, ...p }) => ({ ...p, observations: p.observations[from] ? { [targetId]: p.observations[from]! } : {} })) };
}

describe('exact logic against the inference engine', () => {
  it('agrees on possible/impossible and on obligate carriers (P(carrier) = 1) for simulated families under every pair of modes', { timeout: 60_000 }, () => {
    const random = createRandom('logic-vs-inference');
    let impossible = 0;
    for (let family = 0; family < 12; family++) {
      const drawnUnder = conditionForMode(MODE_NAMES[family % 6]!, 0.01);
      const drawn = simulateFamily(drawnUnder, 3, random, { maxPersons: 14, recordGenotypes: false });
      for (const mode of MODE_NAMES) {
        const condition = conditionForMode(mode, 0.01);
        const observed = statusesUnder(drawn, drawnUnder.id, condition.id);
        const exact = inferPedigree(observed, condition);
        const possible = checkPossible(observed, condition);
        if (!possible.ok) throw new Error(possible.problems.join());
        expect([family, mode, possible.value.possible]).toEqual([family, mode, exact.kind === 'exact']);
        if (exact.kind !== 'exact') {
          impossible++;
          continue;
        }
        const certain = observed.persons
          .filter((p) => p.observations[condition.id]?.status !== 'affected' && exact.people[p.id]!.carrier > 1 - 1e-12)
          .map((p) => p.id);
        expect([family, mode, obligateCarriers(observed, condition)]).toEqual([family, mode, { ok: true, value: certain }]);
      }
    }
    // The sample must exercise both answers.
    expect(impossible).toBeGreaterThan(5);
  });
});
