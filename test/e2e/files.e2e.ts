// Files and figures in the built app: a broken file is refused with every problem and
// the chart unchanged; SVG and PNG downloads are real figures; the GNAS switch follows
// the transmitting parent's sex.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { chartLabels, clickPerson, fileMenu, openEditor } from './editorPage.ts';

const e2e = useBrowser();

async function download(action: () => Promise<void>) {
  const [file] = await Promise.all([e2e.page.waitForEvent('download'), action()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

describe('files and figures', () => {
  it('refuses a broken file with every problem listed and leaves the chart as it was', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    const before = await chartLabels(page);
    await page.getByLabel('Open a pedigree file').setInputFiles({
      name: 'broken.ped',
      mimeType: 'text/plain',
      buffer: Buffer.from('f1 a 0 0 1 1\nf1 a 0 0 2 1\nf1 b a a 2 1\n'),
    });
    const dialog = page.getByRole('alertdialog', { name: 'Could not open broken.ped' });
    await dialog.waitFor();
    expect(await dialog.getByRole('listitem').count()).toBe(3);
    expect(await dialog.textContent()).toContain('Your current pedigree is unchanged.');
    await page.keyboard.press('Escape');
    expect(await chartLabels(page)).toEqual(before);
  });

  it('reads a 100,000-line file in the background and still lists its problem by line', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    const before = await chartLabels(page);
    const lines = Array.from({ length: 100_000 }, (_, i) => `F1 p${i} 0 0 ${1 + (i % 2)} 1`);
    lines.push('F1 p7 0 0 1 1'); // a second person p7: the file must be refused
    await page.getByLabel('Open a pedigree file').setInputFiles({ name: 'big.ped', mimeType: 'text/plain', buffer: Buffer.from(lines.join('\n')) });
    await page.getByText('Reading big.ped…').waitFor();
    const dialog = page.getByRole('alertdialog', { name: 'Could not open big.ped' });
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.textContent()).toContain('line 100001');
    await page.keyboard.press('Escape');
    expect(await chartLabels(page)).toEqual(before);
  });

  it('downloads an SVG with every person and the key, and a PNG with the PNG signature and size', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    const svg = await download(async () => {
      await fileMenu(page, 'Export SVG…');
      await page.getByRole('button', { name: 'Download SVG' }).click();
    });
    const text = svg.bytes.toString('utf8');
    expect(svg.name).toMatch(/\.svg$/);
    expect(text).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text.match(/data-person="/g)).toHaveLength(14);
    expect(text).toContain('Lily');
    expect(text).toContain('Affected: PHP1a');

    const png = await download(async () => {
      await fileMenu(page, 'Export PNG…');
      await page.getByRole('checkbox', { name: /Privacy/ }).check();
      await page.getByRole('button', { name: 'Download PNG' }).click();
    });
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height, big-endian, at bytes 16–23; pixel ratio 2 makes a sharp figure.
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(800);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(500);
  });

  it('switches the expected GNAS phenotype of Ben’s children when the transmitting parent’s sex switches', async () => {
    const { page } = e2e;
    await openEditor(page, e2e.baseUrl);
    await clickPerson(page, 'III-2, Ben');
    const couple = page.getByRole('region', { name: 'Children of the selected couple' });
    const cell = (genotype: string) => couple.getByRole('cell', { name: new RegExp(`^${genotype.replace('+', '\\+')}\\s?\\d`) }).textContent();
    expect(await couple.textContent()).toMatch(/Ben \(father, \+\/d\).*Eva \(mother, \+\/\+\)/);
    // Ben passes his variant as a paternal copy: half the children d/+ (PPHP/POH), none +/d.
    expect(await cell('d/+')).toMatch(/^d\/\+50%.*PPHP/);
    expect(await cell('+/d')).toMatch(/^\+\/d0%/);
    // Two women (or two men) cannot both be parents of the same children, and the editor
    // refuses that half-way state with a message; so Eva's gender is made unknown first.
    await page.getByRole('combobox', { name: 'Gender (symbol)' }).selectOption('woman');
    expect(await page.getByRole('alert').filter({ hasText: /./ }).textContent()).toMatch(/Ben/);
    await clickPerson(page, /^III-\d+, Eva/);
    await page.getByRole('combobox', { name: 'Gender (symbol)' }).selectOption('unknown');
    await clickPerson(page, /^III-\d+, Ben/);
    await page.getByRole('combobox', { name: 'Gender (symbol)' }).selectOption('woman');
    expect(await couple.textContent()).toMatch(/Eva \(father, \+\/\+\).*Ben \(mother, \+\/d\)/);
    // Now she passes it as a maternal copy: +/d (PHP1a) in 59% — the GNAS preset's
    // maternal transmission ratio (Snanoudj et al. 2020) — and d/+ in none.
    expect(await cell('+/d')).toMatch(/^\+\/d59%.*PHP1a/);
    expect(await cell('d/+')).toMatch(/^d\/\+0%/);
    const meaning = page.getByRole('region', { name: 'What this means for GNAS' });
    expect(await meaning.textContent()).toMatch(/becomes the child’s maternal copy/);
  });
});
