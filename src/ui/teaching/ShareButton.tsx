// "Copy share link": the link goes to the clipboard; where the browser refuses (no
// permission, insecure page) it is shown in a field to copy by hand.
import { useState } from 'react';
import type { AppStore } from '../../store/createAppStore.ts';
import { shareUrl } from './shareLink.ts';

export function ShareButton({ store, report }: { store: AppStore; report: (message: string) => void }) {
  const [manual, setManual] = useState<string | null>(null);
  const copy = async () => {
    const s = store.getState();
    const url = await shareUrl({ document: s.document, showGenotypes: s.showGenotypes, selection: s.selection }, window.location.href);
    try {
      await navigator.clipboard.writeText(url);
      setManual(null);
      report(`Share link copied (${url.length.toLocaleString('en')} characters). Anyone who opens it sees this pedigree; nothing is sent to a server.`);
    } catch {
      setManual(url);
      report('The browser did not allow copying: select the link in the field and copy it.');
    }
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        Copy share link
      </button>
      {manual !== null && (
        <label className="share-manual">
          Share link <input readOnly value={manual} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </>
  );
}
