// "Copy share link": the link goes to the clipboard; where the browser refuses (no
// permission, insecure page) it is shown in a field to copy by hand. "Without names and
// dates" makes a de-identified link (the engine's privacy encoding, shareUrl.ts).
import { useState } from 'react';
import type { AppStore } from '../../store/createAppStore.ts';
import { groupThousands } from '../../engine/words/count.ts';
import { shareUrl } from './shareLink.ts';

const PRIVATE = 'without names, dates or notes: people are known by pedigree number only';

export function ShareButton({ store, report }: { store: AppStore; report: (message: string, failed?: boolean) => void }) {
  const [manual, setManual] = useState<string | null>(null);
  const [privacy, setPrivacy] = useState(false);
  const copy = async () => {
    const s = store.getState();
    const url = await shareUrl({ document: s.document, showGenotypes: s.showGenotypes, selection: s.selection, privacy }, window.location.href);
    const content = privacy ? PRIVATE : 'with names and dates';
    try {
      await navigator.clipboard.writeText(url);
      setManual(null);
      report(`Share link copied (${groupThousands(url.length)} characters), ${content}. Anyone who opens it sees this pedigree; nothing is sent to a server.`);
    } catch {
      setManual(url);
      report(`The browser did not allow copying: select the link in the field and copy it (${content}).`);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        Copy share link
      </button>
      <label className="share-privacy">
        <input type="checkbox" checked={privacy} onChange={(e) => (setPrivacy(e.currentTarget.checked), setManual(null))} /> Link without names and dates
      </label>
      {manual !== null && (
        <label className="share-manual">
          Share link <input readOnly value={manual} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </>
  );
}
