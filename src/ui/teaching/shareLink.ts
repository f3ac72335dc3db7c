// Share links (issue 7 §5): the pedigree, its condition and view in the URL hash (F's
// encoder, src/engine/sharing/shareUrl.ts), and opening such a link on load.
import type { PedigreeDocument, PersonId } from '../../engine/document/types.ts';
import { decodeShareHash, encodeShareHash, SHARE_KEY } from '../../engine/sharing/shareUrl.ts';
import type { AppStore } from '../../store/createAppStore.ts';

export interface ShareState {
  document: PedigreeDocument;
  showGenotypes: boolean;
  selection: PersonId | null;
  /** Leave out names, dates, notes and id-names (the engine de-identifies; NOMENCLATURE L10). */
  privacy: boolean;
}

/** The full link: this page's address with the pedigree in the hash. */
export async function shareUrl(state: ShareState, base: string): Promise<string> {
  const hash = await encodeShareHash({
    document: state.document,
    activeConditionId: state.document.activeConditionId,
    view: { showGenotypes: state.showGenotypes, selected: state.selection, privacy: state.privacy },
  });
  return `${base.split('#')[0]}${hash}`;
}

export function hasSharedPedigree(hash: string): boolean {
  return hash.includes(`${SHARE_KEY}=`);
}

/**
 * Open a shared link's pedigree in `store` as one undoable step, so the autosaved work it
 * replaces is one Undo away. Returns the message to show (success or every problem).
 */
export async function openSharedPedigree(store: AppStore, hash: string): Promise<{ ok: boolean; message: string }> {
  const decoded = await decodeShareHash(hash);
  if (!decoded.ok) return { ok: false, message: `The shared link could not be opened. ${decoded.errors.join(' ')} Your pedigree was not changed.` };
  const { document, activeConditionId, view } = decoded.shared;
  const s = store.getState();
  const loaded = s.loadDocument({ ...document, activeConditionId });
  if (!loaded.ok) return { ok: false, message: loaded.error.message };
  s.setShowGenotypes(view.showGenotypes);
  if (view.selected !== null) s.select(view.selected);
  const notices = decoded.notices.length > 0 ? ` ${decoded.notices.join(' ')}` : '';
  const what = view.privacy ? 'a shared pedigree without names or dates (people are known by pedigree number)' : `the shared pedigree “${document.meta.title ?? 'untitled'}”`;
  return { ok: true, message: `Opened ${what}. Undo (Ctrl+Z) brings back the pedigree you had before.${notices}` };
}
