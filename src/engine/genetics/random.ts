// Seeded pseudo-random numbers for the engine (it never calls Math.random).
// sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, from PractRand) is fast
// in 32-bit JavaScript integer arithmetic and passes PractRand; its 128-bit state is
// filled by splitmix32 so that nearby seeds (1, 2, 3 …) give unrelated streams.

export interface Random {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
  /** Uniform unsigned 32-bit integer. */
  nextUint32(): number;
}

export type Seed = number | string;

/** FNV-1a over UTF-16 code units: turns a text seed into 32 bits. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** splitmix32 step (a 32-bit variant of Steele, Lea & Flood 2014's SplitMix). */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

function seedToUint32(seed: Seed): number {
  if (typeof seed === 'string') return hashString(seed);
  if (!Number.isFinite(seed)) throw new RangeError(`random seed must be a finite number, got ${seed}`);
  // Fold the integer part and any fraction into 32 bits so 1.5 and 1 differ.
  const whole = Math.floor(seed);
  const fraction = Math.floor((seed - whole) * 0x100000000);
  return (whole ^ Math.floor(whole / 0x100000000) ^ Math.imul(fraction, 0x27d4eb2d)) >>> 0;
}

export function createRandom(seed: Seed): Random {
  const mixer = { s: seedToUint32(seed) };
  let a = splitmix32(mixer);
  let b = splitmix32(mixer);
  let c = splitmix32(mixer);
  let d = splitmix32(mixer);

  function nextUint32(): number {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }
  // Discard the first outputs: sfc32's authors recommend a short warm-up.
  for (let i = 0; i < 12; i++) nextUint32();

  return {
    nextUint32,
    next: () => nextUint32() / 0x100000000,
  };
}
