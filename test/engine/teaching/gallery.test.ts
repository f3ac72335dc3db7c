import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/engine/genetics/condition.ts';
import { conditionForMode, type ModeName } from '../../../src/engine/genetics/modes.ts';
import { presetById } from '../../../src/engine/genetics/presets/index.ts';
import { childrenOf, parentsOf, personById } from '../../../src/engine/document/queries.ts';
import type { PedigreeDocument, PersonId } from '../../../src/engine/document/types.ts';
import { validationErrors } from '../../../src/engine/document/validate.ts';
import { inferPedigree } from '../../../src/engine/inference/infer.ts';
import { GALLERY, galleryEntryById, openGalleryFamily } from '../../../src/engine/teaching/gallery/index.ts';
import { checkPossible, obligateCarriers } from '../../../src/engine/teaching/logic/possibility.ts';
import { stepThrough } from '../../../src/engine/teaching/simulation/stepThrough.ts';

const family = (id: string) => galleryEntryById(id)!.document;
const conditionOf = (doc: PedigreeDocument) => doc.conditions.find((c) => c.id === doc.activeConditionId)!;
const copies = (doc: PedigreeDocument, id: PersonId) => personById(doc, id)!.genotypes![doc.activeConditionId!]!;
const status = (doc: PedigreeDocument, id: PersonId) => personById(doc, id)!.observations[doc.activeConditionId!]?.status;
const phenotype = (doc: PedigreeDocument, id: PersonId) => personById(doc, id)!.observations[doc.activeConditionId!]?.phenotype;
const ids = (doc: PedigreeDocument) => doc.persons.map((p) => p.id);
const affectedIds = (doc: PedigreeDocument) => ids(doc).filter((id) => status(doc, id) === 'affected');
const carries = (doc: PedigreeDocument, id: PersonId) => Object.values(copies(doc, id)).includes('d');

/** The same family observed under another condition (statuses and copies re-keyed). */
function under(doc: PedigreeDocument, condition: Condition): PedigreeDocument {
  const from = doc.activeConditionId!;
  return {
    ...doc,
    conditions: [condition],
    activeConditionId: condition.id,
    persons: doc.persons.map((p) => ({
      ...p,
      observations: p.observations[from] ? { [condition.id]: p.observations[from]! } : {},
      genotypes: p.genotypes?.[from] ? { [condition.id]: p.genotypes[from]! } : {},
    })),
  };
}

/** Statuses only: recorded copies removed, as a student would see the family. */
function statusesOnly(doc: PedigreeDocument): PedigreeDocument {
  return { ...doc, persons: doc.persons.map(({ genotypes: _g, ...p }) => p) };
}

const possibleUnder = (doc: PedigreeDocument, mode: ModeName) => {
  const r = checkPossible(under(statusesOnly(doc), conditionForMode(mode)), conditionForMode(mode));
  return r.ok && r.value.possible;
};

