import { describe, expect, it } from 'vitest';
import { validationErrors } from '../../../src/engine/document/validate.ts';
import { parentsOf } from '../../../src/engine/document/queries.ts';
import type { PedigreeDocument } from '../../../src/engine/document/types.ts';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { presetById } from '../../../src/engine/genetics/presets/index.ts';
import { createRandom } from '../../../src/engine/genetics/random.ts';
import { simulateFamily, simulateFamilyWithAlleles, summariseFamily } from '../../../src/engine/genetics/simulateFamily.ts';

const gnas = presetById('gnas')!;
const copiesOf = (doc: PedigreeDocument, id: string, conditionId: string) => doc.persons.find((p) => p.id === id)!.genotypes![conditionId]!;

describe('simulateFamily', () => {
  it('gives the same document for the same seed and a different one for another seed', () => {
    const a = simulateFamily(gnas, 4, createRandom('class-3'));
    const b = simulateFamily(gnas, 4, createRandom('class-3'));
    const c = simulateFamily(gnas, 4, createRandom('class-4'));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('produces a valid document with the condition active and one founder couple', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const doc = simulateFamily(gnas, 4, createRandom(seed));
      expect(validationErrors(doc)).toEqual([]);
      expect(doc.activeConditionId).toBe('gnas');
      expect(doc.conditions).toEqual([gnas]);
      expect(doc.persons.length).toBeLessThanOrEqual(60);
    }
  });

  it('puts the variant in a founder so it is present in the family', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const doc = simulateFamily(gnas, 2, createRandom(seed));
      expect(summariseFamily(doc, 'gnas').carriers).toBeGreaterThan(0);
    }
  });

  it('redraws until a descendant has inherited the variant, unless told not to', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const doc = simulateFamily(presetById('sdhd')!, 3, createRandom(seed));
      const descendants = doc.persons.filter((p) => p.parentUnion !== undefined);
      expect(descendants.some((p) => Object.values(p.genotypes!.sdhd!).includes('d'))).toBe(true);
    }
    expect(simulateFamily(gnas, 2, createRandom(1), { requireTransmission: false }).meta.notes).not.toMatch(/redrawn/);
  });

  it('gives every child the allele its recorded father and mother passed, tagged back to a founder copy', () => {
    const { document: doc, alleles } = simulateFamilyWithAlleles(gnas, 5, createRandom(99));
    for (const person of doc.persons) {
      const { father, mother } = parentsOf(doc, person.id);
      const mine = alleles[person.id]!;
      if (!father || !mother) {
        expect(mine.paternal!.origin).toEqual({ kind: 'founder', person: person.id, copy: 'paternal' });
        continue;
      }
      for (const [parent, copy] of [[father, mine.paternal!], [mother, mine.maternal]] as const) {
        const theirs = alleles[parent]!;
        const passed = [theirs.paternal, theirs.maternal].some((c) => c === copy) || copy.origin.kind === 'de-novo';
        expect(passed).toBe(true);
      }
      expect(copiesOf(doc, person.id, 'gnas')).toEqual({ paternal: mine.paternal!.allele, maternal: mine.maternal.allele });
    }
  });

  it('never gives an X-linked man a paternal copy and never passes a father’s X to his son', () => {
    const xr = conditionForMode('XR', 0.05);
    for (let seed = 1; seed <= 10; seed++) {
      const { document: doc, alleles } = simulateFamilyWithAlleles(xr, 4, createRandom(seed));
      for (const p of doc.persons.filter((x) => x.gender === 'man')) {
        expect(alleles[p.id]!.paternal).toBeNull();
        expect(copiesOf(doc, p.id, xr.id).paternal).toBe('?');
      }
    }
  });

  it('marks affected people from penetrance: a fully penetrant PAT family has affected = paternal carriers', () => {
    const pat = conditionForMode('PAT');
    const doc = simulateFamily(pat, 5, createRandom(5));
    for (const p of doc.persons) {
      const g = p.genotypes![pat.id]!;
      expect(p.observations[pat.id]!.status).toBe(g.paternal === 'd' ? 'affected' : 'unaffected');
    }
  });

  it('records ages and SDHD onset ages no later than the age at exam', () => {
    const sdhd = presetById('sdhd')!;
    const doc = simulateFamily(sdhd, 4, createRandom(11));
    for (const p of doc.persons) {
      const seen = p.observations.sdhd!;
      expect(seen.age).toBeLessThanOrEqual(p.age!);
      if (seen.status === 'affected') expect(seen.age).toBeGreaterThanOrEqual(10);
    }
  });

  it('leaves genotypes out on request and refuses an impossible number of generations', () => {
    const doc = simulateFamily(gnas, 3, createRandom(1), { recordGenotypes: false });
    expect(doc.persons.every((p) => p.genotypes === undefined)).toBe(true);
    expect(() => simulateFamily(gnas, 0, createRandom(1))).toThrow(/generations must be a whole number from 1 to 8, got 0/);
  });

  it('gives both AR founders one variant copy so affected grandchildren can occur', () => {
    const doc = simulateFamily(conditionForMode('AR', 0), 2, createRandom(3));
    const [f1, f2] = doc.persons;
    expect([f1!, f2!].map((p) => Object.values(p.genotypes!['mode-AR']!).filter((a) => a === 'd').length)).toEqual([1, 1]);
  });
});
