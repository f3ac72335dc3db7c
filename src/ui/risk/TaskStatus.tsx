// The state of one worker computation: a progress bar with Cancel while it runs, and a way
// to start again after a cancel or a failure. Nothing is shown once it is done.
import type { TaskHandle } from './useWorkerTask.ts';

export interface TaskStatusProps<T> {
  handle: TaskHandle<T>;
  /** What is being computed, e.g. "risks": names the progress bar and the buttons. */
  what: string;
}

export function TaskStatus<T>({ handle, what }: TaskStatusProps<T>) {
  const { state, cancel, restart } = handle;
  if (state.status === 'waiting' || state.status === 'running') {
    const progress = state.status === 'running' ? state.progress : 0;
    return (
      <div className="risk-status" role="status">
        <label>
          Computing {what}… <progress max={1} value={progress} aria-label={`Computing ${what}`} /> {Math.round(progress * 100)}%
        </label>{' '}
        <button type="button" onClick={cancel} aria-label={`Cancel computing ${what}`}>
          Cancel
        </button>
      </div>
    );
  }
  if (state.status === 'cancelled') {
    return (
      <p className="risk-status" role="status">
        Computing {what} was cancelled.{' '}
        <button type="button" onClick={restart}>
          Compute {what} again
        </button>
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <p className="risk-status" role="alert">
        Computing {what} failed: {state.message}{' '}
        <button type="button" onClick={restart}>
          Try again
        </button>
      </p>
    );
  }
  return null;
}
