import type { Member } from '../../../core/model';
import { describeWithBrowser } from '../../support/browser';
import { messageToBot } from './answer-through-bot';
import { startTabFixture, type TabFixture } from './tab-fixture';
import { signedInPage } from './tab-page-helpers';

jest.setTimeout(60_000);

/**
 * A facilitator's notes after a meeting, written in the card in Teams, are their data: "Mine svar"
 * counts the meeting, the erase dialog says what happens to the notes, and the result says it was done.
 */
describeWithBrowser('"Mine svar": a facilitator’s meeting notes in their data and in the erasure', () => {
  let f: TabFixture;
  let facilitator: Member;

  beforeAll(async () => {
    f = await startTabFixture();
    const { members } = await f.api.members(f.organizer.aadObjectId, f.forum.id);
    facilitator = members.find((m) => m.role === 'facilitator' && m.departmentIds.includes(f.department.id))!;
  }, 120_000);
  afterAll(async () => {
    await f?.stop();
  });

  /** A card submit (Action.Submit value) from a member in their 1:1 chat with the bot. */
  const submit = (member: Member, value: Record<string, unknown>) =>
    messageToBot({ baseUrl: f.url, serviceUrl: f.connector.url, member, value });

  it('counts the meeting, names it in the confirmation, and erases the notes', async () => {
    const chef = f.chefs.find((c) => c.departmentIds.includes(f.department.id))!;
    const target = { forumId: f.forum.id, departmentId: f.department.id };
    const date = f.forum.finalMeetingDate.slice(0, 8) + '01';
    expect(
      (await submit(chef, { samskab: 'meetingDate', ...target, meetingDate: date })).status,
    ).toBeLessThan(300);
    expect(
      (await submit(facilitator, { samskab: 'meetingNotes', ...target, meetingNotes: 'Noter fra mødet' }))
        .status,
    ).toBeLessThan(300);

    const page = await signedInPage(f.browser.context, f.url, facilitator.name, '#/me');
    await page.getByTestId('my-data-table-meetings').getByText('1').waitFor({ timeout: 15_000 });
    await page.getByTestId('my-data-erase-start').click();
    await page
      .getByTestId('my-data-erase-meetings')
      .getByText(/Noterne fra møderne med facilitatoren slettes/)
      .waitFor();
    await page.getByTestId('my-data-erase-confirm').click();
    await page
      .getByTestId('my-data-erase-result')
      .getByText(/1 note er slettet/)
      .waitFor();
    await page.reload();
    await page.getByTestId('my-data-table-meetings').getByText('0').waitFor({ timeout: 15_000 });
    await page.close();
  });

  it('an organizer removing the chef who recorded the date, with erasure, is told the name goes from the date', async () => {
    const chef = f.chefs.find((c) => c.departmentIds.includes(f.department.id))!;
    const page = await signedInPage(f.browser.context, f.url, f.organizer.name, '#/admin?section=people');
    await page.getByTestId('members-table').waitFor();
    await page.getByRole('button', { name: `Fjern ${chef.name}`, exact: true }).click();
    const dialog = page.getByTestId('member-remove-dialog');
    await dialog.getByTestId('member-remove-preview').waitFor();
    expect(await dialog.getByTestId('member-remove-meetings').count()).toBe(0);
    await dialog.getByTestId('member-remove-erase').check();
    await dialog
      .getByTestId('member-remove-meetings')
      .getByText(/navnet fjernes fra de registrerede mødedatoer \(1 møde\)/)
      .waitFor();
    await dialog.getByTestId('member-remove-confirm').click();
    await page
      .getByTestId('member-remove-result')
      .getByText(/er fjernet/)
      .waitFor();
    await page.close();
  });
});
