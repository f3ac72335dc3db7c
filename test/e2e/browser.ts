// One Chromium per test file, a fresh context per test.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

export interface E2E {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  baseUrl: string;
}

export interface BrowserOptions {
  viewport?: { width: number; height: number };
  /** A touch screen: taps and touch events (page.touchscreen); default false. */
  hasTouch?: boolean;
  /** A phone or tablet browser: meta viewport honoured, (pointer: coarse); default false. */
  isMobile?: boolean;
}

/** Call at the top of a test file; the returned object is filled before each test. */
export function useBrowser(options: BrowserOptions = {}): E2E {
  const e2e = { baseUrl: inject('baseUrl') } as E2E;
  beforeAll(async () => {
    e2e.browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  });
  afterAll(async () => {
    await e2e.browser?.close();
  });
  beforeEach(async () => {
    e2e.context = await e2e.browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      acceptDownloads: true,
      hasTouch: options.hasTouch ?? false,
      isMobile: options.isMobile ?? false,
    });
    e2e.page = await e2e.context.newPage();
    e2e.page.on('pageerror', (err) => {
      throw err;
    });
  });
  afterEach(async () => {
    await e2e.context?.close();
  });
  return e2e;
}
