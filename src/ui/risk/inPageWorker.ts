// A stand-in for the inference Web Worker that runs the real worker-side handler on the
// page, one macrotask later. Used where no Worker exists (jsdom tests, very old browsers):
// the numbers are the same, only the page is not spared the work.
import type { WorkerLike } from '../workers/inferenceClient.ts';
import { handleInferenceRequest, type InferenceRequest, type InferenceResponse } from '../workers/inferenceProtocol.ts';

export class InPageWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<InferenceResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  private terminated = false;

  postMessage(message: InferenceRequest): void {
    // structuredClone: the handler must not share objects with the page, as with a real worker.
    const request = structuredClone(message);
    setTimeout(() => {
      if (this.terminated) return;
      handleInferenceRequest(request, (res) => {
        if (!this.terminated) this.onmessage?.({ data: res } as MessageEvent<InferenceResponse>);
      });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}