describe('the preset gallery', () => {
  it('lists nine families with unique ids, each with its preset condition active, notes, a source and the illustrative mark', () => {
    expect(GALLERY.map((e) => e.id)).toEqual([
      'gnas-switch', 'poh-paternal', 'sdhd-silent-carriers', 'mkrn3-precocious-puberty', 'angelman-ube3a', 'cdkn1c-bws', 'ad-three-generations', 'ar-first-cousins', 'haemophilia-xr',
    ]);
    for (const entry of GALLERY) {
      expect(entry.document.activeConditionId).toBe(entry.conditionId);
      expect(entry.document.conditions).toEqual([presetById(entry.conditionId)]);
      expect(entry.whatToNotice.length).toBeGreaterThanOrEqual(3);
      expect(entry.source.citation.length).toBeGreaterThan(10);
      expect(entry.illustrative).toBe(true);
    }
  });

  it('gives documents without validation errors, possible under their condition with the recorded copies', () => {
    for (const entry of GALLERY) {
      expect(validationErrors(entry.document), entry.id).toEqual([]);
      const r = checkPossible(entry.document, conditionOf(entry.document));
      expect(r.ok && r.value.possible, entry.id).toBe(true);
    }
  });

  it('has a positive likelihood under its condition in the exact inference engine', () => {
    for (const entry of GALLERY) {
      const r = inferPedigree(entry.document, conditionOf(entry.document));
      expect([entry.id, r.kind]).toEqual([entry.id, 'exact']);
      expect(r.kind === 'exact' && r.likelihood > 0).toBe(true);
    }
  });

  it('finds the same obligate carriers from statuses alone as the inference engine’s P(carrier) = 1', () => {
    for (const entry of GALLERY) {
      const doc = statusesOnly(entry.document);
      const condition = conditionOf(doc);
      const r = inferPedigree(doc, condition);
      if (r.kind !== 'exact') throw new Error(`${entry.id}: ${r.kind}`);
      const certain = ids(doc).filter((id) => status(doc, id) !== 'affected' && r.people[id]!.carrier > 1 - 1e-12);
      expect([entry.id, obligateCarriers(doc, condition)]).toEqual([entry.id, { ok: true, value: certain }]);
    }
  });

  it('records both copies of every founder, so a step-through starts from the family’s own variant', () => {
    for (const entry of GALLERY) {
      const doc = entry.document;
      const r = stepThrough(doc, conditionOf(doc), 'gallery');
      if (!r.ok) throw new Error(`${entry.id}: ${r.problems.join()}`);
      for (const step of r.run.steps) if (step.kind === 'founder') expect(step.text, entry.id).toContain('as recorded in the pedigree');
    }
  });

  it('opens a fresh copy each time, so editing it leaves the gallery unchanged', () => {
    const a = openGalleryFamily('sdhd-silent-carriers')!;
    a.persons.pop();
    expect(openGalleryFamily('sdhd-silent-carriers')).toEqual(family('sdhd-silent-carriers'));
    expect(openGalleryFamily('no-such-family')).toBeUndefined();
  });
});

