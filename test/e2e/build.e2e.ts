// Building and editing a family in the built app: mouse, keyboard only, statuses and
// legend, undo/redo, and autosave across a reload.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { chartLabels, chartPeople, clickPerson, newBlank, openEditor, person } from './editorPage.ts';

const e2e = useBrowser();
const THREE_GENERATIONS = ['I-1', 'I-2', 'II-1', 'II-2', 'II-3', 'III-1'];

describe('building a family in the browser', () => {
  it('builds three generations from blank with the mouse', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    await newBlank(page);
    await page.getByRole('button', { name: 'Add a man' }).click();
    for (const action of ['Add partner', 'Add son', 'Add daughter']) await page.getByRole('button', { name: action, exact: true }).click();
    await clickPerson(page, 'II-1,');
    await page.getByRole('button', { name: 'Add partner', exact: true }).click();
    await page.getByRole('button', { name: 'Add daughter', exact: true }).click();
    expect(await chartLabels(page)).toEqual(THREE_GENERATIONS);
    expect(await person(page, 'III-1,').getAttribute('aria-label')).toMatch(/^III-1, woman/);
  });

  it('builds the same three generations with the keyboard only', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    // Wait for each step to appear before the next key: under CI load the page may still be
    // rendering when a key arrives, and a lost key is not what this test is about.
    await page.getByRole('button', { name: 'File', exact: true }).waitFor();
    await expect.poll(() => chartPeople(page).count()).toBeGreaterThan(0);
    // File › New › Blank by keyboard: the File button is the first control.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'New…', exact: true }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    for (let i = 0; i < 12; i++) {
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (focused === 'Replace current pedigree') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => chartPeople(page).count()).toBe(0);
    // S: a man; P: his partner; S, D: their son and daughter; ↓: the son; P, D: his family.
    for (const key of ['s', 'p', 's', 'd', 'ArrowDown', 'p', 'd']) await page.keyboard.press(key);
    await expect.poll(() => chartLabels(page)).toEqual(THREE_GENERATIONS);
    await page.keyboard.press('ArrowDown');
    expect(await person(page, 'III-1,').getAttribute('aria-pressed')).toBe('true');
  });

  it('fills the symbol and adds a key entry when a person is marked affected, and removes both again', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    await newBlank(page);
    await page.getByRole('button', { name: 'Add a woman' }).click();
    const legend = page.locator('[data-legend]');
    expect(await legend.allTextContents()).not.toContain(expect.stringMatching(/Affected/));
    await page.getByRole('combobox', { name: 'Status' }).selectOption('affected');
    await page.getByRole('textbox', { name: 'Phenotype' }).fill('PHP1a');
    await page.getByRole('textbox', { name: 'Phenotype' }).press('Enter');
    expect(await person(page, 'I-1,').getAttribute('aria-label')).toMatch(/affected/);
    expect((await legend.allTextContents()).join('|')).toMatch(/Affected: PHP1a/);
    const fill = await person(page, 'I-1,').locator('> g path').first().getAttribute('fill');
    expect(fill).not.toBe('#FFFFFF');
    await page.getByRole('combobox', { name: 'Status' }).selectOption('unaffected');
    expect((await legend.allTextContents()).join('|')).not.toMatch(/Affected: PHP1a/);
  });

  it('undoes and redoes with the buttons and with Ctrl+Z / Ctrl+Shift+Z', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    const start = await chartPeople(page).count();
    await clickPerson(page, 'IV-1,');
    await page.getByRole('button', { name: 'Add sibling', exact: true }).click();
    expect(await chartPeople(page).count()).toBe(start + 1);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await chartPeople(page).count()).toBe(start);
    await page.getByRole('button', { name: 'Redo' }).click();
    expect(await chartPeople(page).count()).toBe(start + 1);
    await page.keyboard.press('Control+z');
    expect(await chartPeople(page).count()).toBe(start);
    await page.keyboard.press('Control+Shift+z');
    expect(await chartPeople(page).count()).toBe(start + 1);
  });

  it('restores the work after a reload (autosave)', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    await newBlank(page);
    await page.getByRole('button', { name: 'Add a woman' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Ada');
    await page.getByRole('textbox', { name: 'Name' }).press('Enter');
    await page.getByRole('button', { name: 'Add son', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await page.reload();
    await chartPeople(page).first().waitFor();
    expect(await chartLabels(page)).toEqual(['I-1', 'II-1']);
    expect(await person(page, 'I-1,').getAttribute('aria-label')).toMatch(/^I-1, Ada, woman/);
    // Not a first start any more: no GNAS hint.
    expect(await page.getByRole('note').count()).toBe(0);
  });
});
