import {
  APP_ORIGIN as APP,
  openInTeams as open,
  simulateTeams,
  type SimulatedHost,
} from '../../../scripts/teams-host-simulation';
import { describeWithBrowser } from '../../support/browser';
import { screenshot, seriousAxeViolations, signedInPage } from './tab-page-helpers';
import { startTabFixture, type TabFixture } from './tab-fixture';

describeWithBrowser('the final meeting in a Teams meeting (host simulated at the teams-js boundary)', () => {
  let f: TabFixture;
  const openInTeams = async (host: SimulatedHost, set: Omit<SimulatedHost, 'calls'>) => {
    const opened = await open(f.browser.context, host, set);
    await opened.page.setViewportSize({ width: 1280, height: 720 });
    return { ...opened, calls: host.calls };
  };
  const host: SimulatedHost = { frameContext: 'sidePanel', hash: '#/meeting', token: '', calls: [] };
  beforeAll(async () => {
    f = await startTabFixture();
    await simulateTeams(f.browser.context, f.url, host);
  }, 180_000);
  afterAll(async () => {
    await f?.stop();
  });

  test('side panel: the organizer shares a department slide to the stage with the right URL', async () => {
    const token = await f.api.tokenFor(f.organizer.aadObjectId);
    const { page, frame, calls } = await openInTeams(host, {
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
      // The running order ends with the forum-wide closing slide, shared like any other.
      const last = items.last();
      expect(await last.textContent()).toContain('Det har vi lært på tværs');
      await last.getByRole('button').click();
      await frame.getByTestId('meeting-status').filter({ hasText: 'Det har vi lært på tværs' }).waitFor();
      expect(calls.filter((c) => c.func === 'meeting.shareAppContentToStage').at(-1)!.args[0]).toBe(
        `${APP}/tab/#/present/${await items.count()}`,
      );
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  test('side panel: a chef follows the running order read-only, told why; nothing is shared', async () => {
    const chef = f.chefs[0]!;
    const token = await f.api.tokenFor(chef.aadObjectId);
    const { page, frame, calls } = await openInTeams(host, {
      frameContext: 'sidePanel',
      hash: '#/meeting',
      token,
    });
    try {
      await frame.getByTestId('meeting-read-only').waitFor();
      expect(await frame.getByTestId('meeting-read-only').textContent()).toContain(
        'Kun forummets arrangører viser diasene på mødeskærmen',
      );
      // The example forum does not share summaries: the chef sees the order without the slides' contents.
      const items = frame.getByTestId('meeting-slide');
      expect(await items.count()).toBeGreaterThan(2);
      expect(await items.first().textContent()).toContain(f.forum.name.da);
      expect(await items.last().textContent()).toContain('Det har vi lært på tværs');
      expect(await frame.getByTestId('meeting-panel').getByRole('button').count()).toBe(0);
      expect(calls.filter((c) => c.func === 'meeting.shareAppContentToStage')).toEqual([]);
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  test('stage: the shared URL shows only the slide, large; axe finds nothing serious', async () => {
    const token = await f.api.tokenFor(f.organizer.aadObjectId);
    const { page, frame } = await openInTeams(host, {
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
