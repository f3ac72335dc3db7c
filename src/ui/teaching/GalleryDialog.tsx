// The preset gallery (issue 7 §1): every teaching family with what it shows, what to notice
// and its published source; one click (or Enter on the button) opens it as one undoable
// step, so the work it replaces is one Undo away.
import { GALLERY, openGalleryFamily, type GalleryEntry } from '../../engine/teaching/index.ts';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import { Dialog } from '../dialogs/Dialog.tsx';

export interface GalleryDialogProps {
  onOpen: (doc: PedigreeDocument, entry: GalleryEntry) => void;
  onClose: () => void;
}

function sourceText(entry: GalleryEntry): string {
  const { citation, id } = entry.source;
  return id ? `${citation} (${id})` : citation;
}

export function GalleryDialog({ onOpen, onClose }: GalleryDialogProps) {
  return (
    <Dialog title="Preset gallery" onClose={onClose}>
      <ul className="gallery-list">
        {GALLERY.map((entry) => (
          <li key={entry.id} className="gallery-card">
            <h3>{entry.title}</h3>
            <p>{entry.description}</p>
            <p className="gallery-notice-title">What to notice:</p>
            <ul>
              {entry.whatToNotice.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
            <p className="gallery-source">
              Source: {sourceText(entry)}
              {entry.illustrative && <strong> (illustrative family, constructed to show the pattern)</strong>}
            </p>
            <button
              type="button"
              onClick={() => {
                const doc = openGalleryFamily(entry.id);
                if (doc) onOpen(doc, entry);
              }}
            >
              Open {entry.title}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
