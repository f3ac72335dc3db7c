// How responsive the page stays: a frozen page has long gaps between timer ticks, and
// Chromium reports its own long tasks. Shared by the risk and worker end-to-end tests.
import type { Page } from 'playwright-core';

export interface MainThreadWatch {
  /** Longest gap between 10 ms timer ticks (ms): what a user feels. */
  maxGap: number;
  /** Longest main-thread task Chromium reported (ms): the page's own work. */
  maxTask: number;
}

/** From now on, record the longest timer gap and the longest main-thread task. */
export async function watchMainThread(page: Page): Promise<() => Promise<MainThreadWatch>> {
  await page.evaluate(() => {
    const w = window as unknown as { watched: MainThreadWatch };
    w.watched = { maxGap: 0, maxTask: 0 };
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.watched.maxGap = Math.max(w.watched.maxGap, now - last);
      last = now;
    }, 10);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.watched.maxTask = Math.max(w.watched.maxTask, e.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { watched: MainThreadWatch }).watched);
}
