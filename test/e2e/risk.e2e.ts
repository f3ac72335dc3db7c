// The risk panel in the built app: on the GNAS family (opened on first start), select Ben,
// open the risk panel and read numbers computed by the real inference Web Worker; switch
// on carrier chances on the chart and compare the six modes, while the page keeps
// answering (no main-thread gap longer than a fraction of a second).
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { watchMainThread } from './mainThread.ts';
import { clickPerson, person } from './editorPage.ts';
import { inbredIsolatePed } from './inbredPed.ts';

const e2e = useBrowser();

describe('risk panel', () => {
  it('shows Ben’s and his next son’s chances from the worker, the chart overlay and the mode comparison, with the page responsive', async () => {
    const { page } = e2e;
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(e2e.baseUrl);
    // Largest gap between timer ticks on the main thread from now on (a frozen page has long gaps).
    const watched = await watchMainThread(page);
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

    const gap = (await watched()).maxGap;
    expect(gap).toBeLessThan(500);
  });

  it('offers a sampling estimate with error bars for a pedigree too inbred for exact inference, and the page stays responsive while it runs', async () => {
    const { page } = e2e;
    await page.goto(e2e.baseUrl);
    // 160 people, 10 couples a generation marrying across families for 8 generations; one affected.
    await page.getByLabel('Open a pedigree file').setInputFiles({ name: 'isolate.ped', mimeType: 'text/plain', buffer: Buffer.from(inbredIsolatePed(10, 8)) });
    // The one affected person (the file has no names): his parents' next child is the question.
    await person(page, /^VIII-\d+, man, affected/).focus();
    const watched = await watchMainThread(page);
    await page.getByRole('button', { name: 'Show risks' }).click();
    await page.getByText(/too inbred for exact inference here/).waitFor();
    await page.getByRole('button', { name: /^Estimate by sampling/ }).click();
    const sister = page.getByRole('table', { name: /^A next daughter of / });
    await sister.waitFor();
    // A sister of the affected man: about one half, given as an estimate ± its standard error.
    const text = (await sister.getByRole('row', { name: /^Carries the variant/ }).locator('td').textContent())!;
    const [, value, se] = /^([\d.]+)% ± ([\d.]+)%$/.exec(text)!;
    expect(Number(se)).toBeGreaterThan(0);
    expect(Math.abs(Number(value) - 50)).toBeLessThan(15);
    expect(await page.getByText(/^Estimate from 20,000 weighted samples/).count()).toBe(1);
    const gap = (await watched()).maxGap;
    expect(gap).toBeLessThan(500);
  });
});
