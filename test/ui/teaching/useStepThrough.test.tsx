import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openGalleryFamily, stepThrough } from '../../../src/engine/teaching/index.ts';
import { PLAY_INTERVAL_MS, useStepThrough } from '../../../src/ui/teaching/useStepThrough.ts';

const doc = openGalleryFamily('poh-paternal')!;
const total = (() => {
  const r = stepThrough(doc, doc.conditions[0]!, 3);
  if (!r.ok) throw new Error('no run');
  return r.run.steps.length;
})();

afterEach(() => vi.useRealTimers());

describe('useStepThrough (Play, Pause, Replay)', () => {
  it('plays one step per interval, pauses, and stops by itself at the last step', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useStepThrough(doc, 3));
    act(() => result.current.togglePlay());
    for (let i = 0; i < 3; i++) act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS));
    expect(result.current.position).toBe(3);
    act(() => result.current.togglePlay());
    act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS * 5));
    expect(result.current.position).toBe(3);
    expect(result.current.playing).toBe(false);
    act(() => result.current.togglePlay());
    for (let i = 0; i < total + 5; i++) act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS));
    expect(result.current.position).toBe(total);
    expect(result.current.playing).toBe(false);
  });

  it('Replay starts again from step 0 with the same seed and the same run', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useStepThrough(doc, 3));
    const run = result.current.run;
    act(() => result.current.stepGeneration());
    act(() => result.current.replay());
    expect(result.current.position).toBe(0);
    expect(result.current.playing).toBe(true);
    act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS));
    expect(result.current.position).toBe(1);
    expect(result.current.run).toBe(run);
    expect(result.current.seed).toBe(3);
  });

  it('a new seed starts over at step 0 and changes the run', () => {
    const { result } = renderHook(() => useStepThrough(doc, 3));
    act(() => result.current.step());
    act(() => result.current.setSeed(4));
    expect(result.current.position).toBe(0);
    expect(result.current.run?.seed).toBe(4);
  });
});
