import type { Page } from 'playwright-core';
import type { Department, Member } from '../../../core/model';
import { cast } from '../../bot/api/support/api-client';
import { startTestApp, type TestApp } from '../../support/app-harness';
import { describeWithBrowser, launchBrowser, type LaunchedBrowser } from '../../support/browser';
import { ensureTabBuilt } from './tab-build';
import { screenshot, seriousAxeViolations, signedInPage } from './tab-page-helpers';

/**
 * A chef records the department's facilitator meeting in the department page: the date and times
 * are entered in the forum's time zone (the browser here runs in New York, so the page also shows
 * the start on the person's own clock); a date outside the forum's period is refused at the field
 * in Danish and nothing is stored; a valid one is stored, shown and audited; axe finds nothing serious.
 */
describeWithBrowser('the facilitator meeting in the department page', () => {
  let app: TestApp;
  let browser: LaunchedBrowser;
  let dept: Department;
  let chef: Member;
  let page: Page;
  let organizerPage: Page;
  let organizer: Member;
  let forumId: string;

  beforeAll(async () => {
    ensureTabBuilt();
    app = await startTestApp();
    forumId = (await app.deps.store.listForums())[0]!.id;
    const people = await cast(app.deps, forumId);
    dept = people.departments[0]!;
    chef = people.chefsOf(dept.id).find((m) => m.locale === 'da')!;
    organizer = people.organizer;
    browser = await launchBrowser({ timezoneId: 'America/New_York' });
    page = await signedInPage(browser.context, app.url, chef.name, `#/department/${dept.id}`);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  test('no date yet: the section says so and offers the form; axe is clean', async () => {
    const section = page.getByTestId('facilitator-meeting');
    await section.waitFor();
    expect(await page.getByTestId('meeting-agreed').textContent()).toContain(
      'Der er ikke aftalt en dato endnu',
    );
    expect(await page.getByTestId('meeting-zone').textContent()).toContain('Europe/Copenhagen');
    await section.scrollIntoViewIfNeeded();
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 60_000);

  test('a date after the final meeting: the Danish message at the date, nothing stored', async () => {
    await page.getByTestId('meeting-date').fill('2019-12-02');
    await page.getByTestId('meeting-save').click();
    await page.getByText('Mødet skal ligge fra 30. august 2019 til 21. november 2019').waitFor();
    await page.getByRole('alert').filter({ hasText: 'Mødet er ikke gemt' }).waitFor();
    expect(await page.getByTestId('meeting-date').getAttribute('aria-invalid')).toBe('true');
    expect((await app.deps.store.getDepartment(dept.id))!.facilitatorMeetingDate).toBeNull();
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 60_000);

  test('a valid date and times in Copenhagen time: the own clock shown, stored, shown, audited', async () => {
    await page.getByTestId('meeting-date').fill('2019-10-22');
    await page.getByTestId('meeting-start').fill('09:30');
    await page.getByTestId('meeting-end').fill('11:00');
    // 09:30 in Copenhagen (summer time) is 03:30 in New York.
    await page
      .getByTestId('meeting-zone')
      .filter({ hasText: /På dit eget ur: .*03[.:]30.*America\/New_York/ })
      .waitFor();
    await page.getByTestId('meeting-save').click();
    await page
      .getByTestId('meeting-status')
      .filter({ hasText: 'påmindelserne om at booke det er stoppet' })
      .waitFor();
    expect(await page.getByTestId('meeting-agreed').textContent()).toBe(
      'Aftalt: 22. oktober 2019 09:30–11:00',
    );
    expect(await app.deps.meetings.getMeeting(dept.id)).toMatchObject({
      date: '2019-10-22',
      startTime: '09:30',
      endTime: '11:00',
      recordedBy: chef.id,
    });
    const audit = (await app.deps.store.listAudit(forumId)).find((e) => e.action === 'meeting.record');
    expect(audit).toMatchObject({ actorMemberId: chef.id, details: expect.objectContaining({ via: 'tab' }) });
    await screenshot(page, 'facilitator-meeting-recorded');
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 60_000);

  test('the organizer sees the meeting with its times on the schedule timeline', async () => {
    organizerPage = await signedInPage(browser.context, app.url, organizer.name, '#/admin');
    await organizerPage.getByTestId('admin-tab-schedule').click();
    await organizerPage
      .getByTestId('facilitator-meetings')
      .getByText(/: 22\. oktober 2019 09:30–11:00$/)
      .waitFor();
    expect(await seriousAxeViolations(organizerPage)).toEqual([]);
  }, 60_000);

  test('the organizer edits the meeting settings: a bad length is refused at its field, a good one saved', async () => {
    await organizerPage.getByTestId('admin-tab-settings').click();
    const fieldset = organizerPage.getByTestId('meeting-settings');
    await fieldset.waitFor();
    // The defaults of core/meetings stand where the forum has none yet.
    expect(await organizerPage.getByTestId('meeting-settings-meetingMinutes').inputValue()).toBe('60');
    await organizerPage.getByTestId('meeting-settings-meetingMinutes').fill('5');
    await organizerPage.getByTestId('settings-save').click();
    await fieldset.getByText('Skal være mindst 15.').waitFor();
    expect((await app.deps.store.getForum(forumId))!.settings.meetings?.meetingMinutes).toBeUndefined();
    expect(await seriousAxeViolations(organizerPage)).toEqual([]);
    await organizerPage.getByTestId('meeting-settings-meetingMinutes').fill('90');
    await organizerPage.getByTestId('meeting-settings-meetingStartTime').fill('13:15');
    await organizerPage.getByTestId('settings-save').click();
    await organizerPage.getByRole('status').filter({ hasText: 'Gemt' }).first().waitFor();
    expect((await app.deps.store.getForum(forumId))!.settings.meetings).toMatchObject({
      meetingMinutes: 90,
      meetingStartTime: '13:15',
    });
  }, 60_000);

  test("the deliveries page shows the meetings' messages with their status; axe is clean", async () => {
    const base = {
      forumId,
      departmentId: dept.id,
      kind: 'booking' as const,
      occasion: '2019-09-06',
      recipientKind: 'member' as const,
      dueAt: '2019-09-06T07:00:00.000Z',
      attempts: 1,
      nextAttemptAt: '2019-09-06T07:00:00.000Z',
      leaseOwner: null,
      leaseUntil: null,
      sentActivityId: null,
      updatedAt: '2019-09-06T07:00:01.000Z',
    };
    await app.deps.meetings.addMessages([
      { ...base, id: 'nudge-sent', recipientId: chef.id, state: 'sent', lastError: null },
      { ...base, id: 'nudge-failed', recipientId: organizer.id, state: 'failed', lastError: 'HTTP 500' },
      // The forum's card in the final meeting's chat, throttled and waiting for its retry.
      {
        ...base,
        id: 'final-meeting-chat',
        departmentId: null,
        kind: 'finalMeetingChat',
        occasion: '2019-11-21',
        recipientKind: 'conversation',
        recipientId: '19:meeting_final@thread.v2',
        dueAt: '2019-11-21T07:00:00.000Z',
        state: 'pending',
        lastError: 'HTTP 429',
      },
    ]);
    await organizerPage.getByTestId('admin-tab-deliveries').click();
    const group = organizerPage.getByTestId('meeting-delivery-group').first();
    await group.waitFor();
    expect(await group.textContent()).toContain('Påmindelse om at booke mødet');
    expect(await group.textContent()).toContain('1 sendt · 1 fejlet');
    expect(await group.getByTestId('meeting-delivery-state').allTextContents()).toEqual(
      expect.arrayContaining(['✓ Sendt', '✗ Fejlet']),
    );
    const chatCard = organizerPage
      .getByTestId('meeting-delivery-group')
      .filter({ hasText: 'Rækkefølgen i chatten til det afsluttende møde' });
    expect(await chatCard.getByRole('heading').textContent()).toBe(
      '21. november 2019 · Rækkefølgen i chatten til det afsluttende møde · Hele forummet',
    );
    expect(await chatCard.textContent()).toContain('0 sendt · 0 fejlet · 0 kan ikke nås · 1 venter');
    expect(await chatCard.getByRole('row').nth(1).textContent()).toContain('Mødechatten');
    expect(await chatCard.getByTestId('meeting-delivery-state').allTextContents()).toEqual(['Venter']);
    await screenshot(organizerPage, 'deliveries-meeting-messages');
    expect(await seriousAxeViolations(organizerPage)).toEqual([]);
  }, 60_000);
});
