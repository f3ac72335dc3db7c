// Too-large exact computations are refused up front, and the sampling estimate agrees with
// exact numbers within its error bars.
import { describe, expect, it } from 'vitest';
import { inferPedigree } from '../../../src/engine/inference/infer.ts';
import { estimatePedigree } from '../../../src/engine/inference/sampling.ts';
import { createRandom } from '../../../src/engine/genetics/random.ts';
import { condition, pedigree } from './pedigreeBuilder.ts';

// First-cousin marriage with an affected child and a few observed relatives.
const family = () =>
  pedigree(
    [
      { id: 'G1', sex: 'M', status: 'unaffected' },
      { id: 'G2', sex: 'F' },
      { id: 'A', sex: 'M', status: 'unaffected' },
      { id: 'B', sex: 'F', status: 'affected' },
      { id: 'S1', sex: 'F' },
      { id: 'S2', sex: 'M', status: 'unaffected' },
      { id: 'C1', sex: 'M' },
      { id: 'C2', sex: 'F', status: 'unaffected' },
      { id: 'X', sex: 'M', status: 'affected' },
    ],
    [['G1', 'G2', ['A', 'B']], ['A', 'S1', ['C1']], ['S2', 'B', ['C2']], ['C1', 'C2', ['X']]],
  );
const cond = condition({ penetrance: { '+/+': 0.02, '+/d': 0.3, 'd/+': 0.6, 'd/d': 0.9 }, q: 0.05 });

describe('when exact inference is too large', () => {
  it('refuses up front with the cost it would need', () => {
    const r = inferPedigree(family(), cond, { maxExactCost: 100 });
    expect(r.kind).toBe('too-large');
    if (r.kind !== 'too-large') return;
    expect(r.cost).toBeGreaterThan(100);
    expect(r.message).toMatch(/sampling estimate/);
  });

  it('offers a seeded sampling estimate that agrees with the exact answer within 4 standard errors', () => {
    const exact = inferPedigree(family(), cond, { nextChildren: [{ father: 'C1', mother: 'C2', sex: 'F' }] });
    if (exact.kind !== 'exact') throw new Error(exact.kind);
    const est = estimatePedigree(family(), cond, { samples: 20_000, random: createRandom(42), nextChildren: [{ father: 'C1', mother: 'C2', sex: 'F' }] });
    if (est.kind !== 'estimate') throw new Error(est.kind);
    expect(Math.abs(est.likelihood - exact.likelihood)).toBeLessThan(4 * est.likelihoodStandardError);
    for (const id of ['A', 'C1', 'C2', 'G2']) {
      const e = est.people[id]!;
      expect(e.carrierStandardError).toBeGreaterThan(0);
      expect(Math.abs(e.carrier - exact.people[id]!.carrier)).toBeLessThan(4 * e.carrierStandardError);
    }
    const child = est.nextChildren[0]!;
    expect(Math.abs(child.affected - exact.nextChildren[0]!.affected)).toBeLessThan(4 * child.affectedStandardError);
    // Same seed, same estimate.
    const again = estimatePedigree(family(), cond, { samples: 20_000, random: createRandom(42), nextChildren: [{ father: 'C1', mother: 'C2', sex: 'F' }] });
    if (again.kind !== 'estimate') throw new Error(again.kind);
    expect(again.likelihood).toBe(est.likelihood);
  });
});
