// The risk panel in the built app: on the GNAS family (opened on first start), select Ben,
// open the risk panel and read numbers computed by the real inference Web Worker; switch
// on carrier chances on the chart and compare the six modes, while the page keeps
// answering (no main-thread gap longer than a fraction of a second).
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { clickPerson, person } from './editorPage.ts';

const e2e = useBrowser();

describe('risk panel', () => {
  it('shows Ben’s and his next son’s chances from the worker, the chart overlay and the mode comparison, with the page responsive', async () => {
    const { page } = e2e;
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(e2e.baseUrl);
    // Largest gap between timer ticks on the main thread from now on (a frozen page has long gaps).
    await page.evaluate(() => {
      const w = window as unknown as { maxGap: number };
      w.maxGap = 0;
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.maxGap = Math.max(w.maxGap, now - last);
        last = now;
      }, 10);
    });
    await clickPerson(page, /^[IV]+-\d+, Ben,/);
    await page.getByRole('button', { name: 'Show risks' }).click();

    // Ben is tested +/d (variant on his mother's copy); Eva is +/+: a next son gets it with chance 1/2.
    const ben = page.getByRole('table', { name: /Ben \(recorded affected\)$/ });
    await ben.waitFor();
    expect(await ben.getByRole('row', { name: /^Carries the variant/ }).locator('td').textContent()).toBe('100%');
    expect(await ben.getByRole('row', { name: /^Variant on the copy from the mother/ }).locator('td').textContent()).toBe('100%');
    const son = page.getByRole('table', { name: /^A next son of .*Ben and .*Eva$/ });
    expect(await son.getByRole('row', { name: /^Carries the variant/ }).locator('td').textContent()).toBe('50%');
    // From Ben the variant would be the son's paternal copy.
    expect(await son.getByRole('row', { name: /^Variant on the copy from the father/ }).locator('td').textContent()).toBe('50%');
    expect(workers.some((url) => url.includes('inference.worker'))).toBe(true);

    await page.getByRole('checkbox', { name: 'Show carrier chances on the chart (rounded)' }).check();
    await person(page, /^[IV]+-\d+, Mia, .*, non-carrier$/).waitFor();
    await person(page, /^[IV]+-\d+, Lily, .*, carrier$/).waitFor();

    await page.getByRole('button', { name: 'Compare six modes' }).click();
    const modes = page.getByRole('table', { name: /^Six modes/ });
    await modes.waitFor();
    expect(await modes.getByRole('row').count()).toBe(7);

    const gap = await page.evaluate(() => (window as unknown as { maxGap: number }).maxGap);
    expect(gap).toBeLessThan(500);
  });
});
