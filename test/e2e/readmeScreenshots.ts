// Takes the README's screenshots from the built app (run `npx vite build` first):
//   npx tsx test/e2e/readmeScreenshots.ts
// gnas-family.png (the first-start family with Ben selected, 1280×800), forty-people.png
// (a 40-person pedigree opened from a share link, 1280×800) and presentation.png (the
// presentation theme at 1920×1080). Not a test: it only writes public/screenshots/.
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { encodeShareHash } from '../../src/engine/sharing/shareUrl.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { chartPeople, clickPerson } from './editorPage.ts';
import { fortyPersonFamily } from './fortyPeople.ts';

const OUT = 'public/screenshots';

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run "npx vite build" first.');
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const base = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const shoot = async (viewport: { width: number; height: number }, url: string, file: string, act?: (page: Page) => Promise<void>) => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(url);
      await chartPeople(page).first().waitFor();
      if (act) await act(page);
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${OUT}/${file}` });
      await context.close();
      console.log(`${OUT}/${file}`);
    };
    await shoot({ width: 1280, height: 800 }, base, 'gnas-family.png', async (page) => {
      await clickPerson(page, 'III-2, Ben');
      await page.getByRole('button', { name: 'Fit', exact: true }).click();
    });
    const forty = fortyPersonFamily();
    const hash = await encodeShareHash({ document: forty, activeConditionId: forty.activeConditionId, view: { showGenotypes: true, selected: null, privacy: false } });
    await shoot({ width: 1280, height: 800 }, base + hash, 'forty-people.png');
    await shoot({ width: 1920, height: 1080 }, base, 'presentation.png', async (page) => {
      await page.getByRole('button', { name: 'Presentation', exact: true }).click();
      await page.getByRole('button', { name: 'Fit', exact: true }).click();
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
