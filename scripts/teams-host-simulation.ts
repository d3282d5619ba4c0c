import type { BrowserContext, Frame, Page, Route } from 'playwright-core';

/**
 * A Teams host simulated at the teams-js message boundary, for the browser tests and the README's
 * pictures of the meeting views: a page on the Teams web client's origin (teams-js talks only to
 * known hosts) frames the tab and answers its postMessages (initialize with a frame context,
 * getContext, the SSO token, meeting.shareAppContentToStage), recording every call. The tab and
 * its API are the real server, reached through a public-looking origin routed to it.
 */
export const TEAMS_ORIGIN = 'https://teams.microsoft.com';
export const APP_ORIGIN = 'https://samskab.example.test';

export interface HostCall {
  func: string;
  args: unknown[];
}

export interface SimulatedHost {
  frameContext: 'sidePanel' | 'meetingStage';
  /** The tab's hash route, e.g. "#/meeting". */
  hash: string;
  /** The token getAuthToken answers with (a dev token in development). */
  token: string;
  calls: HostCall[];
}

/** Routes the Teams origin to the host page and the app's origin to `serverUrl`; once per context. */
export async function simulateTeams(
  context: BrowserContext,
  serverUrl: string,
  host: SimulatedHost,
): Promise<void> {
  await context.exposeBinding('recordHostCall', (_source, call: HostCall) => void host.calls.push(call));
  await context.route(`${APP_ORIGIN}/**`, async (route: Route) => {
    const url = new URL(route.request().url());
    const response = await forward(route, `${serverUrl}${url.pathname}${url.search}`);
    await route.fulfill({ response });
  });
  await context.route(`${TEAMS_ORIGIN}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: hostPage(host.frameContext, `${APP_ORIGIN}/tab/${host.hash}`, host.token),
    }),
  );
}

/** Opens the tab in the simulated host as set now; returns the page and the tab's frame. */
export async function openInTeams(
  context: BrowserContext,
  host: SimulatedHost,
  set: Omit<SimulatedHost, 'calls'>,
): Promise<{ page: Page; frame: Frame }> {
  Object.assign(host, set);
  host.calls.length = 0;
  const page = await context.newPage();
  await page.goto(`${TEAMS_ORIGIN}/_#/meeting`);
  const handle = await page.waitForSelector('iframe#tab');
  return { page, frame: (await handle.contentFrame())! };
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

/**
 * Forwards a request to the app's server. A GET on a kept-alive connection that the server closed
 * at the same moment fails with ECONNRESET; a browser sends such an idempotent request again on a
 * new connection, and so does this.
 */
async function forward(route: Route, url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await route.fetch({ url });
    } catch (error) {
      const idempotent = ['GET', 'HEAD'].includes(route.request().method());
      if (!idempotent || attempt >= 3 || !String((error as Error).message).includes('ECONNRESET'))
        throw error;
    }
  }
}
