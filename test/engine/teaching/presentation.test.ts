import { describe, expect, it } from 'vitest';
import { isRevealed, presentationKey, startPresentation, type PresentationState } from '../../../src/engine/teaching/presentation.ts';

const press = (state: PresentationState, ...keys: string[]) => keys.reduce(presentationKey, state);

describe('presentation mode', () => {
  it('reveals one generation per clicker press, then the copies, and stops there', () => {
    const s = press(startPresentation(3), 'PageDown');
    expect([s.revealed, s.showGenotypes]).toEqual([2, false]);
    expect([isRevealed(s, 1), isRevealed(s, 2)]).toEqual([true, false]);
    const all = press(s, 'PageDown', 'PageDown');
    expect([all.revealed, all.showGenotypes]).toEqual([3, true]);
    expect(presentationKey(all, 'ArrowRight')).toBe(all);
  });

  it('steps back in the reverse order: hide the copies first, then one generation at a time, never below the first', () => {
    const all = press(startPresentation(3), 'End', 'g');
    expect(press(all, 'PageUp')).toMatchObject({ revealed: 3, showGenotypes: false });
    expect(press(all, 'PageUp', 'ArrowLeft', 'ArrowUp', 'PageUp')).toMatchObject({ revealed: 1, showGenotypes: false });
  });

  it('blacks out on B or . and resumes on the next key without acting on it', () => {
    const blank = press(startPresentation(4), 'PageDown', 'b');
    expect([blank.blank, isRevealed(blank, 0)]).toEqual([true, false]);
    expect(press(blank, 'PageDown')).toMatchObject({ blank: false, revealed: 2 });
    expect(press(blank, '.')).toMatchObject({ blank: false, revealed: 2 });
  });

  it('jumps with Home and End, toggles copies with G and ignores other keys', () => {
    const s = press(startPresentation(5, true), 'End');
    expect(s).toMatchObject({ revealed: 5, showGenotypes: true });
    expect(press(s, 'Home')).toMatchObject({ revealed: 1, showGenotypes: false });
    expect(press(s, 'G').showGenotypes).toBe(false);
    expect(presentationKey(s, 'x')).toBe(s);
  });
});
