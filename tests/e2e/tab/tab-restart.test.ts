import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeWithBrowser, launchBrowser, type LaunchedBrowser } from '../../support/browser';
import { AppClient } from './app-client';
import { startServer } from './tab-fixture';
import { ensureTabBuilt } from './tab-build';
import { signedInPage } from './tab-page-helpers';

jest.setTimeout(120_000);

/**
 * An open tab and a server restart (dev mode): the tab's token is still accepted afterwards and
 * changes made after the restart appear live; when the server no longer knows the token (a new
 * database), the tab gets a new dev token for the same person instead of showing stale data.
 */
describeWithBrowser('the tab across server restarts (dev mode)', () => {
  let dir: string;
  let browser: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof startServer>>;
  let page: Page;
  let port: string;
  let chef: { aadObjectId: string; name: string };
  let departmentId: string;

  beforeAll(async () => {
    ensureTabBuilt();
    dir = mkdtempSync(join(tmpdir(), 'samskab-restart-'));
    [server, browser] = await Promise.all([
      startServer({ TAB_TEST_SQLITE_PATH: join(dir, 'first.sqlite') }),
      launchBrowser(),
    ]);
    port = new URL(server.url).port;
    const client = new AppClient(server.url);
    const { users } = await client.devUsers();
    chef = users.find((u) => u.memberships.some((m) => m.role === 'chef'))!;
    const me = await fetch(`${server.url}/api/me`, {
      headers: { Authorization: `Bearer ${await client.tokenFor(chef.aadObjectId)}` },
    });
    departmentId = ((await me.json()) as { memberships: Array<{ departmentIds: string[] }> }).memberships[0]!
      .departmentIds[0]!;
    page = await signedInPage(browser.context, server.url, chef.name, `#/department/${departmentId}`);
    await page.getByTestId('takeaways-text').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Replaces the server by a new process on the same port. */
  const restart = async (sqliteFile: string) => {
    await server.stop();
    server = await startServer({ TAB_TEST_SQLITE_PATH: join(dir, sqliteFile), TAB_TEST_PORT: port });
  };
  const saveTakeaways = async (text: string, department = departmentId) => {
    const token = await new AppClient(server.url).tokenFor(chef.aadObjectId);
    const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const summary = await fetch(`${server.url}/api/departments/${department}/summary`, { headers: auth });
    const { takeaways } = (await summary.json()) as { takeaways: { version: number } };
    const res = await fetch(`${server.url}/api/departments/${department}/takeaways`, {
      method: 'PUT',
      headers: auth,
      body: JSON.stringify({ text, expectedVersion: takeaways.version }),
    });
    expect(res.status).toBe(200);
  };
  const takeawaysShow = (text: string) =>
    page.waitForFunction(
      (expected) =>
        (
          document.querySelector('[data-testid="takeaways-text"]') as HTMLTextAreaElement | null
        )?.value.includes(expected),
      text,
      { timeout: 30_000 },
    );
  const storedToken = () => page.evaluate(() => sessionStorage.getItem('samskab.devToken'));

  it('keeps working after a restart on the same database: the token holds, changes arrive live', async () => {
    const before = await storedToken();
    await restart('first.sqlite');
    await saveTakeaways('Efter genstart: stadig live');
    await takeawaysShow('Efter genstart: stadig live');
    expect(await storedToken()).toBe(before);
  });

  it('a token the server refuses (new database) is renewed for the same person, and the page reloads', async () => {
    const before = await storedToken();
    await restart('second.sqlite');
    await page.waitForFunction((old) => sessionStorage.getItem('samskab.devToken') !== old, before, {
      timeout: 30_000,
    });
    const renewed = (await storedToken())!;
    const me = await fetch(`${server.url}/api/me`, { headers: { Authorization: `Bearer ${renewed}` } });
    expect(me.status).toBe(200);
    expect((await me.json()).aadObjectId).toBe(chef.aadObjectId);
    // The old database's takeaways are no longer shown as if they were current.
    await page.waitForFunction(
      () =>
        !document.body.innerText.includes('Efter genstart: stadig live') &&
        !(
          document.querySelector('[data-testid="takeaways-text"]') as HTMLTextAreaElement | null
        )?.value.includes('Efter genstart'),
      undefined,
      { timeout: 30_000 },
    );
    expect(await page.getByRole('button', { name: /^(Log ind som|Sign in as) / }).count()).toBe(0);
  });
});
