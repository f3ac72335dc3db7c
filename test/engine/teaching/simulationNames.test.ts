import { describe, expect, it } from 'vitest';
import { wordSentence } from '../../../src/engine/document/sentence.ts';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { planSimulation } from '../../../src/engine/teaching/simulation/plan.ts';
import { runMany } from '../../../src/engine/teaching/simulation/runMany.ts';
import { firstCousinFamily } from '../../fixtures/documents.ts';

// First cousins p7 × p8 (grandparents p1 × p2) and their child p9, of unknown sex:
//
//        p1 ─┬─ p2
//       ┌────┴────┐
//  p5 ─┬─ p3     p4 ─┬─ p6
//      p7 ────┬──── p8
//             p9
const LABELS: Record<string, string> = { p1: 'I-1', p2: 'I-2', p9: 'IV-1 Pip' };
const label = (id: string) => LABELS[id] ?? id;

describe('the simulation names people through the page', () => {
  it('the worker’s problems keep people as ids, so the page names them by pedigree number', () => {
    // X-linked needs everyone's sex; p9's is unknown.
    const r = runMany(firstCousinFamily(), conditionForMode('XR'), 10, 1);
    if (r.ok) throw new Error('expected a refusal');
    expect(r.problems).toEqual(['p9 has no recorded sex, which an X-linked condition needs (one X in men, two in women)']);
    expect(r.problemParts?.map((s) => wordSentence(s, label))).toEqual(['IV-1 Pip has no recorded sex, which an X-linked condition needs (one X in men, two in women)']);
  });

  it('exact values missing for a child of related parents: the reason names the child and the shared ancestor by number', () => {
    // A founder grandfather recorded d/d under a condition where d/d is not viable: with
    // every observation removed the exact engine still finds the data impossible.
    const family = firstCousinFamily();
    const doc = {
      ...family,
      persons: family.persons.map((p) => (p.id === 'p1' ? { ...p, genotypes: { c: { paternal: 'd' as const, maternal: 'd' as const } } } : p.id === 'p9' ? { ...p, gender: 'man' as const } : p)),
    };
    const condition = { ...conditionForMode('AR', 0.01), id: 'c', nonViable: ['d/d' as const] };
    const r = runMany(doc, condition, 5, 1);
    if (!r.ok) throw new Error(r.problems.join());
    expect(r.result.exactUnavailable).toMatch(/^the parents of p9 are related \(shared ancestor p1\), and exact inference gave no result: /);
    expect(wordSentence(r.result.exactUnavailableParts!, label)).toMatch(/^the parents of IV-1 Pip are related \(shared ancestor I-1\), and exact inference gave no result: /);
  });

  it('a pedigree recorded as its own ancestor is named with the caller’s nameOf', () => {
    // The grandfather p1 recorded as a child of his own grandchildren p7 × p8 (u4).
    const family = firstCousinFamily();
    const cyclic = { ...family, persons: family.persons.map((p) => (p.id === 'p1' ? { ...p, parentUnion: 'u4' } : p)) };
    const r = planSimulation(cyclic, conditionForMode('AR'), label);
    if (r.ok) throw new Error('expected a refusal');
    expect(r.problems[0]).toBe('I-1 is recorded as their own ancestor');
    expect(r.problemParts[0]).toEqual([{ person: 'p1' }, ' is recorded as their own ancestor']);
  });
});
