import type { Page } from 'playwright-core';
import { describeWithBrowser, launchBrowser, type LaunchedBrowser } from '../../support/browser';
import { startTestApp, type TestApp } from '../../support/app-harness';
import { ensureTabBuilt } from './tab-build';
import { screenshot, seriousAxeViolations } from './tab-page-helpers';

/**
 * The manifest's privacy and terms links (#/privacy, #/terms) open real pages, in Danish first,
 * without signing in: the server runs with Entra sign-in only (no dev sign-in), and the browser
 * has no token and is not inside Teams.
 */
describeWithBrowser('public privacy and terms pages', () => {
  let app: TestApp;
  let browser: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    ensureTabBuilt();
    app = await startTestApp({
      env: {
        AAD_APP_CLIENT_ID: '2d9e8c66-7b5a-4e3c-9f4a-5c6d7e8f9a01',
        ALLOWED_TENANT_IDS: '3e0f9d77-8c6b-4f4d-8a5b-6d7e8f9a0b12',
        DEV_AUTH: 'false',
        PRIVACY_CONTROLLER_NAME: 'Aarhus Kommune',
        PRIVACY_CONTROLLER_CONTACT: 'dpo@aarhus.example',
        PRIVACY_DATA_LOCATION: 'Azure, Sweden Central',
      },
    });
    browser = await launchBrowser();
    page = await browser.context.newPage();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  test('#/privacy: Danish headings, the deployment facts, axe clean', async () => {
    await page.goto(`${app.url}/tab/#/privacy`);
    await page.getByRole('heading', { level: 1, name: 'Privatlivspolitik for Samskab' }).waitFor();
    for (const name of ['Dataansvarlig', 'Hvad gemmes', 'Hvor', 'Hvor længe', 'Dine rettigheder'])
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    await expectText(page, 'privacy-controller', /Aarhus Kommune[\s\S]*dpo@aarhus\.example/);
    await expectText(page, 'privacy-retention', /^180 dage efter forummets afsluttende møde/);
    expect(await page.textContent('main')).toContain('Azure, Sweden Central');
    expect(await page.textContent('body')).not.toContain('Siden findes ikke');
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'privacy-da');
  }, 60_000);

  test('#/privacy in English after switching language', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy notice for Samskab' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Your rights' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Dansk' }).click();
  }, 60_000);

  test('#/terms: Danish headings, axe clean', async () => {
    await page.goto(`${app.url}/tab/#/terms`);
    await page.getByRole('heading', { level: 1, name: 'Vilkår for brug af Samskab' }).waitFor();
    for (const name of ['Formål', 'Din brug', 'Kontakt'])
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    expect(await page.textContent('body')).not.toContain('Siden findes ikke');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'terms-da');
  }, 60_000);
});

async function expectText(page: Page, testId: string, pattern: RegExp): Promise<void> {
  const locator = page.getByTestId(testId);
  await locator.waitFor();
  await page.waitForFunction(
    ([id, source]) =>
      new RegExp(source).test(document.querySelector(`[data-testid="${id}"]`)?.textContent ?? ''),
    [testId, pattern.source] as const,
  );
}
