// Reduced penetrance, phenocopies, unknown statuses, de novo, transmission ratio, non-viable
// genotypes, single recorded parents, MZ twins and impossible data.
import { describe, expect, it } from 'vitest';
import { inferPedigree } from '../../../src/engine/inference/infer.ts';
import { AD, condition, pedigree } from './pedigreeBuilder.ts';
import { expectAgreement } from './agreement.ts';

const threeGenerations = () =>
  pedigree(
    [
      { id: 'A', sex: 'M', status: 'affected' },
      { id: 'B', sex: 'F' },
      { id: 'C', sex: 'F', status: 'unaffected', age: 30 },
      { id: 'D', sex: 'M', status: 'affected' },
      { id: 'E', sex: 'M', status: 'unaffected' },
      { id: 'G', sex: 'F' },
      { id: 'H', sex: 'M', status: 'affected' },
    ],
    [['A', 'B', ['C', 'D']], ['E', 'C', ['G', 'H']]],
  );

describe('model features against enumeration', () => {
  it('handles reduced penetrance with phenocopies and unknown statuses', () => {
    const cond = condition({ penetrance: { '+/+': 0.03, '+/d': 0.55, 'd/+': 0.8, 'd/d': 0.9 }, q: 0.02 });
    const { exact } = expectAgreement(threeGenerations(), cond, [{ father: 'E', mother: 'C', sex: 'F' }]);
    // Unknown-status people get P(affected) = Σ P(g)·f(g).
    const g = exact.people.G!;
    const f = cond.penetrance;
    const byHand = g.genotype['+/+']! * f['+/+'] + g.genotype['+/d']! * f['+/d'] + g.genotype['d/+']! * f['d/+'] + g.genotype['d/d']! * f['d/d'];
    expect(g.affected).toBeCloseTo(byHand, 14);
  });

  it('handles an age-of-onset curve for the unaffected', () => {
    const cond = condition({
      penetrance: { '+/+': 0, '+/d': 0.9, 'd/+': 0.9, 'd/d': 1 },
      q: 0.01,
      ageOfOnset: { points: [{ age: 10, fraction: 0 }, { age: 50, fraction: 0.5 }, { age: 80, fraction: 1 }] },
    });
    expectAgreement(threeGenerations(), cond);
  });

  it('makes an affected child of unaffected parents possible only through de novo variants', () => {
    const trio = pedigree(
      [{ id: 'F', sex: 'M', status: 'unaffected' }, { id: 'M', sex: 'F', status: 'unaffected' }, { id: 'C', sex: 'F', status: 'affected' }],
      [['F', 'M', ['C']]],
    );
    const mu = { paternal: 4e-4, maternal: 1e-4 };
    const { exact } = expectAgreement(trio, condition({ penetrance: AD, q: 1e-5, deNovo: mu }));
    // Nearly all of it is a new paternal variant: P(d on paternal copy) ≈ 4/5.
    expect(exact.people.C!.paternalVariant).toBeCloseTo(0.8, 2);
  });

  it('follows a transmission ratio by parent sex (GNAS mothers pass the variant to 59%)', () => {
    const cond = condition({ penetrance: { '+/+': 0, '+/d': 1, 'd/+': 0.3, 'd/d': 0 }, q: 0.001, transmissionRatio: { paternal: 0.5, maternal: 0.59 }, nonViable: ['d/d'] });
    const doc = pedigree([{ id: 'F', sex: 'M' }, { id: 'M', sex: 'F', genotype: 'd/+' }, { id: 'C', sex: 'F' }], [['F', 'M', ['C']]]);
    const { exact } = expectAgreement(doc, cond, [{ father: 'F', mother: 'M', sex: 'M' }]);
    expect(exact.nextChildren[0]!.maternalVariant).toBeCloseTo(0.59, 2);
    expect(exact.nextChildren[0]!.genotype['d/d']).toBe(0);
  });

  it('gives a child with one recorded parent an unrecorded founder as the other parent', () => {
    const doc = pedigree([
      { id: 'M', sex: 'F', status: 'affected' },
      { id: 'C', sex: 'M', status: 'affected', singleParent: 'M' },
      { id: 'D', sex: 'F', status: 'unaffected', singleParent: 'C' },
    ]);
    expectAgreement(doc, condition({ penetrance: { '+/+': 0.01, '+/d': 0.5, 'd/+': 0.9, 'd/d': 1 }, q: 0.05 }));
    const xr = condition({ penetrance: { '+/+': 0, '+/d': 0.1, 'd/+': 0.1, 'd/d': 1 }, chromosome: 'X', malePenetrance: { '+': 0.01, d: 0.95 }, q: 0.05 });
    expectAgreement(doc, xr);
  });

  it('leaves out a childless person of unknown sex under an X-linked model, with a notice', () => {
    const people = [
      { id: 'F', sex: 'M' as const, status: 'unaffected' as const },
      { id: 'M', sex: 'F' as const },
      { id: 'S', sex: 'M' as const, status: 'affected' as const },
      { id: 'U', sex: 'F' as const, status: 'affected' as const },
    ];
    const xr = condition({ penetrance: { '+/+': 0, '+/d': 0, 'd/+': 0, 'd/d': 1 }, chromosome: 'X', malePenetrance: { '+': 0, d: 1 }, q: 0.01 });
    const withUnknown = pedigree(people, [['F', 'M', ['S', 'U']]]);
    withUnknown.persons[3]!.gender = 'unknown';
    const without = pedigree(people.slice(0, 3), [['F', 'M', ['S']]]);
    const r = inferPedigree(withUnknown, xr);
    const ref = inferPedigree(without, xr);
    if (r.kind !== 'exact' || ref.kind !== 'exact') throw new Error(r.kind);
    expect(r.people.U).toBeUndefined();
    expect(r.likelihood).toBeCloseTo(ref.likelihood, 15);
    expect(r.people.M!.carrier).toBeCloseTo(ref.people.M!.carrier, 15);
    expect(r.notices.join(' ')).toContain('U is unknown, so they are left out');
    // A parent of unknown sex cannot be left out.
    withUnknown.persons[1]!.gender = 'unknown';
    withUnknown.persons[0]!.gender = 'unknown';
    const bad = inferPedigree(withUnknown, xr);
    expect(bad.kind).toBe('invalid');
    if (bad.kind === 'invalid') expect(bad.message).toContain('needs the sex assigned at birth of every parent');
  });

  it('gives monozygotic twins one shared genotype', () => {
    const doc = pedigree(
      [{ id: 'F', sex: 'M' }, { id: 'M', sex: 'F' }, { id: 'T1', sex: 'F', status: 'affected' }, { id: 'T2', sex: 'F' }],
      [['F', 'M', ['T1', 'T2']]],
    );
    // Listed in the other order than in the document: the pairing must not depend on it.
    doc.twins.push({ id: 'tw', zygosity: 'MZ', members: ['T2', 'T1'] });
    const r = inferPedigree(doc, condition({ penetrance: AD, q: 0.01 }));
    if (r.kind !== 'exact') throw new Error(r.kind);
    expect(r.people.T2!.carrier).toBe(1);
    expect(r.people.T2!.genotype).toEqual(r.people.T1!.genotype);
  });
});

