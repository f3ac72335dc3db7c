// Helpers for driving the editor in Chromium the way a user does: by role and name.
import type { Locator, Page } from 'playwright-core';

/** A person on the chart by the start of their accessible name ("II-1,"), or a pattern. */
export function person(page: Page, labelStart: string | RegExp): Locator {
  const name = typeof labelStart === 'string' ? new RegExp(`^${labelStart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : labelStart;
  return page.getByRole('button', { name });
}

/** Click the symbol itself (a person's box also holds text below it). */
export async function clickPerson(page: Page, labelStart: string | RegExp): Promise<void> {
  await person(page, labelStart).locator('> g').first().click();
}

export function chartPeople(page: Page): Locator {
  return page.locator('[data-person] [role="button"]');
}

export async function fileMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('button', { name: item, exact: true }).click();
}

/** File › New › Blank, confirming the replacement of the current pedigree. */
export async function newBlank(page: Page): Promise<void> {
  await fileMenu(page, 'New…');
  await page.getByRole('radio', { name: /Blank/ }).check();
  await page.getByRole('button', { name: /Replace current pedigree|Create/ }).click();
}

export async function chartLabels(page: Page): Promise<string[]> {
  const names = await chartPeople(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return names.map((n) => n.split(',')[0]!).sort();
}

/** Load the app and wait until the chart has drawn its first person (the family on start). */
export async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await chartPeople(page).first().waitFor();
}

/** The chart's SVG group (named "Pedigree chart …"). */
export function chart(page: Page): Locator {
  return page.getByRole('group', { name: /^Pedigree chart/ });
}

/** The chart's current zoom transform: translate (x, y) and scale k. */
export async function chartTransform(page: Page): Promise<{ x: number; y: number; k: number }> {
  const attr = (await chart(page).locator(':scope > g').getAttribute('transform')) ?? '';
  const [, x, y, k] = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(attr)!.map(Number);
  return { x: x!, y: y!, k: k! };
}
