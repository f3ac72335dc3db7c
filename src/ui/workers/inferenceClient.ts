// Typed client for the inference worker: promises for results, a progress callback, and
// cancellation by AbortSignal. Requests run one at a time in the worker; cancelling the running
// one terminates the worker, starts a fresh one and re-sends the requests still waiting.
import type { PedigreeDocument } from '../../engine/document/types.ts';
import type { Condition, ConditionId } from '../../engine/genetics/condition.ts';
import type {
  AlleleFrequencySetting,
  EstimateResult,
  InferenceResult,
  InvalidResult,
  ModeComparison,
  NextChildRequest,
} from '../../engine/inference/index.ts';
import type { Seed } from '../../engine/genetics/random.ts';
import type { RunManyOutcome } from '../../engine/teaching/index.ts';
import type { InferenceAnswer, InferenceRequest, InferenceResponse } from './inferenceProtocol.ts';

/** What the client needs from a Worker (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: InferenceRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<InferenceResponse>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export interface RequestOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export class InferenceCancelledError extends Error {
  constructor() {
    super('Inference cancelled');
    this.name = 'InferenceCancelledError';
  }
}

export interface InferenceClient {
  infer(doc: PedigreeDocument, condition: Condition, options?: RequestOptions & { nextChildren?: NextChildRequest[]; maxExactCost?: number }): Promise<InferenceResult>;
  estimate(doc: PedigreeDocument, condition: Condition, options: RequestOptions & { nextChildren?: NextChildRequest[]; samples: number; seed: number }): Promise<EstimateResult | InvalidResult>;
  compare(doc: PedigreeDocument, conditionId: ConditionId, setting: AlleleFrequencySetting, options?: RequestOptions): Promise<ModeComparison>;
  /** The teaching simulation run many times (runMany): the same seed gives the same tallies as on the page. */
  simulate(doc: PedigreeDocument, condition: Condition, options: RequestOptions & { runs: number; seed: Seed }): Promise<RunManyOutcome>;
  dispose(): void;
}

interface Pending {
  request: InferenceRequest;
  resolve: (r: InferenceAnswer) => void;
  reject: (e: Error) => void;
  onProgress?: (fraction: number) => void;
}

const defaultWorker = (): WorkerLike => new Worker(new URL('./inference.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

export function createInferenceClient(makeWorker: () => WorkerLike = defaultWorker): InferenceClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const start = (): WorkerLike => {
    const w = makeWorker();
    w.onmessage = (e) => {
      const res = e.data;
      const p = pending.get(res.id);
      if (!p) return;
      if (res.type === 'progress') p.onProgress?.(res.fraction);
      else {
        pending.delete(res.id);
        if (res.type === 'result') p.resolve(res.result);
        else p.reject(new Error(res.message));
      }
    };
    w.onerror = (e) => {
      // A crashed worker fails every waiting request with its message, then is replaced.
      const message = e.message || 'the inference worker stopped';
      for (const p of pending.values()) p.reject(new Error(message));
      pending.clear();
      w.terminate();
      if (worker === w) worker = null;
    };
    return w;
  };
  const current = () => (worker ??= start());

  const cancel = (id: number) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    p.reject(new InferenceCancelledError());
    // The running request cannot be interrupted inside the worker: replace the worker.
    worker?.terminate();
    worker = null;
    for (const other of pending.values()) current().postMessage(other.request);
  };

  function send<T extends InferenceAnswer>(make: (id: number) => InferenceRequest, options: RequestOptions = {}): Promise<T> {
    const id = nextId++;
    const request = make(id);
    return new Promise<T>((resolve, reject) => {
      if (options.signal?.aborted) return reject(new InferenceCancelledError());
      const entry: Pending = { request, resolve: resolve as (r: InferenceAnswer) => void, reject };
      if (options.onProgress) entry.onProgress = options.onProgress;
      pending.set(id, entry);
      options.signal?.addEventListener('abort', () => cancel(id), { once: true });
      current().postMessage(request);
    });
  }

  return {
    infer: (doc, condition, o = {}) =>
      send((id) => ({ id, type: 'infer', doc, condition, ...(o.nextChildren ? { nextChildren: o.nextChildren } : {}), ...(o.maxExactCost ? { maxExactCost: o.maxExactCost } : {}) }), o),
    estimate: (doc, condition, o) =>
      send((id) => ({ id, type: 'estimate', doc, condition, samples: o.samples, seed: o.seed, ...(o.nextChildren ? { nextChildren: o.nextChildren } : {}) }), o),
    compare: (doc, conditionId, setting, o = {}) => send((id) => ({ id, type: 'compare', doc, conditionId, setting }), o),
    simulate: (doc, condition, o) => send((id) => ({ id, type: 'simulate', doc, condition, runs: o.runs, seed: o.seed }), o),
    dispose: () => {
      for (const p of pending.values()) p.reject(new InferenceCancelledError());
      pending.clear();
      worker?.terminate();
      worker = null;
    },
  };
}
