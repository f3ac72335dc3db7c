// Main-thread responsiveness of the teaching computations (BENCHMARKS.md "Teaching workers"):
// in Chromium on a built app, a synthetic family of N people, "Run 1,000 times" and then the
// counselling report; prints the longest gap between 10 ms timer ticks (what a user feels,
// OS scheduling on a loaded machine included) and the longest main-thread task Chromium
// reports (PerformanceObserver 'longtask': the page's own work), from the click to the result.
// "isolate" instead of a size: the 80-person inbred isolate (8 couples × 5 generations), whose
// exact inference takes over a second while its drawing is cheap.
// Run: npx vite build --outDir /tmp/dist && npx tsx test/bench/teaching-workers-gap.ts /tmp/dist 500
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { presetById } from '../../src/engine/genetics/presets/index.ts';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.ts';
import { inbredIsolatePed } from '../e2e/inbredPed.ts';
import { inferenceSyntheticPedigree } from '../fixtures/inference-synthetic.ts';

interface Watch {
  maxGap: number;
  maxTask: number;
}

/** Starts recording; the returned function reads the record since the start. */
async function watch(page: Page): Promise<() => Promise<Watch>> {
  await page.evaluate(() => {
    const w = window as unknown as { watch: Watch; stopWatch?: () => void };
    w.stopWatch?.();
    w.watch = { maxGap: 0, maxTask: 0 };
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      w.watch.maxGap = Math.max(w.watch.maxGap, now - last);
      last = now;
    }, 10);
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.watch.maxTask = Math.max(w.watch.maxTask, e.duration);
    });
    observer.observe({ type: 'longtask' });
    w.stopWatch = () => {
      clearInterval(timer);
      observer.disconnect();
    };
  });
  return () => page.evaluate(() => (window as unknown as { watch: Watch }).watch);
}

// Waiting by CSS, not by role: a role query walks every node's ARIA role on each poll, which
// on a 500-person chart is itself main-thread work that would be counted.
const RUN_TABLE = 'table[aria-label="Affected children per run, simulated and exact"]';
const REPORT_TABLE = 'table[aria-label="Risk questions and answers"]';

const ms = (v: number) => `${v.toFixed(0)} ms`;

async function main(): Promise<void> {
  const [outDir, peopleArg] = process.argv.slice(2);
  if (!outDir || !peopleArg) throw new Error('usage: teaching-workers-gap.ts <built app folder> <people>');
  const isolate = peopleArg === 'isolate';
  const people = isolate ? 80 : Number(peopleArg);
  const condition = presetById('mkrn3')!;
  const file = isolate
    ? { name: 'isolate.ped', mimeType: 'text/plain', buffer: Buffer.from(inbredIsolatePed(8, 5)) }
    : { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...inferenceSyntheticPedigree({ people, seed: 7, conditionId: condition.id }), conditions: [condition] })) };
  const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const { port } = server.httpServer.address() as { port: number };
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('[data-person] [role="button"]').first().waitFor();
  await page.getByLabel('Open a pedigree file').setInputFiles(file);
  await page.getByRole('group', { name: new RegExp(`${people} people`) }).waitFor({ timeout: 60_000 });

  await page.getByRole('button', { name: 'Simulate' }).click();
  await page.getByRole('button', { name: 'Run 1,000 times' }).waitFor();
  await page.waitForTimeout(500);
  let read = await watch(page);
  let t = Date.now();
  await page.getByRole('button', { name: 'Run 1,000 times' }).click();
  await page.waitForSelector(RUN_TABLE, { timeout: 120_000 });
  let w = await read();
  console.log(`${peopleArg} people, run 1,000: max gap ${ms(w.maxGap)}, longest task ${ms(w.maxTask)}, click to table ${ms(Date.now() - t)}`);

  await page.getByRole('button', { name: 'Close simulation' }).click();
  await page.waitForTimeout(300);
  read = await watch(page);
  t = Date.now();
  await page.getByRole('button', { name: 'Report' }).click();
  await page.waitForSelector(REPORT_TABLE, { timeout: 120_000 });
  w = await read();
  console.log(`${peopleArg} people, report (panel opening included): max gap ${ms(w.maxGap)}, longest task ${ms(w.maxTask)}, click to table ${ms(Date.now() - t)}`);
  await browser.close();
  await server.close();
}

void main();
