// Issue 7 end to end in Chromium: gallery, seeded step-through, run 1,000 against exact,
// presentation by keyboard alone at 1920×1080 (symbols ≥ 48 px, text ≥ 24 px for 40 people),
// challenges right and wrong, a shared URL in a fresh context, the report's print preview,
// and a reload offline. Screenshots go to a temporary folder, or to public/screenshots/ (the
// README's pictures) when UPDATE_SCREENSHOTS=1, so a test run never changes tracked files.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gradedChallenge, scoreChallenge } from '../../src/engine/teaching/index.ts';
import { encodeShareHash } from '../../src/engine/sharing/shareUrl.ts';
import { useBrowser } from './browser.ts';
import { fortyPersonFamily } from './fortyPeople.ts';

const e2e = useBrowser({ viewport: { width: 1920, height: 1080 } });
const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? 'public/screenshots' : join(tmpdir(), 'imprint-lab-screenshots');
mkdirSync(SHOTS, { recursive: true });
const POH = 'Progressive osseous heteroplasia: passed on by fathers only';

async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(e2e.baseUrl + hash);
  await page.getByRole('button', { name: 'Preset gallery' }).waitFor();
}

async function openPoh(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Preset gallery' }).click();
  await page.getByRole('button', { name: `Open ${POH}` }).click();
  await page.getByRole('group', { name: /POH family: paternal transmission only, 11 people/ }).waitFor();
}

async function stepThroughTexts(page: Page, seed: string): Promise<string[]> {
  await page.getByRole('spinbutton', { name: 'Seed' }).fill(seed);
  const texts: string[] = [];
  const step = page.getByRole('button', { name: 'Step', exact: true });
  while (await step.isEnabled()) {
    await step.click();
    texts.push((await page.getByRole('status', { name: 'Current step' }).textContent()) ?? '');
  }
  return texts;
}

