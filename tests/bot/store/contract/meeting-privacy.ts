import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import type { MeetingMessage } from '../../../../bot/store/meetings';
import { staticMigrationProvider } from '../../../../bot/store/migrations';
import type { Database } from '../../../../bot/store/schema';
import { at, department, forum, uid } from '../fixtures';
import type { MeetingRig } from '../meetings/meeting-store-contract';

/**
 * The personal data in the facilitator meetings (who recorded a date, who wrote the notes, the
 * messages addressed to a person): found for an access report, erased on request, purged with the
 * forum. Part of the MeetingStore contract, run on SQLite and PostgreSQL.
 */
export function describeMeetingPrivacyContract(rig: () => MeetingRig): void {
  const NOTES = 'Gruppen vil arbejde videre med spørgsmål 2.';

  async function aForum(departments = 2) {
    const f = forum();
    await rig().store.saveForum(f);
    const ids: string[] = [];
    for (let i = 0; i < departments; i++) {
      const d = department(f.id, { sortOrder: i + 1 });
      await rig().store.saveDepartment(d);
      ids.push(d.id);
    }
    return { forumId: f.id, departmentIds: ids };
  }

  async function record(forumId: string, departmentId: string, recordedBy: string, date = '2019-10-22') {
    await rig().meetings.recordMeeting({
      forumId,
      departmentId,
      date,
      startTime: '10:00',
      endTime: '11:00',
      recordedBy,
      at: at(0),
    });
  }

  function messageTo(
    forumId: string,
    departmentId: string,
    recipientId: string,
    extra: Partial<MeetingMessage> = {},
  ) {
    return {
      id: uid('mm'),
      forumId,
      departmentId,
      kind: 'briefing',
      occasion: '2019-10-20',
      recipientKind: 'member',
      recipientId,
      dueAt: at(0),
      state: 'failed',
      attempts: 3,
      nextAttemptAt: at(0),
      leaseOwner: null,
      leaseUntil: null,
      sentActivityId: null,
      lastError: `HTTP 403 for ${recipientId}`,
      updatedAt: at(0),
      ...extra,
    } satisfies MeetingMessage;
  }

  const db = (): Kysely<Database> => rig().store.adapter((kysely) => kysely);

  /** Every stored meeting row of the forum, as text: what a search of the database finds. */
  async function rowsOf(forumId: string): Promise<string> {
    const meetings = await db()
      .selectFrom('facilitator_meetings')
      .selectAll()
      .where('forum_id', '=', forumId)
      .execute();
    const messages = await db()
      .selectFrom('meeting_messages')
      .selectAll()
      .where('forum_id', '=', forumId)
      .execute();
    return JSON.stringify({ meetings, messages });
  }

  test('listMeetingsOfMember: the meetings whose date the member recorded or whose notes they wrote, no others', async () => {
    const { forumId, departmentIds } = await aForum(3);
    const [a, b, c] = departmentIds as [string, string, string];
    await record(forumId, a, 'chef-1');
    await record(forumId, b, 'chef-2', '2019-10-24');
    await record(forumId, c, 'chef-3');
    expect(await rig().meetings.saveNotes(b, NOTES, at(5), 'chef-1')).toBe(true);

    const mine = await rig().meetings.listMeetingsOfMember('chef-1');
    expect(mine.map((m) => [m.departmentId, m.recordedBy, m.notesBy])).toEqual([
      [a, 'chef-1', null],
      [b, 'chef-2', 'chef-1'],
    ]);
    expect(mine[1]).toMatchObject({ date: '2019-10-24', notes: NOTES, notesAt: at(5) });
    expect(await rig().meetings.listMeetingsOfMember('nobody')).toEqual([]);
  });

  test('listMeetingsOfMember still finds the author when the date was cleared in the Administration', async () => {
    const { forumId, departmentIds } = await aForum(1);
    const d = departmentIds[0]!;
    await record(forumId, d, 'chef-1');
    const dept = await rig().store.getDepartment(d);
    await rig().store.saveDepartment({ ...dept!, facilitatorMeetingDate: null });
    expect(await rig().meetings.getMeeting(d)).toBeNull();
    expect((await rig().meetings.listMeetingsOfMember('chef-1')).map((m) => m.departmentId)).toEqual([d]);
  });

  test('empty notes keep no author', async () => {
    const { forumId, departmentIds } = await aForum(1);
    const d = departmentIds[0]!;
    await record(forumId, d, 'chef-1');
    await rig().meetings.saveNotes(d, NOTES, at(1), 'fac-1');
    await rig().meetings.saveNotes(d, '', at(2), 'fac-2');
    expect(await rig().meetings.getMeeting(d)).toMatchObject({ notes: '', notesBy: null, notesAt: null });
    expect(await rig().meetings.listMeetingsOfMember('fac-2')).toEqual([]);
  });

  test('listMessages by recipient: only the messages addressed to that member', async () => {
    const { forumId, departmentIds } = await aForum(1);
    const d = departmentIds[0]!;
    const mine = messageTo(forumId, d, 'fac-1');
    await rig().meetings.addMessages([
      mine,
      messageTo(forumId, d, 'chef-1'),
      { ...messageTo(forumId, d, 'fac-1'), recipientKind: 'conversation', kind: 'booking' },
    ]);
    expect((await rig().meetings.listMessages({ forumId, recipientId: 'fac-1' })).map((m) => m.id)).toEqual([
      mine.id,
    ]);
  });

  test("eraseMeetingAuthor: the person's name and notes go, the department's date and time stay, others' data stays", async () => {
    const { forumId, departmentIds } = await aForum(2);
    const [a, b] = departmentIds as [string, string];
    await record(forumId, a, 'fac-1');
    await rig().meetings.saveNotes(a, NOTES, at(3), 'fac-1');
    await record(forumId, b, 'chef-2', '2019-10-24');
    await rig().meetings.saveNotes(b, 'Andres noter.', at(4), 'chef-2');
    const theirs = messageTo(forumId, a, 'fac-1');
    const other = messageTo(forumId, b, 'chef-2');
    await rig().meetings.addMessages([theirs, other]);

    expect(await rig().meetings.eraseMeetingAuthor('fac-1')).toEqual({
      datesRecorded: 1,
      notes: 1,
      messages: 1,
    });

    expect(await rig().meetings.getMeeting(a)).toMatchObject({
      date: '2019-10-22',
      startTime: '10:00',
      endTime: '11:00',
      recordedBy: '',
      notes: '',
      notesBy: null,
      notesAt: null,
    });
    expect(await rig().meetings.getMeeting(b)).toMatchObject({
      recordedBy: 'chef-2',
      notes: 'Andres noter.',
    });
    expect(await rig().meetings.listMeetingsOfMember('fac-1')).toEqual([]);
    // The message stays (so it is never sent twice), without the error text naming them.
    const kept = await rig().meetings.listMessages({ forumId, recipientId: 'fac-1' });
    expect(kept.map((m) => [m.id, m.state, m.lastError])).toEqual([[theirs.id, 'failed', null]]);
    expect((await rig().meetings.listMessages({ forumId, recipientId: 'chef-2' }))[0]?.lastError).toBe(
      other.lastError,
    );
    const stored = await rowsOf(forumId);
    expect(stored).not.toContain(NOTES);
    expect(stored).not.toContain(`for fac-1`);
    expect(await rig().meetings.eraseMeetingAuthor('fac-1')).toEqual({
      datesRecorded: 0,
      notes: 0,
      messages: 0,
    });
  });

  test("purgeForum: the forum's recorded meetings and messages are gone, the dates stay, other forums untouched", async () => {
    const one = await aForum(2);
    const two = await aForum(1);
    for (const d of one.departmentIds) await record(one.forumId, d, 'chef-1');
    await rig().meetings.saveNotes(one.departmentIds[0]!, NOTES, at(1), 'fac-1');
    await record(two.forumId, two.departmentIds[0]!, 'chef-9');
    await rig().meetings.addMessages([
      messageTo(one.forumId, one.departmentIds[0]!, 'fac-1'),
      messageTo(one.forumId, one.departmentIds[1]!, 'fac-1'),
      messageTo(two.forumId, two.departmentIds[0]!, 'fac-9'),
    ]);

    expect(await rig().meetings.purgeForum(one.forumId)).toEqual({ meetings: 2, messages: 2 });

    expect(await rowsOf(one.forumId)).toBe(JSON.stringify({ meetings: [], messages: [] }));
    // The departments' dates are the forum's plan, not personal data: they stay, without an author.
    expect(
      (await rig().meetings.listMeetings(one.forumId)).map((m) => [m.date, m.recordedBy, m.notes]),
    ).toEqual([
      ['2019-10-22', '', ''],
      ['2019-10-22', '', ''],
    ]);
    expect(await rig().meetings.getMeeting(two.departmentIds[0]!)).toMatchObject({ recordedBy: 'chef-9' });
    expect(await rig().meetings.listMessages({ forumId: two.forumId })).toHaveLength(1);
    expect(await rig().meetings.purgeForum(one.forumId)).toEqual({ meetings: 0, messages: 0 });
  });

  test("migration 0014 takes the notes' author from the audit log", async () => {
    const { forumId, departmentIds } = await aForum(2);
    const [a, b] = departmentIds as [string, string];
    await record(forumId, a, 'chef-1');
    await record(forumId, b, 'chef-2');
    const migrator = rig().store.adapter(
      (kysely, strategy) =>
        new Migrator({
          db: kysely,
          provider: staticMigrationProvider,
          migrationTableSchema: strategy.migrationTableSchema,
        }),
    );
    const down = await migrator.migrateTo('0012-summary-tallies');
    expect(down.results?.map((r) => [r.migrationName, r.status])).toEqual([
      ['0015-forum-meeting-messages', 'Success'],
      ['0014-meeting-authors', 'Success'],
    ]);
    // Notes as they were saved before 0014: no author in the row, only in the audit log.
    await db()
      .updateTable('facilitator_meetings')
      .set({ notes: NOTES })
      .where('department_id', '=', a)
      .execute();
    for (const [id, actor, minute] of [
      [uid('audit'), 'fac-old', 1],
      [uid('audit'), 'fac-1', 2],
    ] as const) {
      await rig().store.appendAudit({
        id,
        forumId,
        at: at(minute),
        actorKind: 'member',
        actorMemberId: actor,
        actorAadObjectId: null,
        action: 'meeting.notes',
        targetKind: 'department',
        targetId: a,
        details: { length: NOTES.length, via: 'bot' },
      });
    }
    const { error } = await migrator.migrateToLatest();
    expect(error).toBeUndefined();
    expect(await rig().meetings.getMeeting(a)).toMatchObject({
      notes: NOTES,
      notesBy: 'fac-1',
      notesAt: at(2),
    });
    expect(await rig().meetings.getMeeting(b)).toMatchObject({ notes: '', notesBy: null });
  });
}
