// A stand-in for the inference worker that answers only when the test says so: it keeps the
// requests (structured-cloned, as a real worker gets them), reports progress, runs the real
// worker-side handler, or crashes — and remembers being terminated (what Cancel does).
import { createInferenceClient, type InferenceClient, type WorkerLike } from '../../../src/ui/workers/inferenceClient.ts';
import { handleInferenceRequest, type InferenceRequest, type InferenceResponse } from '../../../src/ui/workers/inferenceProtocol.ts';

export class HeldWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<InferenceResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  queue: InferenceRequest[] = [];
  terminated = false;
  postMessage(message: InferenceRequest): void {
    this.queue.push(structuredClone(message));
  }
  terminate(): void {
    this.terminated = true;
  }
  progress(fraction: number): void {
    this.onmessage?.({ data: { id: this.queue[0]!.id, type: 'progress', fraction } } as MessageEvent<InferenceResponse>);
  }
  /** Runs the oldest request as the real worker would (nothing once terminated). */
  runNext(): void {
    const req = this.queue.shift();
    if (req && !this.terminated) handleInferenceRequest(req, (res) => this.onmessage?.({ data: structuredClone(res) } as MessageEvent<InferenceResponse>));
  }
  crash(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
}

/** A real client whose every worker is a HeldWorker, listed in the order they were started. */
export function heldClient(): { client: InferenceClient; workers: HeldWorker[] } {
  const workers: HeldWorker[] = [];
  const client = createInferenceClient(() => {
    const w = new HeldWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}
