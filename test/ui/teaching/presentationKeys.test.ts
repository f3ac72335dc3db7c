import { describe, expect, it } from 'vitest';
import { applyPresentation, presentationCommand, startPresentation, type PresentationCommand } from '../../../src/ui/teaching/presentationKeys.ts';

const press = (keys: string[], generations = 3) =>
  keys.reduce((s, key) => {
    const c = presentationCommand({ key, ctrlKey: false, metaKey: false, altKey: false });
    return c ? applyPresentation(s, c as PresentationCommand) : s;
  }, startPresentation(generations));

describe('presentation keys (presenter clicker conventions)', () => {
  it('reveals one generation per "next" (→ or PageDown), then the copies, then stays', () => {
    expect(press([])).toMatchObject({ revealed: 1, showCopies: false });
    expect(press(['ArrowRight'])).toMatchObject({ revealed: 2, showCopies: false });
    expect(press(['ArrowRight', 'PageDown'])).toMatchObject({ revealed: 3, showCopies: false });
    expect(press(['ArrowRight', 'PageDown', 'PageDown'])).toMatchObject({ revealed: 3, showCopies: true });
    expect(press(['ArrowRight', 'PageDown', 'PageDown', 'ArrowRight'])).toMatchObject({ revealed: 3, showCopies: true });
  });

  it('walks back the same way with ← and PageUp, never below generation I', () => {
    expect(press(['End', 'ArrowLeft'])).toMatchObject({ revealed: 3, showCopies: false });
    expect(press(['End', 'ArrowLeft', 'PageUp'])).toMatchObject({ revealed: 2, showCopies: false });
    expect(press(['PageUp', 'ArrowLeft'])).toMatchObject({ revealed: 1 });
  });

  it('blanks with B or "." and the next key of any kind shows the same slide again', () => {
    expect(press(['ArrowRight', 'b'])).toMatchObject({ blank: true, revealed: 2 });
    expect(press(['ArrowRight', '.', 'ArrowRight'])).toMatchObject({ blank: false, revealed: 2 });
  });

  it('toggles copies with G, the theme with T and the key with L; ignores keys with Ctrl', () => {
    expect(press(['g'])).toMatchObject({ showCopies: true });
    expect(press(['t'])).toMatchObject({ theme: 'light' });
    expect(press(['t', 'T'])).toMatchObject({ theme: 'dark' });
    expect(press(['l'])).toMatchObject({ legend: true });
    expect(presentationCommand({ key: 'b', ctrlKey: true, metaKey: false, altKey: false })).toBeNull();
    expect(presentationCommand({ key: 'Escape', ctrlKey: false, metaKey: false, altKey: false })).toBe('exit');
  });
});
