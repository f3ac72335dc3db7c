// Web Worker entry: runs inference off the main thread so the page never freezes.
// Create it with `new Worker(new URL('./inference.worker.ts', import.meta.url), { type: 'module' })`
// (inferenceClient.ts does this).
import { handleInferenceRequest, type InferenceRequest } from './inferenceProtocol.ts';

const scope = self as unknown as { onmessage: ((e: MessageEvent<InferenceRequest>) => void) | null; postMessage: (m: unknown) => void };

scope.onmessage = (e) => handleInferenceRequest(e.data, (res) => scope.postMessage(res));
