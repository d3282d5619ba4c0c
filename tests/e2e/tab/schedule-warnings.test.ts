import type { Page } from 'playwright-core';
import type { Round } from '../../../core/model';
import { describeWithBrowser } from '../../support/browser';
import { startTabFixture, type TabFixture } from './tab-fixture';
import { seriousAxeViolations, signedInPage } from './tab-page-helpers';

jest.setTimeout(60_000);

/** The test server's clock starts at 2019-10-15 09:00 Copenhagen, inside the autumn holiday (week 42). */
describeWithBrowser('moving a round outside working hours in the schedule (Chromium)', () => {
  let f: TabFixture;
  let page: Page;
  let round: Round;

  const roundNow = async () =>
    (await f.api.rounds(f.organizer.aadObjectId, f.forum.id)).rounds.find((r) => r.id === round.id)!;

  const moveTo = async (date: string, time: string) => {
    const row = page.locator(`[data-round-id="${round.id}"]`);
    await row.getByRole('button', { name: /^Flyt udsendelse/ }).click();
    await row.getByLabel('Dato').fill(date);
    await row.getByLabel('Klokkeslæt', { exact: true }).fill(time);
    await row.getByRole('button', { name: 'Gem' }).click();
    return row;
  };

  beforeAll(async () => {
    f = await startTabFixture();
    const { rounds } = await f.api.rounds(f.organizer.aadObjectId, f.forum.id);
    round = rounds.find((r) => r.state === 'planned' && r.localDate > '2019-10-21')!;
    expect(round).toBeDefined();
    page = await signedInPage(f.browser.context, f.url, f.organizer.name, '#/admin');
    await page.getByTestId('admin-tab-schedule').click();
    await page.locator(`[data-round-id="${round.id}"]`).waitFor();
  }, 120_000);

  afterAll(async () => {
    await f?.stop();
  });

  const outside = [
    {
      why: 'a Sunday',
      date: '2019-11-03',
      time: '09:00',
      says: 'Den 3. november 2019 er ikke en arbejdsdag (weekend).',
    },
    {
      why: '20:00',
      date: '2019-10-28',
      time: '20:00',
      says: 'Kl. 20:00 ligger i det stille tidsrum (17:00–08:00).',
    },
    {
      why: 'week 42',
      date: '2019-10-17',
      time: '09:00',
      says: 'Den 17. oktober 2019 er ikke en arbejdsdag (Efterårsferie).',
    },
  ];
  for (const target of outside) {
    it(`shows why ${target.why} is outside working hours and changes nothing until confirmed`, async () => {
      const before = await roundNow();
      const row = await moveTo(target.date, target.time);
      const warning = row.getByTestId('outside-hours');
      await warning.waitFor();
      expect(await warning.textContent()).toContain(target.says);
      expect(await warning.getByRole('button', { name: 'Send alligevel' }).isVisible()).toBe(true);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await roundNow()).toEqual(before);
      await warning.getByRole('button', { name: 'Vælg et andet tidspunkt' }).click();
      await warning.waitFor({ state: 'detached' });
      expect(await roundNow()).toEqual(before);
      await row.getByRole('button', { name: 'Annullér' }).click();
    });
  }

  it('moves the round there when the organizer chooses "Send alligevel"', async () => {
    const row = await moveTo('2019-11-03', '09:00');
    await row.getByTestId('outside-hours').getByRole('button', { name: 'Send alligevel' }).click();
    await row.getByTestId('outside-hours').waitFor({ state: 'detached' });
    await row.getByRole('button', { name: /^Flyt udsendelse 3\. november 2019 kl\. 09:00/ }).waitFor();
    expect(await roundNow()).toEqual(
      expect.objectContaining({
        localDate: '2019-11-03',
        localTime: '09:00',
        dueAt: '2019-11-03T08:00:00.000Z',
      }),
    );
  });
});
