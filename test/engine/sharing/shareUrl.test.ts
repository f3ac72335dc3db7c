import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gnasFamily } from '../../../src/engine/document/examples/gnasFamily.ts';
import type { PedigreeDocument } from '../../../src/engine/document/types.ts';
import { presetById } from '../../../src/engine/genetics/presets/index.ts';
import { createRandom } from '../../../src/engine/genetics/random.ts';
import { simulateFamily } from '../../../src/engine/genetics/simulateFamily.ts';
import { decodeBase64url, encodeBase64url } from '../../../src/engine/sharing/base64url.ts';
import { deflateRaw, inflateRaw } from '../../../src/engine/sharing/deflate.ts';
import { parentsOf } from '../../../src/engine/document/queries.ts';
import { decodeShareHash, encodeShareHash, type SharedPedigree } from '../../../src/engine/sharing/shareUrl.ts';

const gnas = (): SharedPedigree => ({
  document: gnasFamily(presetById('gnas')!),
  activeConditionId: 'gnas',
  view: { showGenotypes: false, selected: 'ben', privacy: false },
});

/** The first 40-person, five-generation GNAS family the engine draws (seed 2). */
function fortyPeople(): PedigreeDocument {
  for (let seed = 0; ; seed++) {
    const doc = simulateFamily(presetById('gnas')!, 5, createRandom(seed), { maxPersons: 40 });
    if (doc.persons.length === 40) return doc;
  }
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('base64url', () => {
  it('encodes the RFC 4648 test vectors without padding', () => {
    const vectors: [string, string][] = [['', ''], ['f', 'Zg'], ['fo', 'Zm8'], ['foo', 'Zm9v'], ['foob', 'Zm9vYg'], ['fooba', 'Zm9vYmE'], ['foobar', 'Zm9vYmFy']];
    for (const [plain, encoded] of vectors) {
      expect(encodeBase64url(bytesOf(plain))).toBe(encoded);
      expect(decodeBase64url(encoded)).toEqual(bytesOf(plain));
    }
    expect(encodeBase64url(new Uint8Array([251, 255]))).toBe('-_8');
  });

  it('round-trips any bytes and rejects characters outside the alphabet', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(decodeBase64url(encodeBase64url(bytes))).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
    expect(decodeBase64url('ab+c')).toBeNull();
    expect(decodeBase64url('abcde')).toBeNull();
  });
});