describe('what to notice, checked', () => {
  it('GNAS: variant on the maternal copy gives PHP1a, on the paternal copy PPHP or POH', () => {
    const doc = family('gnas-switch');
    for (const id of ids(doc)) {
      const c = copies(doc, id);
      if (c.maternal === 'd') expect(phenotype(doc, id)).toBe('PHP1a');
      if (c.paternal === 'd') expect(['PPHP', 'POH']).toContain(phenotype(doc, id));
    }
  });

  it('POH: every carrier received the variant from their father and nobody has PHP1a', () => {
    const doc = family('poh-paternal');
    expect(affectedIds(doc)).toEqual(['walter', 'paul', 'felix', 'emma', 'otto']);
    for (const id of affectedIds(doc)) expect(copies(doc, id)).toEqual({ paternal: 'd', maternal: '+' });
    for (const id of ids(doc)) expect(phenotype(doc, id)).not.toBe('PHP1a');
    for (const id of ids(doc)) if (!affectedIds(doc).includes(id)) expect(carries(doc, id)).toBe(false);
  });

  it('SDHD: every affected person got the variant from the father; carriers through women are silent', () => {
    const doc = family('sdhd-silent-carriers');
    for (const id of affectedIds(doc)) {
      expect(copies(doc, id).paternal).toBe('d');
      const father = parentsOf(doc, id).father;
      if (father) expect(carries(doc, father)).toBe(true);
    }
    for (const id of ['tim', 'ida', 'daan']) expect([copies(doc, id).maternal, status(doc, id)]).toEqual(['d', 'unaffected']);
    expect(childrenOf(doc, 'tim').filter((c) => status(doc, c) === 'affected')).toEqual(['sem']);
    expect(childrenOf(doc, 'ida').map((c) => [c, status(doc, c), copies(doc, c).maternal])).toEqual([['daan', 'unaffected', 'd']]);
  });

  it('Angelman and BWS: every affected person got the variant from the mother; paternal carriers are unaffected', () => {
    for (const id of ['angelman-ube3a', 'cdkn1c-bws']) {
      const doc = family(id);
      for (const a of affectedIds(doc)) expect(copies(doc, a)).toEqual({ paternal: '+', maternal: 'd' });
      for (const p of ids(doc)) if (copies(doc, p).paternal === 'd') expect(status(doc, p)).toBe('unaffected');
    }
    const bws = family('cdkn1c-bws');
    expect(childrenOf(bws, 'lina').map((c) => status(bws, c))).toEqual(['affected']);
    expect(childrenOf(bws, 'jonas').map((c) => [status(bws, c), copies(bws, c).paternal])).toEqual([['unaffected', 'd']]);
  });

  it('MKRN3: the affected children’s father is an unaffected carrier who got the variant from his mother', () => {
    const doc = family('mkrn3-precocious-puberty');
    expect(affectedIds(doc)).toEqual(['marie', 'paul']);
    for (const id of affectedIds(doc)) {
      expect(copies(doc, id).paternal).toBe('d');
      expect(parentsOf(doc, id).father).toBe('stefan');
    }
    expect([status(doc, 'stefan'), copies(doc, 'stefan')]).toEqual(['unaffected', { paternal: '+', maternal: 'd' }]);
    // From statuses alone, the paternal-expression model makes Stefan and his mother obligate carriers.
    const mkrn3 = presetById('mkrn3')!;
    expect(obligateCarriers(statusesOnly(doc), mkrn3)).toEqual({ ok: true, value: ['gisela', 'stefan'] });
  });

  it('AD: every affected child has an affected parent; an affected son of an affected father rules out XD and makes XR need two carrier wives', () => {
    const doc = family('ad-three-generations');
    for (const id of affectedIds(doc)) {
      const parents = parentsOf(doc, id).parents;
      if (parents.length > 0) expect(parents.some((p) => status(doc, p) === 'affected')).toBe(true);
    }
    const mode = (m: ModeName) => under(statusesOnly(doc), conditionForMode(m));
    expect(possibleUnder(doc, 'AD')).toBe(true);
    const xd = checkPossible(mode('XD'), conditionForMode('XD'));
    expect(xd.ok && !xd.value.possible && xd.value.culprits).toEqual(['petra', 'moritz']);
    expect(obligateCarriers(mode('XR'), conditionForMode('XR'))).toEqual({ ok: true, value: ['hilde', 'petra', 'nora'] });
    expect(obligateCarriers(mode('AD'), conditionForMode('AD'))).toEqual({ ok: true, value: [] });
  });

  it('AR: both of the affected child’s copies descend from one copy of the shared great-grandfather', () => {
    const doc = family('ar-first-cousins');
    expect(parentsOf(doc, 'ben')).toMatchObject({ father: 'max', mother: 'sofie' });
    expect(['max', 'sofie'].map((p) => [status(doc, p), carries(doc, p)])).toEqual([['unaffected', true], ['unaffected', true]]);
    expect(doc.unions.find((u) => u.id === 'u-cousins')!.consanguineous).toBe(true);
    for (let seed = 0; seed < 20; seed++) {
      const r = stepThrough(doc, conditionOf(doc), seed);
      if (!r.ok) throw new Error(r.problems.join());
      for (const p of r.run.people) for (const c of [p.paternal, p.maternal]) if (c?.allele === 'd') expect(c.tag).toBe('jakob:maternal');
    }
  });

  it('XR: only men are affected, no father passes it to a son, and every daughter of an affected man must carry', () => {
    const doc = family('haemophilia-xr');
    for (const id of affectedIds(doc)) {
      expect(personById(doc, id)!.gender).toBe('man');
      expect(carries(doc, parentsOf(doc, id).mother!)).toBe(true);
    }
    for (const man of affectedIds(doc)) {
      for (const c of childrenOf(doc, man)) {
        if (personById(doc, c)!.gender === 'man') expect(carries(doc, c)).toBe(false);
        else expect(carries(doc, c)).toBe(true);
      }
    }
    // From statuses alone: the affected men's mothers and daughters are obligate carriers.
    expect(obligateCarriers(statusesOnly(doc), presetById('xr')!)).toEqual({ ok: true, value: ['vera', 'alice', 'bea', 'alix'] });
  });
});
