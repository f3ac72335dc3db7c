// Compares the engine with the brute-force enumerator to 1e-9 relative.
import { expect } from 'vitest';
import type { Condition } from '../../../src/engine/genetics/condition.ts';
import type { PedigreeDocument } from '../../../src/engine/document/types.ts';
import { inferPedigree } from '../../../src/engine/inference/infer.ts';
import type { ExactResult } from '../../../src/engine/inference/types.ts';
import { bruteForce, type BruteForceResult } from './bruteForce.ts';

type NextChild = { father: string; mother: string; sex: 'M' | 'F' };

export function closeRelative(actual: number, expected: number, tolerance = 1e-9): boolean {
  return Math.abs(actual - expected) <= tolerance * Math.max(Math.abs(expected), 1e-15 / tolerance);
}

export function expectClose(actual: number, expected: number, what: string): void {
  if (!closeRelative(actual, expected)) expect.fail(`${what}: engine ${actual}, brute force ${expected}`);
}

/** Runs both and checks likelihood, every person's genotype posterior and every next child. */
export function expectAgreement(doc: PedigreeDocument, cond: Condition, nextChildren: NextChild[] = []): { exact: ExactResult; brute: BruteForceResult } {
  const brute = bruteForce(doc, cond, nextChildren);
  const result = inferPedigree(doc, cond, { nextChildren });
  if (brute.likelihood === 0) {
    expect(result.kind).toBe('impossible');
    return { exact: undefined as never, brute };
  }
  if (result.kind !== 'exact') throw new Error(`expected an exact result, got ${result.kind}: ${'message' in result ? result.message : ''}`);
  expectClose(result.likelihood, brute.likelihood, 'likelihood');
  for (const p of doc.persons) {
    const engine = result.people[p.id]!.genotype;
    for (const [g, prob] of Object.entries(brute.marginals[p.id]!)) expectClose(engine[g]!, prob, `P(${p.id} = ${g})`);
  }
  nextChildren.forEach((_, i) => {
    const engine = result.nextChildren[i]!.genotype;
    for (const [g, prob] of Object.entries(brute.marginals[`next:${i}`]!)) expectClose(engine[g]!, prob, `P(next child ${i} = ${g})`);
  });
  return { exact: result, brute };
}
