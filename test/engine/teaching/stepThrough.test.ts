import { describe, expect, it } from 'vitest';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { stepThrough, stepsByGeneration } from '../../../src/engine/teaching/simulation/stepThrough.ts';
import type { MeiosisStep, SimulationStep } from '../../../src/engine/teaching/simulation/types.ts';
import { child, doc, man, twins, union, unknownSex, woman } from '../../fixtures/documents.ts';
import { threeGenerations, threeGenerationsFromGrandmother } from './families.ts';

const PAT = conditionForMode('PAT');
const XR = conditionForMode('XR');
const meioses = (steps: SimulationStep[]) => steps.filter((s): s is MeiosisStep => s.kind === 'meiosis');

describe('stepThrough', () => {
  it('replays exactly the same steps for the same seed, and a different run for another seed', () => {
    const family = threeGenerations(PAT);
    const a = stepThrough(family, PAT, 'class-1');
    const b = stepThrough(family, PAT, 'class-1');
    expect(a).toEqual(b);
    const runs = [1, 2, 3, 4, 5, 6].map((seed) => stepThrough(family, PAT, seed));
    const genotypes = runs.map((r) => (r.ok ? r.run.people.map((p) => p.genotype).join() : ''));
    expect(new Set(genotypes).size).toBeGreaterThan(1);
  });

  it('lists founders first, then for each child the father’s meiosis, the mother’s meiosis and the phenotype', () => {
    const r = stepThrough(threeGenerations(PAT), PAT, 7);
    if (!r.ok) throw new Error(r.problems.join());
    const kinds = r.run.steps.map((s) => `${s.kind}:${s.person}`);
    expect(kinds.slice(0, 4)).toEqual(['founder:g1', 'phenotype:g1', 'founder:g2', 'phenotype:g2']);
    expect(kinds.slice(4, 10)).toEqual(['meiosis:s1', 'meiosis:s1', 'phenotype:s1', 'meiosis:d1', 'meiosis:d1', 'phenotype:d1']);
    // 10 people: 4 founders × 2 steps + 6 children × 3 steps.
    expect(r.run.steps).toHaveLength(26);
    expect(r.run.steps.map((s) => s.index)).toEqual([...Array(26).keys()]);
    const s1 = meioses(r.run.steps).filter((s) => s.person === 's1');
    expect(s1.map((s) => [s.parent, s.parentSex, s.becomes])).toEqual([
      ['g1', 'male', 'paternal'],
      ['g2', 'female', 'maternal'],
    ]);
  });

  it('resets the imprint by the parent’s sex: a man’s copy becomes the child’s paternal copy, expressed under paternal expression', () => {
    for (let seed = 0; seed < 20; seed++) {
      const r = stepThrough(threeGenerationsFromGrandmother(PAT), PAT, seed);
      if (!r.ok) throw new Error(r.problems.join());
      for (const m of meioses(r.run.steps)) {
        expect(m.becomes).toBe(m.parentSex === 'male' ? 'paternal' : 'maternal');
        expect(m.expressionShare).toBe(m.parentSex === 'male' ? 1 : 0);
      }
      // The grandmother's variant is silent in her children, and active in her son's children only.
      const people = new Map(r.run.people.map((p) => [p.id, p]));
      expect(people.get('s1')!.affected).toBe(false);
      expect(people.get('d1')!.affected).toBe(false);
      expect(people.get('b1')!.affected || people.get('b2')!.affected).toBe(false);
      for (const id of ['a1', 'a2']) expect(people.get(id)!.affected).toBe(people.get(id)!.paternal!.allele === 'd');
    }
  });

  it('tags every copy with the founder copy it descends from, so a path can be traced back', () => {
    const r = stepThrough(threeGenerations(PAT), PAT, 11);
    if (!r.ok) throw new Error(r.problems.join());
    const people = new Map(r.run.people.map((p) => [p.id, p]));
    for (const m of meioses(r.run.steps)) {
      const parent = people.get(m.parent!)!;
      const passed = m.fromCopy === 'paternal' ? parent.paternal! : parent.maternal;
      expect(m.copy).toEqual(passed);
      const child = people.get(m.person)!;
      expect(m.becomes === 'paternal' ? child.paternal : child.maternal).toEqual(passed);
    }
    const founderTags = new Set(['g1:paternal', 'g1:maternal', 'g2:paternal', 'g2:maternal', 'w1:paternal', 'w1:maternal', 'h1:paternal', 'h1:maternal']);
    for (const p of r.run.people) for (const c of [p.paternal!, p.maternal]) expect(founderTags.has(c.tag)).toBe(true);
    // The only variant in the family is the grandfather's paternal copy.
    for (const p of r.run.people) {
      for (const c of [p.paternal!, p.maternal]) expect(c.allele === 'd').toBe(c.tag === 'g1:paternal');
    }
  });

  it('keeps copies recorded for founders and names the grandparent a passed copy came from', () => {
    const r = stepThrough(threeGenerations(PAT), PAT, 3);
    if (!r.ok) throw new Error(r.problems.join());
    const founder = r.run.steps[0]!;
    expect(founder).toMatchObject({ kind: 'founder', person: 'g1', source: { paternal: 'known', maternal: 'known' } });
    const grandchild = meioses(r.run.steps).find((m) => m.person === 'a1' && m.parent === 's1')!;
    expect(grandchild.grandparent).toBe(grandchild.fromCopy === 'paternal' ? 'g1' : 'g2');
    expect(grandchild.text).toMatch(/^s1 passes the copy he received from his (father \(g1\)|mother \(g2\)), carrying .*Passed in sperm, it becomes a1's paternal copy/);
  });

  it('passes a father’s Y to his sons and his one X to his daughters under an X-linked condition', () => {
    const family = doc(
      [man('f', { genotypes: { [XR.id]: { paternal: '?', maternal: 'd' } } }), woman('m'), child(man('son'), 'u1'), child(woman('dau'), 'u1')],
      [union('u1', 'f', 'm')],
    );
    const r = stepThrough(family, XR, 5);
    if (!r.ok) throw new Error(r.problems.join());
    const fromFather = meioses(r.run.steps).filter((m) => m.parent === 'f');
    expect(fromFather.find((m) => m.person === 'son')).toMatchObject({ copy: null, fromCopy: null });
    expect(fromFather.find((m) => m.person === 'son')!.text).toContain('passes his Y chromosome');
    expect(fromFather.find((m) => m.person === 'dau')!.copy).toMatchObject({ allele: 'd', tag: 'f:maternal' });
    const son = r.run.people.find((p) => p.id === 'son')!;
    expect(son.paternal).toBeNull();
    expect(son.genotype).toBe(son.maternal.allele);
  });

  it('gives monozygotic twins the same two copies', () => {
    const family = doc(
      [man('f', { genotypes: { [PAT.id]: { paternal: 'd', maternal: '+' } } }), woman('m'), child(man('t1'), 'u1'), child(man('t2'), 'u1')],
      [union('u1', 'f', 'm')],
      [twins('tw', 'MZ', 't1', 't2')],
    );
    for (let seed = 0; seed < 10; seed++) {
      const r = stepThrough(family, PAT, seed);
      if (!r.ok) throw new Error(r.problems.join());
      const [t1, t2] = ['t1', 't2'].map((id) => r.run.people.find((p) => p.id === id)!);
      expect(t2!.paternal).toEqual(t1!.paternal);
      expect(t2!.maternal).toEqual(t1!.maternal);
      expect(r.run.steps.find((s) => s.person === 't2')!.kind).toBe('identical-twin');
    }
  });

  it('treats an adopted-in child as a founder: no copy comes from the adoptive parents', () => {
    const family = doc(
      [man('f', { genotypes: { [PAT.id]: { paternal: 'd', maternal: 'd' } } }), woman('m'), child(man('adoptee', { adopted: 'in' }), 'u1')],
      [union('u1', 'f', 'm')],
    );
    for (let seed = 0; seed < 10; seed++) {
      const r = stepThrough(family, PAT, seed);
      if (!r.ok) throw new Error(r.problems.join());
      const adoptee = r.run.people.find((p) => p.id === 'adoptee')!;
      expect([adoptee.paternal!.tag, adoptee.maternal.tag]).toEqual(['adoptee:paternal', 'adoptee:maternal']);
      expect(r.run.steps.filter((s) => s.person === 'adoptee').map((s) => s.kind)).toEqual(['founder', 'phenotype']);
    }
  });

  it('names the people it cannot simulate instead of throwing', () => {
    const unclear = doc([unknownSex('a'), unknownSex('b'), child(man('c'), 'u1')], [union('u1', 'a', 'b')]);
    const r = stepThrough(unclear, PAT, 1);
    expect(r).toMatchObject({ ok: false, problems: ['cannot tell which parent of c gives sperm and which an egg (a and b): record their sex assigned at birth'] });
    const xUnknown = stepThrough(doc([unknownSex('x')]), XR, 1);
    expect(xUnknown.ok).toBe(false);
    expect(!xUnknown.ok && xUnknown.problems[0]).toContain('x has no recorded sex');
    expect(stepThrough(doc([]), PAT, 1)).toMatchObject({ ok: false, problems: ['the pedigree has no people to simulate'] });
  });

  it('names the tissues where a GNAS copy is silenced, and draws a named outcome only where the condition lists outcomes', async () => {
    const { galleryEntryById } = await import('../../../src/engine/teaching/gallery/index.ts');
    const gnasDoc = galleryEntryById('gnas-switch')!.document;
    const r = stepThrough(gnasDoc, gnasDoc.conditions[0]!, 4);
    if (!r.ok) throw new Error(r.problems.join());
    const fromKarl = meioses(r.run.steps).find((m) => m.parent === 'grandfather')!;
    expect(fromKarl.text).toContain('becomes Anna (anna)\'s paternal copy — a copy silenced in the kidney, thyroid, pituitary and gonads.');
    expect(r.run.steps.find((s) => s.person === 'anna-husband')!.text).toBe('Peter (anna-husband) marries into the family with copies +/+ (paternal/maternal), as recorded in the pedigree.');
    for (const p of r.run.people) {
      if (p.affected) expect(p.genotype === '+/d' ? ['PHP1a'] : ['PPHP', 'POH', 'osteoma cutis']).toContain(p.phenotype);
    }
    const xr = stepThrough(threeGenerationsFromGrandmother(XR), XR, 1);
    if (!xr.ok) throw new Error(xr.problems.join());
    for (const p of xr.run.people) expect(p.phenotype).toBeUndefined();
  });

  it('names people by the labels the caller gives, so the screen can show pedigree numbers and hide names', () => {
    const labels: Record<string, string> = { g1: 'I-1', g2: 'I-2', s1: 'II-1', d1: 'II-2', w1: 'II-3', h1: 'II-4', a1: 'III-1', a2: 'III-2', b1: 'III-3', b2: 'III-4' };
    const r = stepThrough(threeGenerations(PAT), PAT, 3, { nameOf: (id) => labels[id]! });
    if (!r.ok) throw new Error(r.problems.join());
    expect(r.run.steps[0]!.text).toBe('I-1 starts the family line with copies d/+ (paternal/maternal), as recorded in the pedigree.');
    const plain = stepThrough(threeGenerations(PAT), PAT, 3);
    expect(plain.ok && plain.run.steps.map((s) => s.kind)).toEqual(r.run.steps.map((s) => s.kind));
  });

  it('groups steps by generation row, putting people who marry in on their partner’s row', () => {
    const r = stepThrough(threeGenerations(PAT), PAT, 2);
    if (!r.ok) throw new Error(r.problems.join());
    const groups = stepsByGeneration(r.run.steps);
    expect(groups.map((g) => [g.generation, g.steps.length])).toEqual([
      [0, 4],
      [1, 10],
      [2, 12],
    ]);
    expect(groups[1]!.steps.filter((s) => s.kind === 'founder').map((s) => s.person)).toEqual(['w1', 'h1']);
  });
});
