// The chart area changes size without any zoom gesture: the window narrows and the header
// wraps, the toolbar grows when someone is selected. A fitted drawing is refitted; a view
// the user zoomed keeps its centre; selecting people does not make the chart breathe.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { chart, chartTransform, clickPerson, openEditor, person } from './editorPage.ts';

const e2e = useBrowser({ viewport: { width: 1280, height: 800 } });

/** How much of the chart the drawing fills (fitted: 0.95 of one side), and whether it lies inside. */
async function fit(page: Page): Promise<{ fills: number; inside: boolean }> {
  const frame = (await chart(page).boundingBox())!;
  const d = (await chart(page).locator(':scope > g').boundingBox())!;
  const inside = d.x >= frame.x - 1 && d.y >= frame.y - 1 && d.x + d.width <= frame.x + frame.width + 1 && d.y + d.height <= frame.y + frame.height + 1;
  return { fills: Math.max(d.width / frame.width, d.height / frame.height), inside };
}

describe('the chart when its area changes size', () => {
  it('refits the drawing when the window narrows until the header wraps, and again when it widens', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    const wide = await chartTransform(page);
    await page.setViewportSize({ width: 700, height: 800 });
    await expect.poll(async () => (await chartTransform(page)).k).not.toBe(wide.k);
    const narrow = await fit(page);
    expect(narrow.inside).toBe(true);
    expect(narrow.fills).toBeGreaterThan(0.85);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(async () => (await chartTransform(page)).k).toBeCloseTo(wide.k, 3);
  });

  it('keeps the point in the middle of a zoomed view in the middle when the window narrows', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    const box = (await chart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await chartTransform(page)).k).toBeGreaterThan(1);
    const centre = async () => {
      const t = await chartTransform(page);
      const b = (await chart(page).boundingBox())!;
      return { x: (b.width / 2 - t.x) / t.k, y: (b.height / 2 - t.y) / t.k, k: t.k };
    };
    const before = await centre();
    await page.setViewportSize({ width: 1100, height: 700 });
    await expect.poll(async () => (await chart(page).boundingBox())!.height).toBeLessThan(box.height);
    const after = await centre();
    expect(after.k).toBe(before.k);
    expect(after.x).toBeCloseTo(before.x, 0);
    expect(after.y).toBeCloseTo(before.y, 0);
  });

  it('does not rescale the chart each time the selection (and so the toolbar) changes', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    await clickPerson(page, 'III-2, Ben');
    await person(page, 'III-2, Ben').and(page.locator('[aria-pressed="true"]')).waitFor();
    const selected = await chartTransform(page);
    await page.keyboard.press('Escape');
    await page.getByRole('toolbar', { name: 'Add people' }).waitFor();
    expect(await chartTransform(page)).toEqual(selected);
    await clickPerson(page, /^III-\d+, Eva/);
    await page.getByRole('toolbar', { name: /^Edit III-\d+ Eva/ }).waitFor();
    expect(await chartTransform(page)).toEqual(selected);
  });
});
