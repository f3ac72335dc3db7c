import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/ui/teaching/formatCount.ts';

describe('formatCount', () => {
  it('groups thousands with commas as English does, without the browser’s number formatter', () => {
    expect([0, 7, 999, 1000, 20_000, 100_000, 1_234_567].map(formatCount)).toEqual(['0', '7', '999', '1,000', '20,000', '100,000', '1,234,567']);
    expect([1, 1000, 20_000, 1_234_567].map(formatCount)).toEqual([1, 1000, 20_000, 1_234_567].map((n) => n.toLocaleString('en')));
  });
});