describe('impossible data', () => {
  it('reports likelihood 0 and names the three people of an affected child of unaffected parents under AD', () => {
    const trio = pedigree(
      [{ id: 'F', sex: 'M', status: 'unaffected' }, { id: 'M', sex: 'F', status: 'unaffected' }, { id: 'C', sex: 'F', status: 'affected' }, { id: 'U', sex: 'M', status: 'affected' }],
      [['F', 'M', ['C']]],
    );
    const r = inferPedigree(trio, condition({ penetrance: AD, q: 0.01 }));
    expect(r.kind).toBe('impossible');
    if (r.kind !== 'impossible') return;
    expect(r.likelihood).toBe(0);
    expect(r.log10Likelihood).toBeNull();
    expect([...r.culprits].sort()).toEqual(['C', 'F', 'M']);
    expect(r.message).toContain('F: unaffected');
    expect(r.message).toContain('C: affected');
    expect(r.message).not.toContain('U:');
  });

  it('blames the mother and son, not the father, for male-to-male transmission under X-linked dominant', () => {
    const doc = pedigree(
      [{ id: 'F', sex: 'M', status: 'affected' }, { id: 'M', sex: 'F', status: 'unaffected' }, { id: 'S', sex: 'M', status: 'affected' }],
      [['F', 'M', ['S']]],
    );
    const xd = condition({ penetrance: AD, chromosome: 'X', malePenetrance: { '+': 0, d: 1 }, q: 0.01 });
    const r = inferPedigree(doc, xd);
    if (r.kind !== 'impossible') throw new Error(r.kind);
    expect([...r.culprits].sort()).toEqual(['M', 'S']);
  });

  it('names a single person whose known genotype contradicts their status', () => {
    const doc = pedigree([{ id: 'A', sex: 'F', status: 'affected', genotype: '+/+' }]);
    const r = inferPedigree(doc, condition({ penetrance: AD, q: 0.01 }));
    if (r.kind !== 'impossible') throw new Error(r.kind);
    expect(r.culprits).toEqual(['A']);
    expect(r.message).toMatch(/A: affected, genotype \+\/\+/);
  });
});