describe('teaching and counselling (issue 7)', () => {
  it('opens a preset family from the gallery in one click', async () => {
    const { page } = e2e;
    await openApp(page);
    await page.getByRole('button', { name: 'Preset gallery' }).click();
    await page.getByRole('dialog', { name: 'Preset gallery' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/teaching-gallery.png` });
    await page.getByRole('button', { name: `Open ${POH}` }).click();
    await expect(page.getByRole('group', { name: /POH family: paternal transmission only, 11 people/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('status').filter({ hasText: 'Opened “' }).textContent()).resolves.toContain(POH);
  });

  it('replays a seeded step-through with the same result, and run 1,000 lies within sampling error of exact', async () => {
    const { page } = e2e;
    await openApp(page);
    await openPoh(page);
    await page.getByRole('button', { name: 'Simulate' }).click();
    const first = await stepThroughTexts(page, '7');
    await page.getByRole('region', { name: 'Simulation' }).getByRole('button', { name: 'Reset' }).click();
    const second = await stepThroughTexts(page, '7');
    await page.getByRole('region', { name: 'Simulation' }).getByRole('button', { name: 'Reset' }).click();
    for (let i = 0; i < 9; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.screenshot({ path: `${SHOTS}/teaching-step-through.png` });
    expect(first.length).toBeGreaterThan(20);
    expect(second).toEqual(first);
    await page.getByRole('button', { name: 'Run 1,000 times' }).click();
    await page.getByRole('img', { name: /over 1,000 runs/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/teaching-run-1000.png` });
    const rows = await page.getByRole('table', { name: /simulated and exact/ }).locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const [label, sim, se, exact] of rows) {
      if (exact === '—') continue;
      // Four standard errors: a false alarm about once in 16,000 groups.
      expect(Math.abs(Number(sim) - Number(exact)), `${label}: ${sim} ± ${se} vs ${exact}`).toBeLessThanOrEqual(4 * Number(se) + 0.0015);
    }
  });

  it('presents by keyboard alone: reveal, copies, blank, theme, exit; symbols ≥ 48 px and every text ≥ 24 px for 40 people', async () => {
    const { page } = e2e;
    await openApp(page, await encodeShareHash({ document: fortyPersonFamily(), activeConditionId: fortyPersonFamily().activeConditionId, view: { showGenotypes: true, selected: null, privacy: false } }));
    await page.getByRole('group', { name: /Forty people, four generations, 40 people/ }).waitFor();
    for (let i = 0; i < 60; i++) {
      const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (name === 'Present full screen') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    const show = page.getByRole('dialog', { name: 'Presentation' });
    await show.waitFor();
    const status = show.getByRole('status');
    await expect(status.textContent()).resolves.toMatch(/^Generation 1 of 4, copies hidden/);
    // Generation II is drawn but covered: what is on top at a generation-II symbol is the mask.
    // The mask is measured after a frame, so wait for it rather than for a fixed time.
    await show.getByTestId('reveal-mask').waitFor();
    const coveredAtStart = await show.locator('[data-person="p3"]').evaluate((el) => {
      const r = el.querySelector('path[fill="none"]')!.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.getAttribute('data-testid');
    });
    expect(coveredAtStart).toBe('reveal-mask');
    for (const key of ['ArrowRight', 'PageDown', 'ArrowRight']) await page.keyboard.press(key);
    await expect.poll(() => status.textContent()).toMatch(/^Generation 4 of 4, copies hidden/);
    await show.getByTestId('reveal-mask').waitFor({ state: 'detached' });
    await page.keyboard.press('PageDown');
    await expect.poll(() => status.textContent()).toMatch(/^Generation 4 of 4, copies shown/);
    await show.locator('[data-copy]').first().waitFor();
    const sizes = await show.locator('[data-person]').evaluateAll((people) =>
      people.map((p) => {
        const outline = p.querySelector('path[fill="none"]')!.getBoundingClientRect();
        const px = (t: Element) => (t as SVGTextElement).getScreenCTM()!.a * parseFloat(getComputedStyle(t).fontSize);
        const texts = [...p.querySelectorAll('text')];
        return {
          symbol: Math.min(outline.width, outline.height),
          text: Math.min(...texts.map(px)),
          copies: p.querySelectorAll('[data-copy]').length,
          cut: texts.some((t) => t.textContent?.includes('…')),
        };
      }),
    );
    expect(sizes).toHaveLength(40);
    const smallest = (key: 'symbol' | 'text') => Math.min(...sizes.map((s) => s[key]));
    console.log(
      `presentation at 1920×1080, 40 people (16 in the widest row): smallest symbol ${smallest('symbol').toFixed(1)} px, smallest text (labels and alleles) ${smallest('text').toFixed(1)} px`,
    );
    expect(smallest('symbol')).toBeGreaterThanOrEqual(48);
    expect(smallest('text')).toBeGreaterThanOrEqual(24);
    // Every person shows both copies, so the allele letters are part of the measure.
    expect(sizes.every((s) => s.copies === 2)).toBe(true);
    expect(sizes.filter((s) => s.cut)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/teaching-presentation-dark.png` });
    await page.keyboard.press('ArrowLeft');
    await expect(status.textContent()).resolves.toMatch(/copies hidden/);
    await page.keyboard.press('b');
    await expect(status.textContent()).resolves.toMatch(/^Screen blanked/);
    await page.keyboard.press('.');
    await page.keyboard.press('t');
    await expect(show.getAttribute('class')).resolves.toContain('presentation-light');
    await page.keyboard.press('Escape');
    await expect(show.count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Present full screen' }).count()).resolves.toBe(1);
  });

  it('scores a challenge answered right and then wrong', async () => {
    const { page } = e2e;
    const loaded = gradedChallenge('easy-1');
    if (!loaded.ok) throw new Error('no challenge');
    const truth = scoreChallenge(loaded.challenge, { mode: loaded.challenge.hiddenMode, obligateCarriers: [] });
    if (!truth.ok) throw new Error('no score');
    const carriers = truth.score.carriers.expected;
    await openApp(page);
    await page.getByRole('button', { name: 'Challenge', exact: true }).click();
    await page.getByRole('radio', { name: 'X-linked recessive' }).check();
    for (const id of carriers) {
      await page.locator(`[data-person="${id}"] > g`).first().click();
      await page.getByRole('button', { name: 'Carrier mark' }).click();
    }
    await page.getByRole('button', { name: 'Submit answer' }).click();
    const result = page.getByRole('region', { name: 'Challenge result' });
    await expect(result.getByRole('status').textContent()).resolves.toContain(`Score 100 / 100 — mode right; carriers found ${carriers.length} of ${carriers.length}`);
    await page.getByRole('radio', { name: 'Autosomal dominant' }).check();
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await expect(result.getByRole('status').textContent()).resolves.toMatch(/mode wrong/);
    await expect(result.textContent()).resolves.toMatch(/the trait was simulated as/i);
  });

  it('opens a shared URL in a fresh browser context with the same pedigree', async () => {
    const { page, context, browser } = e2e;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page);
    await openPoh(page);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await page.getByRole('status').filter({ hasText: 'Share link copied' }).waitFor();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toMatch(/#share=1\.z\./);
    const labels = (p: Page) => p.locator('.chart-frame [data-person] [role="button"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    const original = await labels(page);
    const fresh = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    try {
      const other = await fresh.newPage();
      await other.goto(url);
      await other.getByRole('group', { name: /POH family: paternal transmission only, 11 people/ }).waitFor();
      expect(await labels(other)).toEqual(original);
      await expect(other.getByRole('status').filter({ hasText: 'Opened the shared pedigree' }).count()).resolves.toBe(1);
      expect(other.url()).not.toContain('#share=');
    } finally {
      await fresh.close();
    }
  });

  it('prints the counselling report with figure, legend and risk table', async () => {
    const { page } = e2e;
    await openApp(page);
    await openPoh(page);
    await page.getByRole('button', { name: 'Report' }).click();
    // The risks come from the inference worker: the report appears when they are computed.
    await page.getByRole('table', { name: 'Risk questions and answers' }).waitFor();
    await page.getByRole('checkbox', { name: 'Hide names and dates' }).check();
    await page.emulateMedia({ media: 'print' });
    const figure = page.getByRole('img', { name: /Pedigree figure with legend/ });
    await expect(figure.isVisible()).resolves.toBe(true);
    await expect(figure.getByRole('list', { name: 'Key' }).isVisible()).resolves.toBe(true);
    const table = page.getByRole('table', { name: 'Risk questions and answers' });
    await expect(table.isVisible()).resolves.toBe(true);
    await expect(table.textContent()).resolves.toMatch(/What is the chance that a son of II-\d+ and II-\d+ is affected\?/);
    await expect(figure.textContent()).resolves.not.toContain('Walter');
    await expect(page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { name: 'Imprint Lab' }).isVisible()).resolves.toBe(false);
    await page.screenshot({ path: `${SHOTS}/teaching-report-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('reloads offline once the service worker is active, and the app still works', async () => {
    const { page, context } = e2e;
    await openApp(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Wait until this page is controlled and its assets are in the cache.
    await page.waitForFunction(async () => navigator.serviceWorker.controller !== null && (await (await caches.open('imprint-lab-v1')).keys()).length >= 3);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Imprint Lab' }).waitFor();
    await openPoh(page);
    await context.setOffline(false);
  });
});
