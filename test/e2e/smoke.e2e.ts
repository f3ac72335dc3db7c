import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

const e2e = useBrowser();

describe('the built app', () => {
  it('loads in Chromium and shows its name', async () => {
    await e2e.page.goto(e2e.baseUrl);
    await expect(e2e.page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Imprint Lab');
  });
});
