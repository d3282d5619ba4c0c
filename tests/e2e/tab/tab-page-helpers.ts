import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Download, Page } from 'playwright-core';
import JSZip from 'jszip';

export const SCREENSHOTS = join(__dirname, '../../../test-output/screenshots');

/** Opens the tab in a fresh page and signs in through the dev sign-in as `name`. */
export async function signedInPage(
  context: BrowserContext,
  baseUrl: string,
  name: string,
  hash = '#/',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/tab/${hash}`);
  await page
    .getByRole('button', { name: new RegExp(`^(Log ind som|Sign in as) ${escapeRegExp(name)}$`) })
    .click();
  await page.getByTestId('dev-banner').first().waitFor();
  await page.locator('header').first().waitFor();
  return page;
}

/**
 * axe-core: no serious or critical violation (WCAG 2.1 A/AA rules). `rules` narrows the run to
 * those rules (e.g. only `color-contrast` when the same page is checked again in another theme).
 */
export async function seriousAxeViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const result = await (
    rules ? builder.withRules(rules) : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  ).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterFocusBumper(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/**
 * Fluent UI's focus management (tabster) puts focusable, aria-hidden <i data-tabster-dummy> guards
 * around arrow-key groups; they hand focus on at once and are hidden from screen readers on purpose.
 * aria-hidden-focus on exactly those is a known false positive (microsoft/tabster#288, suppressed
 * the same way by Accessibility Insights); every other node of every rule still counts.
 */
function isTabsterFocusBumper(ruleId: string, html: string): boolean {
  return ruleId === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy[^>]*><\/i>$/.test(html.trim());
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
export async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: await readDownload(file) };
}

async function readDownload(file: Download): Promise<Buffer> {
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** All text of the XML parts of an Office file whose path matches `part`. */
export async function officeText(bytes: Buffer, part: RegExp): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => part.test(n))
    .sort();
  const xml = await Promise.all(names.map((n) => zip.file(n)!.async('string')));
  return xml.join('\n').replace(/<[^>]+>/g, ' ');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
