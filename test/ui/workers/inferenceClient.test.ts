// The inference worker client: results, progress, cancellation and worker failure, with a
// fake worker that runs the real worker-side handler when the test says so.
import { describe, expect, it } from 'vitest';
import { InferenceCancelledError } from '../../../src/ui/workers/inferenceClient.ts';
import { heldClient } from './heldWorker.ts';
import { inferPedigree } from '../../../src/engine/inference/infer.ts';
import type { ModeComparison } from '../../../src/engine/inference/compareModes.ts';
import { conditionForMode } from '../../../src/engine/genetics/modes.ts';
import { condition, pedigree } from '../../engine/inference/pedigreeBuilder.ts';

const trio = () =>
  pedigree(
    [{ id: 'F', sex: 'M', status: 'affected' }, { id: 'M', sex: 'F', status: 'unaffected' }, { id: 'C', sex: 'F' }],
    [['F', 'M', ['C']]],
  );
const pat = condition({ penetrance: { '+/+': 0, '+/d': 0, 'd/+': 1, 'd/d': 1 }, q: 0.01 });

const setup = heldClient;

describe('inference worker client', () => {
  it('resolves with the engine’s numbers and reports progress up to 1', async () => {
    const { client, workers } = setup();
    const progress: number[] = [];
    const promise = client.infer(trio(), pat, { nextChildren: [{ father: 'F', mother: 'M', sex: 'M' }], onProgress: (f) => progress.push(f) });
    workers[0]!.runNext();
    const result = await promise;
    const direct = inferPedigree(trio(), pat, { nextChildren: [{ father: 'F', mother: 'M', sex: 'M' }] });
    expect(result).toEqual(direct);
    expect(progress.at(-1)).toBe(1);
  });

  it('cancels the running request by replacing the worker, and re-sends the waiting one', async () => {
    const { client, workers } = setup();
    const abort = new AbortController();
    const running = client.infer(trio(), pat, { signal: abort.signal });
    const waiting = client.compare(trio(), 'c', { q: 0.01 });
    abort.abort();
    await expect(running).rejects.toBeInstanceOf(InferenceCancelledError);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.queue.map((r) => r.type)).toEqual(['compare']);
    workers[1]!.runNext();
    const comparison: ModeComparison = await waiting;
    expect(comparison.modes.map((m) => m.mode)).toEqual(['AD', 'AR', 'XD', 'XR', 'PAT', 'MAT']);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const { client } = setup();
    const abort = new AbortController();
    abort.abort();
    await expect(client.infer(trio(), pat, { signal: abort.signal })).rejects.toBeInstanceOf(InferenceCancelledError);
  });

  it('fails every waiting request with the worker’s error message when the worker crashes', async () => {
    const { client, workers } = setup();
    const a = client.infer(trio(), pat);
    const b = client.estimate(trio(), { ...conditionForMode('AD'), id: 'c' }, { samples: 100, seed: 1 });
    workers[0]!.onerror?.({ message: 'out of memory' } as ErrorEvent);
    await expect(a).rejects.toThrow('out of memory');
    await expect(b).rejects.toThrow('out of memory');
    // The next request gets a new worker.
    const c = client.infer(trio(), pat);
    workers[1]!.runNext();
    expect((await c).kind).toBe('exact');
  });
});
