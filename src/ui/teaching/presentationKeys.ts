// Presentation mode's state and keys, as a pure reducer so every clicker press is testable.
// Presenter clickers send ArrowRight/PageDown for "next", ArrowLeft/PageUp for "previous"
// and B or "." for "blank screen" (the PowerPoint conventions they are built for).
import type { ProjectorThemeName } from './projectorThemes.ts';

export interface PresentationState {
  /** Generations shown, from the top (1 = generation I only). */
  revealed: number;
  generations: number;
  showCopies: boolean;
  blank: boolean;
  theme: ProjectorThemeName;
  legend: boolean;
}

export type PresentationCommand = 'next' | 'previous' | 'blank' | 'copies' | 'theme' | 'legend' | 'first' | 'last' | 'fullscreen' | 'exit';

const KEYS: Record<string, PresentationCommand> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  ArrowUp: 'previous',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  g: 'copies',
  G: 'copies',
  t: 'theme',
  T: 'theme',
  l: 'legend',
  L: 'legend',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'exit',
};

export function presentationCommand(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): PresentationCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  return KEYS[e.key] ?? null;
}

export function startPresentation(generations: number, theme: ProjectorThemeName = 'dark'): PresentationState {
  return { revealed: Math.min(1, generations), generations, showCopies: false, blank: false, theme, legend: false };
}

/** Next reveals a generation, then the copies; Previous walks back the same way. */
export function applyPresentation(s: PresentationState, command: PresentationCommand): PresentationState {
  if (s.blank && (command === 'next' || command === 'previous' || command === 'blank')) return { ...s, blank: false };
  switch (command) {
    case 'next':
      if (s.revealed < s.generations) return { ...s, revealed: s.revealed + 1 };
      return s.showCopies ? s : { ...s, showCopies: true };
    case 'previous':
      if (s.showCopies && s.revealed === s.generations) return { ...s, showCopies: false };
      return s.revealed > 1 ? { ...s, revealed: s.revealed - 1 } : s;
    case 'blank':
      return { ...s, blank: true };
    case 'copies':
      return { ...s, showCopies: !s.showCopies };
    case 'theme':
      return { ...s, theme: s.theme === 'dark' ? 'light' : 'dark' };
    case 'legend':
      return { ...s, legend: !s.legend };
    case 'first':
      return { ...s, revealed: Math.min(1, s.generations), showCopies: false };
    case 'last':
      return { ...s, revealed: s.generations, showCopies: true };
    default:
      return s;
  }
}

export function presentationStatus(s: PresentationState): string {
  if (s.blank) return 'Screen blanked: press B or → to show it again';
  const copies = s.showCopies ? 'copies shown (left box: from the father, right box: from the mother)' : 'copies hidden';
  return `Generation ${s.revealed} of ${s.generations}, ${copies} · → ← B G T L Esc`;
}
