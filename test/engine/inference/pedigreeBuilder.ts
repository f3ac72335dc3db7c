// Test fixtures: a compact way to write small pedigrees and conditions.
import type { Condition } from '../../../src/engine/genetics/condition.ts';
import type { Allele } from '../../../src/engine/genetics/genotype.ts';
import type { PedigreeDocument, Person } from '../../../src/engine/document/types.ts';

export const CONDITION_ID = 'c';

export interface PersonSpec {
  id: string;
  sex: 'M' | 'F';
  status?: 'affected' | 'unaffected';
  /** Age at onset (affected) or at last exam (unaffected). */
  age?: number;
  /** Known copies, e.g. "d/?" (pat/mat) or "d" for an X-linked male. */
  genotype?: string;
  singleParent?: string;
}

/** [partner, partner, children] */
export type UnionSpec = [string, string, string[]];

export function pedigree(persons: PersonSpec[], unions: UnionSpec[] = []): PedigreeDocument {
  const parentUnion = new Map<string, string>();
  unions.forEach(([, , kids], i) => kids.forEach((k) => parentUnion.set(k, `u${i}`)));
  const people: Person[] = persons.map((s) => {
    const p: Person = { id: s.id, gender: s.sex === 'M' ? 'man' : 'woman', observations: {} };
    const u = parentUnion.get(s.id);
    if (u) p.parentUnion = u;
    if (s.singleParent) p.singleParent = s.singleParent;
    if (s.status) p.observations[CONDITION_ID] = s.age === undefined ? { status: s.status } : { status: s.status, age: s.age };
    if (s.genotype) {
      const parts = s.genotype.split('/');
      const known = parts.length === 1 ? { paternal: '?' as const, maternal: parts[0] as Allele | '?' } : { paternal: parts[0] as Allele | '?', maternal: parts[1] as Allele | '?' };
      p.genotypes = { [CONDITION_ID]: known };
    }
    return p;
  });
  return {
    format: 'imprint-lab',
    version: 1,
    persons: people,
    unions: unions.map(([a, b], i) => ({ id: `u${i}`, partners: [a, b] })),
    twins: [],
    conditions: [],
    activeConditionId: CONDITION_ID,
    meta: {},
  };
}

export function condition(over: Partial<Condition> & Pick<Condition, 'penetrance'>): Condition {
  return {
    id: CONDITION_ID,
    name: 'test condition',
    gene: 'TEST',
    chromosome: 'autosomal',
    q: 0.01,
    deNovo: { paternal: 0, maternal: 0 },
    transmissionRatio: { paternal: 0.5, maternal: 0.5 },
    expression: { paternal: 0.5, maternal: 0.5 },
    expressedCopy: 'both copies',
    mode: 'custom',
    description: '',
    references: [],
    ...over,
  };
}

export const AD = { '+/+': 0, '+/d': 1, 'd/+': 1, 'd/d': 1 };
export const AR = { '+/+': 0, '+/d': 0, 'd/+': 0, 'd/d': 1 };
/** Expressed from the father's copy: disease follows paternal transmission. */
export const PAT = { '+/+': 0, '+/d': 0, 'd/+': 1, 'd/d': 1 };
/** Expressed from the mother's copy. */
export const MAT = { '+/+': 0, '+/d': 1, 'd/+': 0, 'd/d': 1 };
