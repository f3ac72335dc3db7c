// "Run 1,000 times" through the inference worker's protocol and client: the seeded generator
// makes the run deterministic, so the worker path must give exactly the tallies of runMany
// called on the page, with progress on the way and the engine's problems passed on.
import { describe, expect, it } from 'vitest';
import { presetById } from '../../../src/engine/genetics/presets/index.ts';
import { openGalleryFamily, runMany } from '../../../src/engine/teaching/index.ts';
import { InPageWorker } from '../../../src/ui/risk/inPageWorker.ts';
import { createInferenceClient } from '../../../src/ui/workers/inferenceClient.ts';
import { handleInferenceRequest, type InferenceResponse } from '../../../src/ui/workers/inferenceProtocol.ts';
import { inferenceSyntheticPedigree } from '../../fixtures/inference-synthetic.ts';

const mkrn3 = presetById('mkrn3')!;
/** 150 people, one loop-free family, ~10% affected (fixture comment); MKRN3 is paternally expressed. */
const synthetic = { ...inferenceSyntheticPedigree({ people: 150, seed: 7, conditionId: mkrn3.id }), conditions: [mkrn3] };
const poh = openGalleryFamily('poh-paternal')!;
const pohCondition = poh.conditions.find((c) => c.id === poh.activeConditionId)!;

describe('simulate request', () => {
  it('gives, through the client and a structured-cloning worker, exactly the tallies of runMany on the page for the same seed', async () => {
    const client = createInferenceClient(() => new InPageWorker());
    for (const [doc, condition, seed] of [[synthetic, mkrn3, 1], [poh, pohCondition, 'class 7B']] as const) {
      const viaWorker = await client.simulate(doc, condition, { runs: 1000, seed });
      expect(viaWorker).toEqual(runMany(doc, condition, 1000, seed));
    }
    client.dispose();
  });

  it('posts progress at most every 1% of the runs, rising to 1, before the result', () => {
    const posted: InferenceResponse[] = [];
    handleInferenceRequest({ id: 3, type: 'simulate', doc: poh, condition: pohCondition, runs: 1000, seed: 1 }, (res) => posted.push(res));
    const fractions = posted.flatMap((r) => (r.type === 'progress' ? [r.fraction] : []));
    // 1,000 runs report 1/1000, 2/1000, …; the handler keeps those at least 0.01 past the last one posted.
    expect(fractions[0]).toBe(0.001);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.length).toBeGreaterThan(50);
    expect(fractions.length).toBeLessThanOrEqual(101);
    expect(fractions.slice(1, -1).every((f, i) => f - fractions[i]! >= 0.01)).toBe(true);
    expect(posted.at(-1)).toMatchObject({ id: 3, type: 'result', result: { ok: true, result: { runs: 1000, seed: 1 } } });
  });

  it('passes on the engine’s problem for a run count it refuses', async () => {
    const client = createInferenceClient(() => new InPageWorker());
    await expect(client.simulate(poh, pohCondition, { runs: 0, seed: 1 })).resolves.toEqual({ ok: false, problems: ['the number of runs must be a whole number from 1 to 100000, got 0'] });
    client.dispose();
  });
});
