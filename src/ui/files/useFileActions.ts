// File › New/Open/Save/Export/Print. Opening parses with the engine's importer (in a worker
// for large files); a bad file opens a dialog listing every problem and the current pedigree
// is not touched. A file that opens with notices is a success: its notes go to the neutral
// file notice (`inform`), never to the alert region, which is kept for real failures.
import { useRef } from 'react';
import { starterDocument, type StarterId } from '../../engine/document/examples/starters.ts';
import type { PedigreeDocument } from '../../engine/document/types.ts';
import { exportPedReport } from '../../engine/formats/ped/exportPed.ts';
import { serializeDocument } from '../../engine/formats/native/native.ts';
import { formatProblem } from '../../engine/formats/problems.ts';
import { layoutPedigree } from '../../layout/layoutPedigree.ts';
import { chartLayoutMetrics } from '../chart/chartMetrics.ts';
import { DEFAULT_THEME } from '../chart/theme.ts';
import type { ExportOptions } from '../dialogs/ExportDialog.tsx';
import type { OpenDialog } from '../dialogs/openDialog.ts';
import type { EditorCommands } from '../editor/commands.ts';
import { svgToPngBlob } from '../export/png.ts';
import { renderPedigreeSvg } from '../export/renderSvg.tsx';
import type { FileCommand } from '../shell/FileMenu.tsx';
import { importInBackground, WORKER_THRESHOLD } from '../workers/importClient.ts';
import { downloadBlob, downloadText, fileStem } from './download.ts';

/** Where file actions speak: `alert` for failures, `inform` for notes on a success. */
export interface FileMessages {
  alert(message: string | null): void;
  inform(message: string | null): void;
}

export function useFileActions(editor: EditorCommands, doc: PedigreeDocument, openDialog: (d: OpenDialog) => void, { alert, inform }: FileMessages) {
  const inputRef = useRef<HTMLInputElement>(null);
  const stem = fileStem(doc.meta.title);

  const openText = async (fileName: string, text: string) => {
    // Large files are parsed in a worker; say so, since it can take a second or two.
    if (text.length >= WORKER_THRESHOLD) inform(`Reading ${fileName}…`);
    const result = await importInBackground(text, fileName);
    if (!result.ok) {
      inform(null);
      openDialog({ kind: 'import-errors', fileName, problems: result.errors.map(formatProblem) });
      return;
    }
    if (result.families && result.families.length > 1) {
      inform(null);
      openDialog({ kind: 'choose-family', families: result.families });
      return;
    }
    editor.replaceDocument(result.document);
    alert(null);
    inform(result.notices.length > 0 ? `Opened ${fileName}. Note: ${result.notices.join(' ')}` : null);
  };

  const exportFigure = async (format: 'svg' | 'png', options: ExportOptions) => {
    // Figures use the standard theme whatever the screen shows (same as the CLI's render).
    const layout = layoutPedigree(doc, chartLayoutMetrics(DEFAULT_THEME));
    const figure = renderPedigreeSvg(doc, layout, { privacy: options.privacy, legend: options.legend });
    if (format === 'svg') return downloadText(figure.svg, `${stem}.svg`, 'image/svg+xml');
    try {
      downloadBlob(await svgToPngBlob(figure), `${stem}.png`);
    } catch (err) {
      alert(err instanceof Error ? err.message : 'The PNG could not be made.');
    }
  };

  const command = (c: FileCommand) => {
    switch (c) {
      case 'new':
        return openDialog({ kind: 'new' });
      case 'open':
        return inputRef.current?.click();
      case 'save':
        return downloadText(serializeDocument(doc), `${stem}.json`, 'application/json');
      case 'export-ped': {
        const ped = exportPedReport(doc);
        inform(ped.notices.length > 0 ? `PED export: ${ped.notices.join(' ')}` : null);
        return downloadText(ped.text, `${stem}.ped`, 'text/plain');
      }
      case 'export-svg':
        return openDialog({ kind: 'export', format: 'svg' });
      case 'export-png':
        return openDialog({ kind: 'export', format: 'png' });
      case 'print':
        return window.print();
    }
  };

  const create = (starter: StarterId) => editor.replaceDocument(starterDocument(starter));
  return { inputRef, openText, exportFigure, command, create };
}
