/**
 * Skip reason: browser tests skip (loudly) only where Debian's Chromium is not installed at
 * /usr/bin/chromium, since nothing may download a browser; CI sets REQUIRE_BROWSER=1 so there a
 * missing Chromium fails instead of skipping.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** Debian's Chromium; browsers are never downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function browserAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * `describe` for browser tests: runs when /usr/bin/chromium exists; otherwise skips with a loud
 * warning — or fails when REQUIRE_BROWSER=1 (CI must not pass by skipping).
 */
export function describeWithBrowser(name: string, body: () => void): void {
  if (browserAvailable()) {
    describe(name, body);
    return;
  }
  if (process.env.REQUIRE_BROWSER === '1') {
    describe(name, () => {
      it('needs Chromium at /usr/bin/chromium (REQUIRE_BROWSER=1)', () => {
        throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM_PATH} is missing: apt-get install -y chromium`);
      });
    });
    return;
  }
  console.warn(
    `\n⚠⚠⚠ SKIPPED browser tests "${name}": ${CHROMIUM_PATH} is missing (apt-get install -y chromium; REQUIRE_BROWSER=1 makes this fail) ⚠⚠⚠\n`,
  );
  describe.skip(name, body);
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** One headless Chromium with a fresh user-data-dir; reuse the context's pages across tests. */
export async function launchBrowser(options: BrowserContextOptions = {}): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'samskab-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: 'da-DK',
    // No transitions: screenshots and contrast checks never catch an element mid-animation.
    reducedMotion: 'reduce',
    ...options,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