describe('share links', () => {
  it('round-trips the GNAS family with its condition and view exactly', async () => {
    const shared = gnas();
    const hash = await encodeShareHash(shared);
    expect(hash).toMatch(/^#share=1\.z\.[A-Za-z0-9_-]+$/);
    expect(await decodeShareHash(hash)).toEqual({ ok: true, shared, notices: [] });
    expect(await decodeShareHash(`https://example.org/imprint-lab/${hash}`)).toEqual({ ok: true, shared, notices: [] });
  });

  it('round-trips without compression where CompressionStream is missing (codec j)', async () => {
    const hash = await encodeShareHash(gnas(), { compress: false });
    expect(hash.startsWith('#share=1.j.')).toBe(true);
    expect(await decodeShareHash(hash)).toEqual({ ok: true, shared: gnas(), notices: [] });
  });

  it('keeps links short: the GNAS family under 1,200 characters and 40 people under 2,000, under a quarter of uncompressed', async () => {
    const forty: SharedPedigree = { document: fortyPeople(), activeConditionId: 'gnas', view: { showGenotypes: true, selected: null, privacy: false } };
    for (const [shared, limit] of [[gnas(), 1200], [forty, 2000]] as const) {
      const compressed = await encodeShareHash(shared);
      const plain = await encodeShareHash(shared, { compress: false });
      expect(compressed.length).toBeLessThan(limit);
      expect(compressed.length).toBeLessThan(plain.length / 4);
      expect(await decodeShareHash(compressed)).toEqual({ ok: true, shared, notices: [] });
    }
    expect(forty.document.persons).toHaveLength(40);
  });

  it('names the problem with a link that is missing, altered, cut off or from a newer version', async () => {
    const hash = await encodeShareHash(gnas());
    expect(await decodeShareHash('#zoom=2')).toEqual({ ok: false, errors: ['Shared link: there is no "#share=" part in the link.'] });
    expect(await decodeShareHash(hash.replace('share=1.', 'share=2.'))).toEqual({
      ok: false,
      errors: ['Shared link: format version "2" is not known to this version of Imprint Lab (it reads version 1).'],
    });
    expect(await decodeShareHash(hash.replace('.z.', '.q.'))).toEqual({ ok: false, errors: ['Shared link: the link is cut off or altered (expected "1.z.…" or "1.j.…").'] });
    expect(await decodeShareHash(`${hash.slice(0, 20)}*${hash.slice(21)}`)).toEqual({
      ok: false,
      errors: ['Shared link: the link contains characters that cannot be part of a shared pedigree; it may be cut off or altered.'],
    });
    expect(await decodeShareHash(hash.slice(0, Math.floor(hash.length / 2)))).toEqual({
      ok: false,
      errors: ['Shared link: the compressed data is damaged; the link may be cut off.'],
    });
  });

  it('refuses a document that fails validation, an unknown active condition and a selection outside the pedigree', async () => {
    const broken = gnas();
    broken.document = { ...broken.document, persons: [...broken.document.persons, { ...broken.document.persons[0]! }] };
    const r = await decodeShareHash(await encodeShareHash(broken));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(/^Shared link: .*The id "grandfather" is used by more than one record/);
    expect(await decodeShareHash(await encodeShareHash({ ...gnas(), activeConditionId: 'sdhd' }))).toEqual({
      ok: false,
      errors: ['Shared link: the active condition "sdhd" is not one of the pedigree\'s conditions.'],
    });
    expect(await decodeShareHash(await encodeShareHash({ ...gnas(), view: { showGenotypes: true, selected: 'nobody', privacy: false } }))).toEqual({
      ok: false,
      errors: ['Shared link: the selected person "nobody" is not in the shared pedigree.'],
    });
  });

  it('sends an unedited built-in condition by reference and an edited one in full, restoring both exactly', async () => {
    const edited = gnas();
    edited.document = { ...edited.document, conditions: [{ ...edited.document.conditions[0]!, q: 0.002 }] };
    const [byReference, inFull] = [await encodeShareHash(gnas()), await encodeShareHash(edited)];
    expect(inFull.length - byReference.length).toBeGreaterThan(500);
    expect(await decodeShareHash(inFull)).toEqual({ ok: true, shared: edited, notices: [] });
  });

  it('stops decompressing at the size limit, so a small link cannot expand without bound', async () => {
    const packed = await deflateRaw(new Uint8Array(100_000));
    expect(packed.length).toBeLessThan(200);
    expect(await inflateRaw(packed, 1000)).toEqual({ ok: false, reason: 'too-large' });
    const whole = await inflateRaw(packed, 100_000);
    expect(whole.ok && whole.bytes.length).toBe(100_000);
  });
});

/**
 * The GNAS family with every kind of identifying text filled in: names (already there),
 * ids that are names ("anna", "ben-wife"), a birth year, notes, a cause of death, a title,
 * a family id and dates; plus Noah and Mia as DZ twins and a single-parent child of Max.
 */
function identifiable(): SharedPedigree {
  const base = gnas().document;
  const persons = base.persons.map((p) => {
    if (p.id === 'anna') return { ...p, birthYear: 1964, notes: 'Lives at 12 Elm Street, Leeds' };
    if (p.id === 'grandfather') return { ...p, deceased: { age: 71, cause: 'stroke at Kingston hospital' } };
    return p;
  });
  persons.push({ id: 'max-son', name: 'Oskar', gender: 'man', age: 2, singleParent: 'max', observations: {}, notes: 'NHS 943 476 5919' });
  const document: PedigreeDocument = {
    ...base,
    persons,
    twins: [{ id: 'twins-noah-mia', zygosity: 'DZ', members: ['noah', 'mia'] }],
    meta: { title: 'Schmidt family', familyId: 'SCHMIDT-17', notes: 'seen 3 March', created: '2026-03-01T09:30:00Z', modified: '2026-03-02T10:00:00Z' },
  };
  return { document, activeConditionId: 'gnas', view: { showGenotypes: true, selected: 'ben', privacy: true } };
}

/** Each person's parents as positions in the person list (ids differ, positions must not). */
const parentPositions = (doc: PedigreeDocument) =>
  doc.persons.map((p) => {
    const { father, mother, parents } = parentsOf(doc, p.id);
    const at = (id: string | undefined) => (id === undefined ? -1 : doc.persons.findIndex((q) => q.id === id));
    return [at(father), at(mother), parents.length];
  });

describe('share links with privacy', () => {
  it('carry no name, id, date, birth year, note or title of the family, only neutral ids', async () => {
    const shared = identifiable();
    const decoded = await decodeShareHash(await encodeShareHash(shared));
    if (!decoded.ok) throw new Error(decoded.errors.join(' '));
    const { document } = decoded.shared;
    // Everything but the condition (the GNAS preset's own text and references are not about this family).
    const family = JSON.stringify({ ...document, conditions: [] });
    const identifying = [...shared.document.persons.flatMap((p) => [p.id, p.name ?? '']), 'Elm', 'Leeds', 'stroke', 'Kingston', '943', 'Schmidt', 'March', 'u-anna', 'twins-noah-mia'];
    for (const text of identifying) expect(family.toLowerCase()).not.toContain(text.toLowerCase());
    expect(family).not.toMatch(/(19|20)\d\d/);
    expect(document.meta).toEqual({});
    expect(document.persons.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10', 'p11', 'p12', 'p13', 'p14', 'p15']);
    expect(document.unions.map((u) => u.id)).toEqual(['u1', 'u2', 'u3', 'u4']);
    expect(document.twins).toEqual([{ id: 't1', zygosity: 'DZ', members: ['p12', 'p13'] }]);
    // Ben is sixth in the list, so the selection follows him as p6.
    expect(decoded.shared.view).toEqual({ showGenotypes: true, selected: 'p6', privacy: true });
  });

  it('keep the family itself: order, parents, sexes, ages, statuses, copies, deaths and the condition', async () => {
    const shared = identifiable();
    const decoded = await decodeShareHash(await encodeShareHash(shared));
    if (!decoded.ok) throw new Error(decoded.errors.join(' '));
    const { document } = decoded.shared;
    const kept = (doc: PedigreeDocument) =>
      doc.persons.map((p) => [p.gender, p.age, p.deceased?.age, p.proband, p.consultand, p.observations, p.genotypes]);
    expect(kept(document)).toEqual(kept(shared.document));
    expect(parentPositions(document)).toEqual(parentPositions(shared.document));
    // Max's son has Max (tenth in the list) as his one recorded parent.
    expect(parentPositions(document)[14]).toEqual([9, -1, 1]);
    expect(document.conditions).toEqual(shared.document.conditions);
    expect(decoded.shared.activeConditionId).toBe('gnas');
  });

  it('leave everything in when privacy is off', async () => {
    const shared = { ...identifiable(), view: { showGenotypes: true, selected: 'ben', privacy: false } };
    expect(await decodeShareHash(await encodeShareHash(shared))).toEqual({ ok: true, shared, notices: [] });
  });
});
