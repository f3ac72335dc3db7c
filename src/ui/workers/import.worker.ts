// Web Worker entry: parses and validates an opened file off the main thread, so a 20 MB PED
// (about a second of CPU) never freezes the page. Created by importClient.ts.
import { importPedigreeFile } from '../../engine/formats/importFile.ts';

interface ImportRequest {
  text: string;
  fileName?: string;
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<ImportRequest>) => void) | null; postMessage: (m: unknown) => void };

scope.onmessage = (e) => scope.postMessage(importPedigreeFile(e.data.text, e.data.fileName));
