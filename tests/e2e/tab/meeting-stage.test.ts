import type { Frame, Page, Route } from 'playwright-core';
import { describeWithBrowser } from '../../support/browser';
import { screenshot, seriousAxeViolations, signedInPage } from './tab-page-helpers';
import { startTabFixture, type TabFixture } from './tab-fixture';

/** The Teams web client's origin (teams-js only talks to known hosts) and the app's public origin. */
const TEAMS = 'https://teams.microsoft.com';
const APP = 'https://samskab.example.test';

interface HostCall {
  func: string;
  args: unknown[];
}

/**
 * A Teams host simulated at the teams-js message boundary: a page on the Teams origin frames the
 * tab and answers its postMessages (initialize with a frame context, getContext, the SSO token,
 * meeting.shareAppContentToStage), recording every call. The tab and its API are the real server,
 * reached through the app's public origin.
 */
interface SimulatedHost {
  frameContext: 'sidePanel' | 'meetingStage';
  hash: string;
  token: string;
  calls: HostCall[];
}

/** Routes the Teams origin to the simulated host page and the app's origin to the real server. */
async function simulateTeams(f: TabFixture, host: SimulatedHost): Promise<void> {
  const context = f.browser.context;
  await context.exposeBinding('recordHostCall', (_source, call: HostCall) => void host.calls.push(call));
  await context.route(`${APP}/**`, async (route: Route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${f.url}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
  await context.route(`${TEAMS}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: hostPage(host.frameContext, `${APP}/tab/${host.hash}`, host.token),
    }),
  );
}

async function openInTeams(f: TabFixture, host: SimulatedHost, set: Omit<SimulatedHost, 'calls'>) {
  Object.assign(host, set);
  host.calls.length = 0;
  const page = await f.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${TEAMS}/_#/meeting`);
  const frame = await tabFrame(page);
  return { page, frame, calls: host.calls };
}

async function tabFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#tab');
  return (await handle.contentFrame())!;
}

function hostPage(frameContext: string, tabUrl: string, token: string): string {
  const runtime = JSON.stringify({
    apiVersion: 4,
    isLegacyTeams: false,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    supports: {
      appEntity: {},
      meeting: {},
      pages: { config: {}, appButton: {}, tabs: {}, backStack: {} },
      teamsCore: {},
    },
  });
  const context = {
    frameContext,
    locale: 'da-DK',
    theme: 'default',
    hostClientType: 'web',
    entityId: 'final-meeting',
    meetingId: 'meeting-1',
    chatId: '19:meeting_ZmluYWw@thread.v2',
    userObjectId: 'x',
    tid: 'tenant',
  };
  return `<!doctype html><html lang="da"><head><title>Teams (simuleret)</title></head><body style="margin:0">
<iframe id="tab" title="Samskab" src="${tabUrl}" style="border:0;width:100vw;height:100vh"></iframe>
<script>
const answers = {
  initialize: () => [${JSON.stringify(frameContext)}, 'web', ${JSON.stringify(runtime)}, '2.58.0'],
  getContext: () => [${JSON.stringify(context)}],
  'authentication.getAuthToken': () => [true, ${JSON.stringify(token)}],
  'meeting.shareAppContentToStage': () => [null, true],
};
window.addEventListener('message', (event) => {
  const m = event.data;
  if (!m || typeof m.func !== 'string') return;
  window.recordHostCall({ func: m.func, args: m.args ?? [] });
  const answer = answers[m.func];
  if (!answer) return;
  event.source.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args: answer() }, event.origin);
});
</script></body></html>`;
}

describeWithBrowser('the final meeting in a Teams meeting (host simulated at the teams-js boundary)', () => {
  let f: TabFixture;
  const host: SimulatedHost = { frameContext: 'sidePanel', hash: '#/meeting', token: '', calls: [] };
  beforeAll(async () => {
    f = await startTabFixture();
    await simulateTeams(f, host);
  }, 180_000);
  afterAll(async () => {
    await f?.stop();
  });

  test('side panel: the organizer shares a department slide to the stage with the right URL', async () => {
    const token = await f.api.tokenFor(f.organizer.aadObjectId);
    const { page, frame, calls } = await openInTeams(f, host, {
      frameContext: 'sidePanel',
      hash: '#/meeting',
      token,
    });
    try {
      await frame.getByTestId('meeting-panel').waitFor();
      expect(calls.map((c) => c.func)).toContain('initialize');
      expect(calls.map((c) => c.func)).toContain('authentication.getAuthToken');
      const items = frame.getByTestId('meeting-slide');
      expect(await items.count()).toBeGreaterThan(2);
      await items.nth(1).getByRole('button').click();
      await frame.getByTestId('meeting-status').filter({ hasText: 'Mødeskærmen viser nu' }).waitFor();
      const shares = calls.filter((c) => c.func === 'meeting.shareAppContentToStage');
      expect(shares).toHaveLength(1);
      expect(shares[0]!.args[0]).toBe(`${APP}/tab/#/present/2`);
      // Moving on: the next department.
      await items.nth(2).getByRole('button').click();
      await frame.getByTestId('meeting-status').filter({ hasText: 'Mødeskærmen viser nu' }).waitFor();
      expect(calls.filter((c) => c.func === 'meeting.shareAppContentToStage').map((c) => c.args[0])).toEqual([
        `${APP}/tab/#/present/2`,
        `${APP}/tab/#/present/3`,
      ]);
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  test('stage: the shared URL shows only the slide, large; axe finds nothing serious', async () => {
    const token = await f.api.tokenFor(f.organizer.aadObjectId);
    const { page, frame } = await openInTeams(f, host, {
      frameContext: 'meetingStage',
      hash: '#/present/2',
      token,
    });
    try {
      await frame.getByTestId('presentation').waitFor();
      await frame.locator('[data-testid="slide-announcement"]').filter({ hasText: 'Dias 2' }).waitFor();
      expect(await frame.getByTestId('slide-next').count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'meeting-stage');
    } finally {
      await page.close();
    }
  }, 120_000);

  test('outside a meeting the side panel points to the presentation, which keeps working', async () => {
    const page = await signedInPage(f.browser.context, f.url, f.organizer.name, '#/meeting');
    try {
      await page.getByTestId('meeting-outside').waitFor();
      expect(await page.getByTestId('meeting-slide').getByRole('button').count()).toBe(0);
      await page.getByTestId('meeting-outside').getByRole('link').click();
      await page.getByTestId('slide-next').waitFor();
    } finally {
      await page.close();
    }
  }, 120_000);
});
