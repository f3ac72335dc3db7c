import { describe, expect, it } from 'vitest';
import { gnasFamily } from '../../../../src/engine/document/examples/gnasFamily.ts';
import { STARTERS, starterDocument } from '../../../../src/engine/document/examples/starters.ts';
import { parentsOf, personById } from '../../../../src/engine/document/queries.ts';
import { presetById } from '../../../../src/engine/genetics/presets/index.ts';
import type { OrderedGenotype } from '../../../../src/engine/genetics/genotype.ts';

const gnas = presetById('gnas')!;
const doc = gnasFamily(gnas);
const copiesOf = (id: string) => personById(doc, id)!.genotypes!.gnas!;
const genotypeOf = (id: string) => `${copiesOf(id).paternal}/${copiesOf(id).maternal}` as OrderedGenotype;

describe('the built-in GNAS family', () => {
  it('has 14 people in 4 generations with GNAS as the active condition', () => {
    expect(doc.persons).toHaveLength(14);
    expect(doc.activeConditionId).toBe('gnas');
    // Lily → Ben → Anna → Karl: four generations.
    expect(parentsOf(doc, 'lily').father).toBe('ben');
    expect(parentsOf(doc, 'ben').mother).toBe('anna');
    expect(parentsOf(doc, 'anna').father).toBe('grandfather');
  });

  it('gives every person a phenotype the GNAS preset allows for their ordered genotype', () => {
    for (const p of doc.persons) {
      const obs = p.observations.gnas!;
      const g = genotypeOf(p.id);
      if (g === '+/+') {
        expect(obs.status, p.id).toBe('unaffected');
        continue;
      }
      expect(obs.status, p.id).toBe('affected');
      const allowed = (gnas.phenotypes?.[g] ?? []).map((o) => o.label);
      expect(allowed, p.id).toContain(obs.phenotype);
    }
  });

  it('has PHP1a in the children of the PPHP mother and PPHP/POH in the children of her carrier son', () => {
    expect(genotypeOf('anna')).toBe('d/+');
    expect(['ben', 'clara'].map((id) => personById(doc, id)!.observations.gnas!.phenotype)).toEqual(['PHP1a', 'PHP1a']);
    expect(['lily', 'noah'].map((id) => personById(doc, id)!.observations.gnas!.phenotype)).toEqual(['POH', 'PPHP']);
  });

  it('lets each child’s copies come from the right parent: paternal from the father, maternal from the mother', () => {
    for (const p of doc.persons) {
      const { father, mother } = parentsOf(doc, p.id);
      if (!father || !mother) continue;
      const fromFather = [copiesOf(father).paternal, copiesOf(father).maternal];
      const fromMother = [copiesOf(mother).paternal, copiesOf(mother).maternal];
      expect(fromFather, `${p.id} paternal`).toContain(copiesOf(p.id).paternal);
      expect(fromMother, `${p.id} maternal`).toContain(copiesOf(p.id).maternal);
    }
  });

  it('offers blank, trio, three generations and the GNAS family as starters', () => {
    expect(STARTERS.map((s) => [s.id, starterDocument(s.id).persons.length])).toEqual([
      ['blank', 0],
      ['trio', 3],
      ['three-generations', 8],
      ['gnas-family', 14],
    ]);
  });
});
