import { describe, expect, it } from 'vitest';
import { agree, count, groupThousands } from '../../../src/engine/words/count.ts';
import { parsePed } from '../../../src/engine/formats/ped/parsePed.ts';

describe('grouped numbers', () => {
  it('groups thousands with commas as English does, rounding to a whole number', () => {
    const numbers = [0, 7, 999, 1000, 20_000, 100_000, 1_234_567, -20_000, 1234.6];
    expect(numbers.map(groupThousands)).toEqual(['0', '7', '999', '1,000', '20,000', '100,000', '1,234,567', '-20,000', '1,235']);
    expect(numbers.map(groupThousands)).toEqual(numbers.map((n) => n.toLocaleString('en', { maximumFractionDigits: 0 })));
  });
});

describe('counted nouns', () => {
  it('says "1 person" and "2 people", "1 line" and "1,204 lines"', () => {
    expect([0, 1, 2].map((n) => count(n, 'person', 'people'))).toEqual(['0 people', '1 person', '2 people']);
    expect(count(1, 'line')).toBe('1 line');
    expect(count(1204, 'line')).toBe('1,204 lines');
    expect([agree(1, 'has', 'have'), agree(3, 'has', 'have')]).toEqual(['has', 'have']);
  });

  it('words a PED notice in the singular for one line and in the plural for two', () => {
    expect(parsePed('f a 0 0 3 1\n').notices).toEqual(['1 line has a sex code other than 1 or 2; that person was read as of unknown sex.']);
    expect(parsePed('f a 0 0 3 1\nf b 0 0 9 1\n').notices).toEqual(['2 lines have a sex code other than 1 or 2; those people were read as of unknown sex.']);
  });
});
