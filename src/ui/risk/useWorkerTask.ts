// One computation in the inference worker, kept in step with its inputs: started after a
// short pause (typing in a field does not start a computation per keystroke), restarted when
// the inputs change, with the stale one cancelled; progress while it runs; a Cancel that
// really stops the worker (the client terminates it) and a way to start again.
import { useCallback, useEffect, useRef, useState } from 'react';
import { InferenceCancelledError } from '../workers/inferenceClient.ts';

export interface TaskControl {
  signal: AbortSignal;
  onProgress: (fraction: number) => void;
}

/** A computation; a new function object means new inputs (memoise it with useCallback). */
export type WorkerTask<T> = (control: TaskControl) => Promise<T>;

export type TaskState<T> =
  | { status: 'idle' }
  | { status: 'waiting' }
  | { status: 'running'; progress: number }
  | { status: 'done'; value: T }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface TaskHandle<T> {
  state: TaskState<T>;
  cancel: () => void;
  restart: () => void;
}

export const RECOMPUTE_DELAY_MS = 250;

export function useWorkerTask<T>(task: WorkerTask<T> | null, delayMs = RECOMPUTE_DELAY_MS): TaskHandle<T> {
  const [round, setRound] = useState(0);
  // The state is tagged with the inputs it belongs to, so a change of inputs shows "waiting"
  // at once instead of the previous person's numbers.
  const [tagged, setTagged] = useState<{ task: WorkerTask<T> | null; round: number; state: TaskState<T> }>({ task: null, round: 0, state: { status: 'idle' } });
  const running = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!task) return;
    const abort = new AbortController();
    running.current = abort;
    const set = (state: TaskState<T>) => {
      if (!abort.signal.aborted || state.status === 'cancelled') setTagged({ task, round, state });
    };
    const timer = setTimeout(() => {
      set({ status: 'running', progress: 0 });
      task({ signal: abort.signal, onProgress: (progress) => set({ status: 'running', progress }) }).then(
        (value) => set({ status: 'done', value }),
        (err: unknown) => {
          if (err instanceof InferenceCancelledError || abort.signal.aborted) return;
          set({ status: 'failed', message: err instanceof Error ? err.message : String(err) });
        },
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      abort.abort();
      if (running.current === abort) running.current = null;
    };
  }, [task, round, delayMs]);

  const cancel = useCallback(() => {
    const abort = running.current;
    if (!abort) return;
    abort.abort();
    running.current = null;
    setTagged({ task, round, state: { status: 'cancelled' } });
  }, [task, round]);
  const restart = useCallback(() => setRound((r) => r + 1), []);

  const state: TaskState<T> = tagged.task === task && tagged.round === round ? tagged.state : task ? { status: 'waiting' } : { status: 'idle' };
  return { state, cancel, restart };
}
