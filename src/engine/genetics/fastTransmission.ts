// Allele transmission in bulk on integer codes, for Monte Carlo work and the benchmark.
// A code packs one allele copy and its lineage into 32 bits:
//   bit 0      allele (0 = '+', 1 = 'd')
//   bit 1      the founder's copy it descends from (0 = paternal, 1 = maternal)
//   bit 2      1 when the variant arose de novo in this meiosis
//   bits 3–31  founder index (or, for a de novo allele, the child's index)
// The rules are those of transmission.ts / taggedDraw.ts.
import type { Condition } from './condition.ts';
import type { ParentOfOrigin } from './genotype.ts';
import type { Random } from './random.ts';
import { copyGivenBy, type Sex } from './sex.ts';

export const ALLELE_BIT = 1;
export const COPY_BIT = 2;
export const DE_NOVO_BIT = 4;
const INDEX_SHIFT = 3;
/** 29 bits for the founder or child index. */
export const MAX_LINEAGE_INDEX = 2 ** 29 - 1;

export function encodeAllele(allele: '+' | 'd', founderIndex: number, copy: ParentOfOrigin): number {
  return ((founderIndex << INDEX_SHIFT) | (copy === 'maternal' ? COPY_BIT : 0) | (allele === 'd' ? ALLELE_BIT : 0)) >>> 0;
}

export function decodeAllele(code: number) {
  return {
    allele: (code & ALLELE_BIT ? 'd' : '+') as '+' | 'd',
    copy: (code & COPY_BIT ? 'maternal' : 'paternal') as ParentOfOrigin,
    deNovo: (code & DE_NOVO_BIT) !== 0,
    index: code >>> INDEX_SHIFT,
  };
}

/**
 * For i in [0, out.length): out[i] = the allele parent i passes on, where parent i's two
 * copies are parents[2i] and parents[2i+1] and all parents have sex `parentSex`.
 * A de novo allele is coded with DE_NOVO_BIT and the index `firstChildIndex + i`.
 */
export function transmitBatch(
  condition: Condition,
  parents: Uint32Array,
  parentSex: Sex,
  out: Uint32Array,
  random: Random,
  firstChildIndex = 0,
): void {
  if (parents.length < 2 * out.length) throw new RangeError(`transmitBatch needs ${2 * out.length} parent copies, got ${parents.length}`);
  const copy = copyGivenBy(parentSex);
  const ratio = condition.transmissionRatio[copy];
  const deNovo = condition.deNovo[copy];
  const n = out.length;
  if (ratio === 0.5 && deNovo === 0) {
    // Mendelian and no new variants: one random bit picks the copy, 32 meioses per draw.
    for (let i = 0; i < n; i += 32) {
      let bits = random.nextUint32();
      const end = Math.min(n, i + 32);
      for (let j = i; j < end; j++, bits >>>= 1) out[j] = parents[2 * j + (bits & 1)]!;
    }
    return;
  }
  const childCopyBit = copy === 'maternal' ? COPY_BIT : 0;
  // Compare raw 32-bit draws with an integer threshold: no float division per meiosis.
  const ratioThreshold = Math.round(ratio * 0x100000000);
  const fairRatio = ratio === 0.5;
  // New variants: instead of one draw per passed `+`, draw the number of `+` transmissions
  // until the next mutation from the geometric distribution (same Bernoulli process).
  const logKeep = Math.log(1 - deNovo);
  const gapToMutation = () => (deNovo === 0 ? Infinity : Math.floor(Math.log(1 - random.next()) / logKeep));
  let untilMutation = gapToMutation();
  let bits = 0;
  let bitsLeft = 0;
  for (let i = 0; i < n; i++) {
    const a = parents[2 * i]!;
    const b = parents[2 * i + 1]!;
    let passed: number;
    const variantFirst = (a & ALLELE_BIT) !== 0;
    if (fairRatio || variantFirst === ((b & ALLELE_BIT) !== 0)) {
      // A fair coin (homozygous parent, or Mendelian ratio): one bit per meiosis.
      if (bitsLeft === 0) {
        bits = random.nextUint32();
        bitsLeft = 32;
      }
      passed = bits & 1 ? b : a;
      bits >>>= 1;
      bitsLeft--;
    } else {
      passed = random.nextUint32() < ratioThreshold === variantFirst ? a : b;
    }
    if ((passed & ALLELE_BIT) === 0 && untilMutation-- === 0) {
      passed = (((firstChildIndex + i) << INDEX_SHIFT) | DE_NOVO_BIT | childCopyBit | ALLELE_BIT) >>> 0;
      untilMutation = gapToMutation();
    }
    out[i] = passed;
  }
}
