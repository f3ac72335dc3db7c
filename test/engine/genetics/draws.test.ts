// Random draws agree with the exact cross, and every allele keeps the name of its founder copy.
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/engine/genetics/condition.ts';
import { decodeAllele, encodeAllele, transmitBatch } from '../../../src/engine/genetics/fastTransmission.ts';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { createRandom } from '../../../src/engine/genetics/random.ts';
import { drawChild, drawFounder, genotypeOfTagged, transmitTagged } from '../../../src/engine/genetics/taggedDraw.ts';

/** |observed − expected| within 5 standard errors of a binomial proportion. */
function expectFrequency(hits: number, n: number, p: number) {
  const se = Math.sqrt((p * (1 - p)) / n) || 1 / n;
  expect(Math.abs(hits / n - p)).toBeLessThan(5 * se);
}

describe('tagged draws', () => {
  //   I-1 ─┬─ I-2 (d on her paternal copy)
  //       II-1 man (+/d: got I-2's d as his maternal copy)
  //       III-1: receives II-1's d as a PATERNAL copy, still tagged I-2:paternal
  it('passes a man’s variant on as the child’s paternal copy, tagged with the grandmother’s founder copy', () => {
    const c = { ...conditionForMode('MAT'), transmissionRatio: { paternal: 1, maternal: 1 } };
    const random = createRandom(1);
    const grandfather = drawFounder(c, 'I-1', 'male', random, { paternal: '+', maternal: '+' });
    const grandmother = drawFounder(c, 'I-2', 'female', random, { paternal: 'd', maternal: '+' });
    const son = drawChild(c, { id: 'II-1', sex: 'male' }, { id: 'I-1', genotype: grandfather }, { id: 'I-2', genotype: grandmother }, random);
    expect(genotypeOfTagged(son)).toBe('+/d');
    const wife = drawFounder(c, 'II-2', 'female', random, { paternal: '+', maternal: '+' });
    const grandchild = drawChild(c, { id: 'III-1', sex: 'female' }, { id: 'II-1', genotype: son }, { id: 'II-2', genotype: wife }, random);
    expect(genotypeOfTagged(grandchild)).toBe('d/+');
    expect(grandchild.paternal).toEqual({ allele: 'd', origin: { kind: 'founder', person: 'I-2', copy: 'paternal' } });
  });

  it('tags a new variant with the meiosis it arose in', () => {
    const c: Condition = { ...conditionForMode('AD'), deNovo: { paternal: 1, maternal: 0 } };
    const random = createRandom(2);
    const father = drawFounder(c, 'F', 'male', random, { paternal: '+', maternal: '+' });
    expect(transmitTagged(c, { id: 'F', sex: 'male', genotype: father }, 'C', random)).toEqual({
      allele: 'd',
      origin: { kind: 'de-novo', parent: 'F', child: 'C' },
    });
  });

  it('passes d from a heterozygous mother at the GNAS-like ratio 0.59 over 20 000 draws', () => {
    const c = { ...conditionForMode('AD'), transmissionRatio: { paternal: 0.5, maternal: 0.59 } };
    const random = createRandom(3);
    const mother = drawFounder(c, 'M', 'female', random, { paternal: 'd', maternal: '+' });
    let hits = 0;
    for (let i = 0; i < 20_000; i++) if (transmitTagged(c, { id: 'M', sex: 'female', genotype: mother }, 'C', random).allele === 'd') hits++;
    expectFrequency(hits, 20_000, 0.59);
  });

  it('draws founder copies from q independently (Hardy–Weinberg): P(d/+) = q(1 − q)', () => {
    const c = conditionForMode('AR', 0.3);
    const random = createRandom(4);
    let paternalOnly = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) if (genotypeOfTagged(drawFounder(c, 'F', 'female', random)) === 'd/+') paternalOnly++;
    expectFrequency(paternalOnly, n, 0.3 * 0.7);
  });
});

describe('transmitBatch (integer codes)', () => {
  it('packs allele, founder copy, de novo flag and founder index into one code and back', () => {
    const code = encodeAllele('d', 1234, 'maternal');
    expect(decodeAllele(code)).toEqual({ allele: 'd', copy: 'maternal', deNovo: false, index: 1234 });
  });

  it('passes each copy of a Mendelian parent half the time and keeps its lineage code', () => {
    const c = conditionForMode('AD');
    const n = 40_000;
    const parents = new Uint32Array(2 * n);
    for (let i = 0; i < n; i++) {
      parents[2 * i] = encodeAllele('d', i, 'paternal');
      parents[2 * i + 1] = encodeAllele('+', i, 'maternal');
    }
    const out = new Uint32Array(n);
    transmitBatch(c, parents, 'male', out, createRandom(5));
    let variant = 0;
    let lineageLost = 0;
    for (let i = 0; i < n; i++) {
      const a = decodeAllele(out[i]!);
      if (a.index !== i) lineageLost++;
      if (a.allele === 'd') variant++;
    }
    expect(lineageLost).toBe(0);
    expectFrequency(variant, n, 0.5);
  });

  it('applies the transmission ratio and de novo rate of the parent’s sex: P(d) = r + (1 − r)μ', () => {
    const c: Condition = { ...conditionForMode('AD'), transmissionRatio: { paternal: 0.5, maternal: 0.59 }, deNovo: { paternal: 0, maternal: 0.1 } };
    const n = 40_000;
    const parents = new Uint32Array(2 * n);
    for (let i = 0; i < n; i++) {
      parents[2 * i] = encodeAllele('+', 0, 'paternal');
      parents[2 * i + 1] = encodeAllele('d', 0, 'maternal');
    }
    const out = new Uint32Array(n);
    transmitBatch(c, parents, 'female', out, createRandom(6), 1000);
    let variant = 0;
    let deNovo = 0;
    let wrongTag = 0;
    for (let i = 0; i < n; i++) {
      const a = decodeAllele(out[i]!);
      if (a.allele === 'd') variant++;
      if (a.deNovo) {
        deNovo++;
        if (a.index !== 1000 + i || a.copy !== 'maternal') wrongTag++;
      }
    }
    expect(wrongTag).toBe(0);
    expectFrequency(variant, n, 0.59 + 0.41 * 0.1);
    expectFrequency(deNovo, n, 0.41 * 0.1);
  });

  it('picks either copy of a homozygous parent half the time even when the ratio is distorted', () => {
    const c: Condition = { ...conditionForMode('AD'), transmissionRatio: { paternal: 0.9, maternal: 0.9 } };
    const n = 40_000;
    const parents = new Uint32Array(2 * n);
    for (let i = 0; i < n; i++) {
      parents[2 * i] = encodeAllele('d', 1, 'paternal');
      parents[2 * i + 1] = encodeAllele('d', 2, 'maternal');
    }
    const out = new Uint32Array(n);
    transmitBatch(c, parents, 'male', out, createRandom(7));
    let fromFirst = 0;
    for (let i = 0; i < n; i++) if (decodeAllele(out[i]!).index === 1) fromFirst++;
    expectFrequency(fromFirst, n, 0.5);
  });

  it('refuses an output longer than the parents it was given', () => {
    expect(() => transmitBatch(conditionForMode('AD'), new Uint32Array(2), 'male', new Uint32Array(2), createRandom(1))).toThrow(/needs 4 parent copies, got 2/);
  });
});
