// The teaching and counselling features (issue 7) behind one toolbar: the preset gallery,
// step-through simulation, full-screen presentation, challenges, share link and the
// printable report. Mounted once by the App; each view opens over the workspace.
import { useCallback, useState } from 'react';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import type { AppStore } from '../../store/createAppStore.ts';
import { ChallengePanel } from './ChallengePanel.tsx';
import { GalleryDialog } from './GalleryDialog.tsx';
import { PresentationView } from './PresentationView.tsx';
import { ReportPanel } from './ReportPanel.tsx';
import { ShareButton } from './ShareButton.tsx';
import { SimulationPanel } from './SimulationPanel.tsx';
import { useSharedLinkOnLoad } from './useSharedLinkOnLoad.ts';
import './teaching.css';

export type TeachingView = 'gallery' | 'simulation' | 'presentation' | 'challenge' | 'report';

export interface TeachingHostProps {
  store: AppStore;
  doc: PedigreeDocument;
}

const BUTTONS: { view: TeachingView; label: string }[] = [
  { view: 'gallery', label: 'Preset gallery' },
  { view: 'simulation', label: 'Simulate' },
  { view: 'presentation', label: 'Present full screen' },
  { view: 'challenge', label: 'Challenge' },
  { view: 'report', label: 'Report' },
];

export function TeachingHost({ store, doc }: TeachingHostProps) {
  const [view, setView] = useState<TeachingView | null>(null);
  // A note on what happened (neutral status) or a failure (alert), never both.
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const report = useCallback((text: string, failed = false) => setMessage({ text, failed }), []);
  useSharedLinkOnLoad(store, report);
  const close = () => setView(null);
  return (
    <>
      <nav className="teaching-bar" aria-label="Teaching">
        {BUTTONS.map((b) => (
          <button key={b.view} type="button" aria-pressed={view === b.view} onClick={() => setView(view === b.view ? null : b.view)}>
            {b.label}
          </button>
        ))}
        <ShareButton store={store} report={report} />
        <p className="teaching-status" role="status">
          {message && !message.failed ? message.text : null}
        </p>
        {/* Mounted only with a failure: an inserted alert is announced, and the editor's own alert region stays the one alert otherwise. */}
        {message?.failed && (
          <p className="teaching-alert" role="alert">
            {message.text}
          </p>
        )}
      </nav>
      {view === 'gallery' && (
        <GalleryDialog
          onClose={close}
          onOpen={(family, entry) => {
            const r = store.getState().loadDocument(family);
            report(r.ok ? `Opened “${entry.title}”. Undo (Ctrl+Z) brings back the pedigree you had before.` : r.error.message, !r.ok);
            close();
          }}
        />
      )}
      {view === 'simulation' && <SimulationPanel doc={doc} onClose={close} />}
      {view === 'presentation' && <PresentationView doc={doc} onExit={close} />}
      {view === 'challenge' && <ChallengePanel onClose={close} />}
      {view === 'report' && <ReportPanel doc={doc} onClose={close} />}
    </>
  );
}
