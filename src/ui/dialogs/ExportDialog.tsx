// Export the figure as SVG or PNG, with the legend, optionally without names and
// dates (privacy mode for projection or publication, NOMENCLATURE L10).
import { useState } from 'react';
import { Dialog } from './Dialog.tsx';

export interface ExportOptions {
  privacy: boolean;
  legend: boolean;
}

export interface ExportDialogProps {
  format: 'svg' | 'png';
  onExport: (options: ExportOptions) => void;
  onClose: () => void;
}

export function ExportDialog({ format, onExport, onClose }: ExportDialogProps) {
  const [privacy, setPrivacy] = useState(false);
  const [legend, setLegend] = useState(true);
  return (
    <Dialog
      title={`Export ${format.toUpperCase()}`}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="button" className="primary" onClick={() => (onExport({ privacy, legend }), onClose())}>
            Download {format.toUpperCase()}
          </button>
        </>
      }
    >
      <label className="choice">
        <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.currentTarget.checked)} /> Include the legend
      </label>
      <label className="choice">
        <input type="checkbox" checked={privacy} onChange={(e) => setPrivacy(e.currentTarget.checked)} /> Privacy: hide names, ages and dates,
        show pedigree numbers only
      </label>
    </Dialog>
  );
}
