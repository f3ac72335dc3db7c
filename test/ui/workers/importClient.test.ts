import { describe, expect, it } from 'vitest';
import { importPedigreeFile } from '../../../src/engine/formats/importFile.ts';
import { importInBackground, WORKER_THRESHOLD } from '../../../src/ui/workers/importClient.ts';

/** A stand-in Worker that answers with the real importer (or fails), asynchronously. */
function fakeWorker(behaviour: 'answer' | 'fail', log: string[]) {
  return () => {
    const w = {
      onmessage: null as ((e: MessageEvent) => void) | null,
      onerror: null as ((e: ErrorEvent) => void) | null,
      postMessage(data: { text: string; fileName: string }) {
        log.push(`post ${data.fileName}`);
        setTimeout(() => {
          if (behaviour === 'fail') w.onerror?.({ message: 'out of memory' } as ErrorEvent);
          else w.onmessage?.({ data: importPedigreeFile(data.text, data.fileName) } as MessageEvent);
        }, 0);
      },
      terminate() {
        log.push('terminate');
      },
    };
    return w as unknown as Worker;
  };
}

/** A PED file of `families` three-person families, padded past the worker threshold. */
function bigPed(families: number): string {
  const lines: string[] = [];
  for (let f = 1; f <= families; f++) lines.push(`F${f} a 0 0 1 1`, `F${f} b 0 0 2 1`, `F${f} c a b 2 2`);
  return lines.join('\n');
}

describe('importInBackground', () => {
  it('reads a small file at once without starting a worker', async () => {
    const log: string[] = [];
    const result = await importInBackground('F1 a 0 0 1 2\n', 'one.ped', fakeWorker('answer', log));
    expect(result.ok && result.document.persons.map((p) => p.id)).toEqual(['a']);
    expect(log).toEqual([]);
  });

  it('hands a large file to the worker, returns its answer and stops the worker', async () => {
    const text = bigPed(20_000);
    expect(text.length).toBeGreaterThan(WORKER_THRESHOLD);
    const log: string[] = [];
    const result = await importInBackground(text, 'big.ped', fakeWorker('answer', log));
    expect(log).toEqual(['post big.ped', 'terminate']);
    expect(result.ok && result.families?.length).toBe(20_000);
  });

  it('turns a worker crash into a problem that names the file', async () => {
    const log: string[] = [];
    const result = await importInBackground(bigPed(20_000), 'big.ped', fakeWorker('fail', log));
    expect(result).toEqual({ ok: false, errors: [{ message: 'big.ped could not be read: out of memory' }] });
    expect(log).toContain('terminate');
  });
});
