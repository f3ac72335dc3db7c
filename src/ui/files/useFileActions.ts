// File › New/Open/Save/Export/Print. Opening parses with the engine's importer (in a worker
// for large files); a bad file opens a dialog listing every problem and the current pedigree
// is not touched.
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

export function useFileActions(editor: EditorCommands, doc: PedigreeDocument, openDialog: (d: OpenDialog) => void, report: (m: string | null) => void) {
  const inputRef = useRef<HTMLInputElement>(null);
  const stem = fileStem(doc.meta.title);

  const openText = async (fileName: string, text: string) => {
    // Large files are parsed in a worker; say so, since it can take a second or two.
    if (text.length >= WORKER_THRESHOLD) report(`Reading ${fileName}…`);
    const result = await importInBackground(text, fileName);
    if (!result.ok) {
      openDialog({ kind: 'import-errors', fileName, problems: result.errors.map(formatProblem) });
      return;
    }
    if (result.families && result.families.length > 1) {
      openDialog({ kind: 'choose-family', families: result.families });
      return;
    }
    editor.replaceDocument(result.document);
    report(result.notices.length > 0 ? `Opened ${fileName}. Note: ${result.notices.join(' ')}` : null);
  };

  const exportFigure = async (format: 'svg' | 'png', options: ExportOptions) => {
    // Figures use the standard theme whatever the screen shows (same as the CLI's render).
    const layout = layoutPedigree(doc, chartLayoutMetrics(DEFAULT_THEME));
    const figure = renderPedigreeSvg(doc, layout, { privacy: options.privacy, legend: options.legend });
    if (format === 'svg') return downloadText(figure.svg, `${stem}.svg`, 'image/svg+xml');
    try {
      downloadBlob(await svgToPngBlob(figure), `${stem}.png`);
    } catch (err) {
      report(err instanceof Error ? err.message : 'The PNG could not be made.');
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
        if (ped.notices.length > 0) report(`PED export: ${ped.notices.join(' ')}`);
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
