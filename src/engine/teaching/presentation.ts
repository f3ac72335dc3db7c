// Presentation mode as a pure state machine (issue 7 §3): reveal the pedigree generation by
// generation, then the copies, driven by a presenter clicker or the keyboard. Clickers send
// PageDown/PageUp (some arrows), and "b" or "." for their black-screen button; nothing here
// needs a mouse. The UI keeps the state in the store and draws only the revealed rows.
export interface PresentationState {
  /** Number of generation rows in the pedigree (at least 1). */
  generations: number;
  /** Rows shown, from the top: 1 … generations. */
  revealed: number;
  /** Copies (genotypes) shown; the last "next" reveals them when they are hidden. */
  showGenotypes: boolean;
  /** Black screen (clicker button), to pause the projection. */
  blank: boolean;
}

export function startPresentation(generations: number, showGenotypes = false): PresentationState {
  return { generations: Math.max(1, Math.floor(generations)), revealed: 1, showGenotypes, blank: false };
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/** Keys the presentation handles, for the help overlay and for not passing them on. */
export const PRESENTATION_KEYS: readonly { keys: string; action: string }[] = [
  { keys: 'Page Down, →, ↓, Space, Enter', action: 'reveal the next generation, then the copies' },
  { keys: 'Page Up, ←, ↑, Backspace', action: 'step back' },
  { keys: 'Home / End', action: 'first generation only / everything' },
  { keys: 'G', action: 'show or hide the copies' },
  { keys: 'B or .', action: 'black screen on or off' },
];

export function isPresentationKey(key: string): boolean {
  return NEXT.has(key) || PREVIOUS.has(key) || ['Home', 'End', 'g', 'G', 'b', 'B', '.'].includes(key);
}

/** The state after one key press; unknown keys leave it unchanged (same object). */
export function presentationKey(state: PresentationState, key: string): PresentationState {
  if (state.blank && key !== 'b' && key !== 'B' && key !== '.') return isPresentationKey(key) ? { ...state, blank: false } : state;
  if (NEXT.has(key)) {
    if (state.revealed < state.generations) return { ...state, revealed: state.revealed + 1 };
    return state.showGenotypes ? state : { ...state, showGenotypes: true };
  }
  if (PREVIOUS.has(key)) {
    if (state.revealed === state.generations && state.showGenotypes) return { ...state, showGenotypes: false };
    return state.revealed > 1 ? { ...state, revealed: state.revealed - 1 } : state;
  }
  switch (key) {
    case 'Home':
      return { ...state, revealed: 1, showGenotypes: false };
    case 'End':
      return { ...state, revealed: state.generations };
    case 'g':
    case 'G':
      return { ...state, showGenotypes: !state.showGenotypes };
    case 'b':
    case 'B':
    case '.':
      return { ...state, blank: !state.blank };
    default:
      return state;
  }
}

/** Whether a person in row `generation` (0 = top) is shown. */
export function isRevealed(state: PresentationState, generation: number): boolean {
  return !state.blank && generation < state.revealed;
}
