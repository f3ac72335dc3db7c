// Which inference client the risk views use. The app shares one worker-backed client; tests
// provide their own (an in-page or a held fake worker) through the context.
import { createContext, useContext } from 'react';
import { createInferenceClient, type InferenceClient } from '../workers/inferenceClient.ts';
import { InPageWorker } from './inPageWorker.ts';

let shared: InferenceClient | null = null;

/** The app's client, created on first use: a real Web Worker, or the in-page stand-in without one. */
export function sharedInferenceClient(): InferenceClient {
  shared ??= typeof Worker === 'undefined' ? createInferenceClient(() => new InPageWorker()) : createInferenceClient();
  return shared;
}

export const InferenceClientContext = createContext<InferenceClient | null>(null);

export function useInferenceClient(): InferenceClient {
  return useContext(InferenceClientContext) ?? sharedInferenceClient();
}
