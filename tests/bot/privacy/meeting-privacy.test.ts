import JSZip from 'jszip';
import type { KyselyStore } from '../../../bot/store';
import type { MeetingMessage } from '../../../bot/store/meetings';
import type { Member } from '../../../core/model';
import { call } from '../api/support/api-client';
import { startPrivacyServer, type PrivacyServer } from './support/privacy-server';

const NOTES = 'Facilitatorens noter: gruppen tager spørgsmål 2 op igen i december.';
const OTHER_NOTES = 'Andre noter fra mødet.';

/**
 * The facilitator meetings' personal data - who recorded a department's meeting date, the notes
 * the facilitator wrote and who wrote them, the bot's messages to a person - in the person's
 * access report (API, JSON and Word), their erasure and the retention purge.
 */
describe('personal data of the facilitator meetings', () => {
  let s: PrivacyServer;
  let chef: Member;
  let otherChef: Member;
  let facilitator: Member;
  let departmentId: string;
  let otherDepartmentId: string;

  beforeEach(async () => {
    s = await startPrivacyServer();
    ({ chef, otherChef } = s.chefs);
    departmentId = chef.departmentIds[0]!;
    otherDepartmentId = otherChef.departmentIds[0]!;
    facilitator = s.members.find((m) => m.role === 'facilitator')!;
    const meetings = s.deps.meetings;
    const input = {
      forumId: s.forumId,
      startTime: '10:00',
      endTime: '11:30',
      at: '2019-10-01T08:00:00.000Z',
    };
    await meetings.recordMeeting({ ...input, departmentId, date: '2019-10-22', recordedBy: chef.id });
    await meetings.recordMeeting({
      ...input,
      departmentId: otherDepartmentId,
      date: '2019-10-24',
      recordedBy: otherChef.id,
    });
    await meetings.saveNotes(departmentId, NOTES, '2019-10-23T09:00:00.000Z', facilitator.id);
    await meetings.saveNotes(otherDepartmentId, OTHER_NOTES, '2019-10-25T09:00:00.000Z', otherChef.id);
    await meetings.addMessages([
      briefing(departmentId, facilitator.id, 'sent', `briefing failed once for ${facilitator.id}`),
      briefing(otherDepartmentId, otherChef.id, 'pending', null),
    ]);
  });
  afterEach(async () => {
    await s.stop();
  });

  function briefing(
    department: string,
    recipientId: string,
    state: MeetingMessage['state'],
    lastError: string | null,
  ): MeetingMessage {
    return {
      id: `mm-${department}-${recipientId}`,
      forumId: s.forumId,
      departmentId: department,
      kind: 'briefing',
      occasion: '2019-10-20',
      recipientKind: 'member',
      recipientId,
      dueAt: '2019-10-18T07:00:00.000Z',
      state,
      attempts: 1,
      nextAttemptAt: '2019-10-18T07:00:00.000Z',
      leaseOwner: null,
      leaseUntil: null,
      sentActivityId: state === 'sent' ? 'activity-1' : null,
      lastError,
      updatedAt: '2019-10-18T07:00:05.000Z',
    };
  }

  /** Every stored row of the meeting tables, as text: what a search of the database finds. */
  async function meetingRows(): Promise<string> {
    const db = (s.deps.store as KyselyStore).adapter((kysely) => kysely);
    const meetings = await db.selectFrom('facilitator_meetings').selectAll().execute();
    const messages = await db.selectFrom('meeting_messages').selectAll().execute();
    return JSON.stringify({ meetings, messages });
  }

  async function erase(member: Member) {
    const token = await s.token(member);
    const ask = await call(s.url, '/api/me/data/delete', { token, body: {} });
    expect(ask.status).toBe(200);
    const done = await call(s.url, '/api/me/data/delete', {
      token,
      body: { confirmToken: ask.body.confirmToken },
    });
    expect(done.status).toBe(200);
    return { preview: ask.body.preview, report: done.body.reports[0] };
  }

  test('the access report shows the meeting dates a person recorded and the notes they wrote, nobody else’s', async () => {
    const mine = await call(s.url, '/api/me/data', { token: await s.token(facilitator) });
    expect(mine.status).toBe(200);
    const [membership] = mine.body.memberships;
    expect(membership.meetings).toEqual([
      expect.objectContaining({
        departmentId,
        date: '2019-10-22',
        startTime: '10:00',
        recordedAt: null,
        notes: NOTES,
        notesAt: '2019-10-23T09:00:00.000Z',
      }),
    ]);
    expect(membership.meetingMessages).toEqual([
      expect.objectContaining({ departmentId, kind: 'briefing', state: 'sent', occasion: '2019-10-20' }),
    ]);
    expect(JSON.stringify(mine.body)).not.toContain(OTHER_NOTES);

    const chefs = await call(s.url, '/api/me/data', { token: await s.token(chef) });
    expect(chefs.body.memberships[0].meetings).toEqual([
      expect.objectContaining({
        departmentId,
        recordedAt: '2019-10-01T08:00:00.000Z',
        notes: null,
      }),
    ]);
    expect(JSON.stringify(chefs.body)).not.toContain(NOTES);
  });

  test('the Word export and the JSON download carry the same meeting data', async () => {
    const token = await s.token(facilitator);
    const json = await fetch(`${s.url}/api/me/data/export.json`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await json.text()).toContain(NOTES);
    const docx = await fetch(`${s.url}/api/me/data/export.docx`, {
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
    });
    const xml = await (
      await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('The facilitator meetings: your part');
    expect(xml).toContain(NOTES);
    expect(xml).toContain('10:00–11:30');
    expect(xml).toContain('1 message about the meetings sent to you');

    const da = await fetch(`${s.url}/api/me/data/export.docx`, {
      headers: { authorization: `Bearer ${await s.token(otherChef)}`, 'accept-language': 'da' },
    });
    const daXml = await (
      await JSZip.loadAsync(Buffer.from(await da.arrayBuffer()))
    )
      .file('word/document.xml')!
      .async('string');
    expect(daXml).toContain('Facilitatormøderne: din del');
    expect(daXml).toContain('Datoen registreret af dig');
    expect(daXml).toContain(OTHER_NOTES);
  });

  test('after erasure nothing of the person remains in the meeting rows; the department keeps its date', async () => {
    expect(await meetingRows()).toContain(facilitator.id);
    const { preview, report } = await erase(facilitator);
    expect(preview).toMatchObject({ answers: 0, meetings: 1 });
    // The briefing posted to them may show what went: queued for an update in place.
    expect(report.meetings).toEqual({ datesRecorded: 0, notes: 1, cardsQueued: 1 });

    const rows = await meetingRows();
    expect(rows).not.toContain(NOTES);
    // The message the bot sent stays (so it never goes out twice), without the error naming them.
    expect(rows).not.toContain(`for ${facilitator.id}`);
    expect(
      JSON.parse(rows).meetings.some((m: Record<string, unknown>) =>
        Object.values(m).includes(facilitator.id),
      ),
    ).toBe(false);
    expect(await s.deps.meetings.getMeeting(departmentId)).toMatchObject({
      date: '2019-10-22',
      startTime: '10:00',
      recordedBy: chef.id,
      notes: '',
      notesBy: null,
    });

    const chefErasure = await erase(chef);
    expect(chefErasure.report.meetings).toEqual({ datesRecorded: 1, notes: 0, cardsQueued: 1 });
    const after = await meetingRows();
    expect(after).not.toContain(chef.id);
    expect((await s.deps.store.getDepartment(departmentId))?.facilitatorMeetingDate).toBe('2019-10-22');
    expect(await s.deps.meetings.getMeeting(departmentId)).toMatchObject({
      date: '2019-10-22',
      recordedBy: '',
    });
    // Others' data stays.
    expect(after).toContain(OTHER_NOTES);
    expect(after).toContain(otherChef.id);
    const mine = await call(s.url, '/api/me/data', { token: await s.token(facilitator) });
    expect(mine.body.memberships[0].meetings).toEqual([]);
    const audit = (await s.deps.store.listAudit(s.forumId)).filter((e) => e.action === 'privacy.erase');
    expect(audit.map((e) => [e.targetId, e.details.meetingDatesRecorded, e.details.meetingNotes])).toEqual(
      expect.arrayContaining([
        [facilitator.id, 0, 1],
        [chef.id, 1, 0],
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain(NOTES);
  });

  test("after the retention purge the forum's meeting rows are gone, once, and the purge is audited", async () => {
    const { job, at: later } = await s.retentionJobPastPurge();
    const first = await job.runOnce(later);
    // The sent briefing stays until its card in Teams is made neutral (meeting-card-erasure.test.ts).
    expect(first).toMatchObject({ meetingsPurged: 2, meetingMessagesPurged: 1, failed: [] });
    const [update] = await s.deps.meetings.claimCardUpdates({
      now: later.toISOString(),
      owner: 'worker',
      leaseMs: 60_000,
      limit: 10,
    });
    expect(update).toMatchObject({ view: 'purged', message: { state: 'sent', recipientId: facilitator.id } });
    expect(
      await s.deps.meetings.completeCardUpdate(
        update!.message.id,
        'worker',
        { state: 'updated' },
        later.toISOString(),
      ),
    ).toBe(true);
    const afterCards = await job.runOnce(new Date(later.getTime() + 3_600_000));
    expect(afterCards).toMatchObject({ meetingsPurged: 0, meetingMessagesPurged: 1, failed: [] });
    expect(await meetingRows()).toBe(JSON.stringify({ meetings: [], messages: [] }));
    // The departments' dates are the forum's plan, not personal data.
    expect((await s.deps.store.getDepartment(departmentId))?.facilitatorMeetingDate).toBe('2019-10-22');
    const purges = (await s.deps.store.listAudit(s.forumId)).filter((e) => e.action === 'retention.purge');
    expect(purges.map((e) => e.details)).toEqual(
      expect.arrayContaining([
        { meetings: 2, meetingMessages: 1, job: 'retention' },
        { meetings: 0, meetingMessages: 1, job: 'retention' },
      ]),
    );

    const second = await job.runOnce(new Date(later.getTime() + 7_200_000));
    expect(second).toMatchObject({ meetingsPurged: 0, meetingMessagesPurged: 0 });
    expect(
      (await s.deps.store.listAudit(s.forumId)).filter((e) => e.action === 'retention.purge'),
    ).toHaveLength(purges.length);
  });
});
