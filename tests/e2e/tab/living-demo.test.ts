import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ForumOverviewResponse } from '../../../core/api/types';
import { describeWithBrowser, launchBrowser, type LaunchedBrowser } from '../../support/browser';
import { startServerProcess, waitFor, type ServerProcess } from '../../bot/scheduler/server-process';
import { AppClient } from './app-client';
import { ensureTabBuilt } from './tab-build';
import { seriousAxeViolations, signedInPage } from './tab-page-helpers';

jest.setTimeout(120_000);

/**
 * `npm run serve` with the demo clock and no Teams client: every example person is simulated, the
 * chefs answer on their own, and the organizer sees it fill up in the tab.
 */
describeWithBrowser('the living demo at high speed (server process, Chromium)', () => {
  let server: ServerProcess;
  let browser: LaunchedBrowser;
  let dir: string;
  let url: string;
  let api: AppClient;
  let organizer: { aadObjectId: string; name: string; forumId: string };

  beforeAll(async () => {
    ensureTabBuilt();
    dir = mkdtempSync(join(tmpdir(), 'samskab-demo-'));
    server = await startServerProcess({
      NODE_ENV: 'development',
      SEED_EXAMPLE: 'true',
      DEMO_SPEED: '20000',
      DEMO_LIVE_PEOPLE: 'none',
      SQLITE_PATH: join(dir, 'demo.sqlite'),
      LOG_LEVEL: 'info',
    });
    url = String(server.logs.find((l) => l.msg === 'listening')!.url);
    api = new AppClient(url);
    browser = await launchBrowser();
    const { users } = await api.devUsers();
    const user = users.find((u) => u.memberships.some((m) => m.role === 'organizer'))!;
    organizer = { aadObjectId: user.aadObjectId, name: user.name, forumId: user.memberships[0]!.forumId };
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('chefs of several departments answer on their own, and nothing fails to send', async () => {
    const token = await api.tokenFor(organizer.aadObjectId);
    const overview = async () => {
      const res = await fetch(`${url}/api/forums/${organizer.forumId}/overview`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return ((await res.json()) as ForumOverviewResponse).overview;
    };
    await waitFor(
      async () => {
        const o = await overview();
        const answering = o.departments.filter((d) => d.participation.respondents > 0);
        return answering.length >= 2 && o.participation.respondents >= 3;
      },
      60_000,
      'answers from three chefs in two departments',
      500,
    );

    const page = await signedInPage(browser.context, url, organizer.name, '#/overview');
    const cards = page.getByTestId('overview-department');
    await cards.first().waitFor();
    const texts = await cards.allTextContents();
    expect(texts.filter((t) => /[1-9] af 3 har svaret/.test(t)).length).toBeGreaterThanOrEqual(2);

    await page.goto(`${url}/tab/#/admin`);
    await page.getByTestId('admin-tab-deliveries').click();
    const states = page.getByTestId('delivery-state');
    await states.first().waitFor();
    const shown = await states.allTextContents();
    expect(shown.filter((s) => s.includes('simuleret demo-person')).length).toBeGreaterThan(0);
    expect(shown.filter((s) => /Fejlet|Kan ikke nås/.test(s))).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
