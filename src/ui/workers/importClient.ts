// Opens a file's text with the engine's importer: small files at once on the main thread,
// large ones in a worker (import.worker.ts) so the page stays responsive while they are
// parsed and checked. Falls back to the main thread where workers are unavailable (tests).
import { importPedigreeFile } from '../../engine/formats/importFile.ts';
import type { ImportResult } from '../../engine/formats/problems.ts';

/** Below this many characters parsing takes well under a frame budget's worth of a second. */
export const WORKER_THRESHOLD = 256 * 1024;

export interface WorkerFactory {
  (): Worker;
}

const defaultWorker: WorkerFactory = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

export function importInBackground(text: string, fileName: string, makeWorker: WorkerFactory | null = typeof Worker === 'undefined' ? null : defaultWorker): Promise<ImportResult> {
  if (text.length < WORKER_THRESHOLD || !makeWorker) return Promise.resolve(importPedigreeFile(text, fileName));
  return new Promise((resolve) => {
    const worker = makeWorker();
    const finish = (result: ImportResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (e: MessageEvent<ImportResult>) => finish(e.data);
    worker.onerror = (e) => finish({ ok: false, errors: [{ message: `${fileName} could not be read: ${e.message || 'the file reader stopped'}` }] });
    worker.postMessage({ text, fileName });
  });
}
