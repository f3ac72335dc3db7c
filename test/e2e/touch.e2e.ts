// Editing by touch on a phone (390×844) and a tablet (768×1024): tap to select (also just
// beside a symbol, on its hit area), tap the toolbar, change a status in the inspector,
// pan with one finger and pinch with two (raw multi-touch through the DevTools protocol),
// and the chart refits when the phone turns.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { chart, chartPeople, chartTransform, openEditor, person } from './editorPage.ts';

type Point = [number, number];

/** Fingers from `from` to `to` in `steps` moves, then lifted: a drag (one finger) or a pinch (two). */
async function touchGesture(cdp: CDPSession, from: Point[], to: Point[], steps = 10): Promise<void> {
  const at = (t: number) => from.map(([x, y], id) => ({ id, x: x + (to[id]![0] - x) * t, y: y + (to[id]![1] - y) * t }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let s = 1; s <= steps; s++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(s / steps) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Page-level checks every touch size must pass: no sideways page scroll, tappable targets. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const b of document.querySelectorAll<HTMLElement>('button')) {
      const r = b.getBoundingClientRect();
      if (r.width > 0 && r.height < 44) problems.push(`"${b.textContent}" is ${r.height.toFixed(0)} px high`);
    }
    return problems;
  });
}

describe('touch on a phone (390×844)', () => {
  const e2e = useBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  it('lays out without sideways scroll, with 44 px targets, the chart on screen and the inspector below it', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    expect(await layoutProblems(page)).toEqual([]);
    const box = (await chart(page).boundingBox())!;
    expect(box.width).toBe(390);
    expect(box.height).toBeGreaterThanOrEqual(320);
    expect(box.y + box.height).toBeLessThanOrEqual(950); // the whole chart after at most a short scroll
    const inspector = page.getByRole('heading', { name: 'Inspector' });
    await inspector.scrollIntoViewIfNeeded();
    expect(((await page.locator('.side').boundingBox())?.height ?? 0)).toBeGreaterThan(400);
  });

  it('selects by tap, adds a son and a daughter from the toolbar, and sets a status in the inspector', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    const before = await chartPeople(page).count();
    await person(page, 'III-2, Ben').locator('> g').first().tap();
    await page.getByRole('button', { name: /^III-2, Ben/, pressed: true }).waitFor();
    const toolbar = page.getByRole('toolbar', { name: /^Edit III-2 Ben/ });
    await toolbar.getByRole('button', { name: 'Add son' }).tap();
    await expect.poll(() => chartPeople(page).count()).toBe(before + 1);
    await toolbar.getByRole('button', { name: 'Add daughter' }).tap();
    await expect.poll(() => chartPeople(page).count()).toBe(before + 2);
    expect(await layoutProblems(page)).toEqual([]);

    // Mia (unaffected) becomes affected through the inspector below the chart.
    await person(page, /^IV-\d+, Mia/).locator('> g').first().tap();
    await page.getByRole('heading', { name: /^Inspector: IV-\d+ Mia/ }).waitFor();
    const status = page.getByRole('combobox', { name: 'Status' }).first();
    await status.tap();
    await status.selectOption('affected');
    await expect.poll(() => person(page, /^IV-\d+, Mia/).getAttribute('aria-label')).toMatch(/\baffected\b/);
    expect(await person(page, /^IV-\d+, Mia/).getAttribute('aria-label')).not.toMatch(/unaffected/);
  });

  it('selects a person by a tap 12 px above their ~16 px symbol, on their hit area rather than the paper', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    const symbol = (await person(page, 'III-2, Ben').locator('> g').first().boundingBox())!;
    expect(symbol.height).toBeLessThan(24); // the fitted phone view: under WCAG 2.5.8's 24 px
    const tap: Point = [symbol.x + symbol.width / 2, symbol.y - 12];
    // What the finger lands on, with and without the hit areas (a line or the paper without).
    const landsOn = (off: boolean) =>
      page.evaluate(([[x, y], hide]) => {
        document.querySelectorAll<SVGElement>('.il-hit-area').forEach((r) => (r.style.pointerEvents = hide ? 'none' : ''));
        const el = document.elementFromPoint(x, y);
        return el?.closest('[role="button"]')?.getAttribute('aria-label')?.split(',')[0] ?? el?.tagName ?? '';
      }, [tap, off] as const);
    expect(['svg', 'path']).toContain(await landsOn(true));
    expect(await landsOn(false)).toBe('III-2');
    await page.touchscreen.tap(...tap);
    await page.getByRole('button', { name: /^III-2, Ben/, pressed: true }).waitFor();
    // Blank paper away from everyone's area still clears the selection.
    const box = (await chart(page).boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + 30);
    await expect.poll(() => chart(page).getByRole('button', { pressed: true }).count()).toBe(0);
  });

  it('pans with one finger and zooms with two, around the point between the fingers', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    const cdp = await e2e.context.newCDPSession(page);
    const box = (await chart(page).boundingBox())!;
    const start = await chartTransform(page);

    // One finger from near the top of the chart (blank paper), 60 px right and 80 px down.
    const top: Point = [box.x + box.width / 2, box.y + 30];
    await touchGesture(cdp, [top], [[top[0] + 60, top[1] + 80]]);
    await expect.poll(async () => (await chartTransform(page)).x).toBeCloseTo(start.x + 60, 0);
    const panned = await chartTransform(page);
    expect(panned.y).toBeCloseTo(start.y + 80, 0);
    expect(panned.k).toBe(start.k);
    expect(await chart(page).getByRole('button', { pressed: true }).count()).toBe(0); // a drag selects no one

    // Two fingers 80 px apart spread to 240 px: three times the scale, the midpoint fixed.
    const mid: Point = [box.x + box.width / 2, box.y + box.height / 2];
    await touchGesture(cdp, [[mid[0] - 40, mid[1]], [mid[0] + 40, mid[1]]], [[mid[0] - 120, mid[1]], [mid[0] + 120, mid[1]]]);
    await expect.poll(async () => (await chartTransform(page)).k / panned.k).toBeCloseTo(3, 2);
    const pinched = await chartTransform(page);
    // The drawing point under the midpoint stays under it: (m - t) / k is unchanged.
    const local = (t: typeof pinched, m: number, offset: number, pan: number) => (m - offset - pan) / t.k;
    expect(local(pinched, mid[0], box.x, pinched.x)).toBeCloseTo(local(panned, mid[0], box.x, panned.x), 1);
    expect(local(pinched, mid[1], box.y, pinched.y)).toBeCloseTo(local(panned, mid[1], box.y, panned.y), 1);
  });

  it('refits the drawing when the phone turns to landscape', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    const portrait = await chartTransform(page);
    await page.setViewportSize({ width: 844, height: 390 });
    await expect.poll(async () => (await chartTransform(page)).k).not.toBe(portrait.k);
    // Fitted: the drawing fills 95% of the chart's width or height, and lies inside it.
    const frame = (await chart(page).boundingBox())!;
    const drawing = (await chart(page).locator(':scope > g').boundingBox())!;
    expect(drawing.x).toBeGreaterThanOrEqual(frame.x);
    expect(drawing.y).toBeGreaterThanOrEqual(frame.y);
    expect(drawing.x + drawing.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
    expect(drawing.y + drawing.height).toBeLessThanOrEqual(frame.y + frame.height + 1);
    expect(Math.max(drawing.width / frame.width, drawing.height / frame.height)).toBeGreaterThan(0.85);
  });
});

describe('touch on a tablet (768×1024)', () => {
  const e2e = useBrowser({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });

  it('lays out without sideways scroll, selects by tap and swaps the couple’s sexes from the couple panel', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    expect(await layoutProblems(page)).toEqual([]);
    await person(page, 'III-2, Ben').locator('> g').first().tap();
    await page.getByRole('button', { name: /^III-2, Ben/, pressed: true }).waitFor();
    const couple = page.getByRole('region', { name: 'Children of the selected couple' });
    await couple.getByRole('button', { name: 'Swap the parents’ sexes' }).tap();
    await expect.poll(() => couple.getByRole('heading').textContent()).toMatch(/Eva \(father, \+\/\+\).*Ben \(mother, \+\/d\)/);
    expect(await person(page, /^III-\d+, Ben/).getAttribute('aria-label')).toMatch(/\bwoman\b/);
    expect(await layoutProblems(page)).toEqual([]);
  });
});
