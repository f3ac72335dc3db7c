// On start, a `#share=…` hash opens that pedigree (undoable), then the hash is removed so a
// reload shows the autosaved work rather than opening the link again.
import { useEffect } from 'react';
import type { AppStore } from '../../store/createAppStore.ts';
import { hasSharedPedigree, openSharedPedigree } from './shareLink.ts';

export function useSharedLinkOnLoad(store: AppStore, report: (message: string, failed: boolean) => void): void {
  useEffect(() => {
    const hash = window.location.hash;
    if (!hasSharedPedigree(hash)) return;
    let live = true;
    void openSharedPedigree(store, hash).then((r) => {
      if (!live) return;
      report(r.message, !r.ok);
      if (r.ok) history.replaceState(null, '', window.location.pathname + window.location.search);
    });
    return () => {
      live = false;
    };
  }, [store, report]);
}
