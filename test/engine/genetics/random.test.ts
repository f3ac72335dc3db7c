import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/engine/genetics/random.ts';

const take = (seed: number | string, n: number) => {
  const r = createRandom(seed);
  return Array.from({ length: n }, () => r.next());
};

describe('createRandom', () => {
  it('replays the same sequence for the same numeric or text seed', () => {
    expect(take(42, 50)).toEqual(take(42, 50));
    expect(take('family-7', 50)).toEqual(take('family-7', 50));
  });

  it('gives unrelated sequences for neighbouring seeds', () => {
    const a = take(1, 20);
    const b = take(2, 20);
    expect(a.filter((x, i) => x === b[i])).toHaveLength(0);
    expect(take('a', 5)).not.toEqual(take('b', 5));
  });

  it('returns numbers in [0,1) and 32-bit unsigned integers', () => {
    const r = createRandom(7);
    let bad = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = r.next();
      const u = r.nextUint32();
      if (!(x >= 0 && x < 1) || !(Number.isInteger(u) && u >= 0 && u < 2 ** 32)) bad++;
    }
    expect(bad).toBe(0);
  });

  it('spreads draws evenly over ten bins (chi-square below the 0.999 quantile, 27.88 for 9 df)', () => {
    const r = createRandom(2026);
    const n = 100_000;
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < n; i++) bins[Math.floor(r.next() * 10)]!++;
    const expected = n / 10;
    const chi2 = bins.reduce((s, o) => s + (o - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(27.88);
  });

  it('rejects a seed that is not a finite number', () => {
    expect(() => createRandom(Number.NaN)).toThrow(/finite/);
  });
});
