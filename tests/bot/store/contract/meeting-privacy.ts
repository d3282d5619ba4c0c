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

  const noCards = { at: at(9), departmentIds: [] };

  /** A message whose card was sent (so it can be updated in place). */
  const sentTo = (forumId: string, departmentId: string, recipientId: string, kind: string) =>
    messageTo(forumId, departmentId, recipientId, {
      kind: kind as MeetingMessage['kind'],
      state: 'sent',
      sentActivityId: `act-${uid('a')}`,
      lastError: null,
    });

  const claim = (now: string) =>
    rig().meetings.claimCardUpdates({ now, owner: 'worker-1', leaseMs: 60_000, limit: 50 });

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

    expect(await rig().meetings.eraseMeetingAuthor('fac-1', noCards)).toEqual({
      datesRecorded: 1,
      notes: 1,
      messages: 1,
      cards: 0,
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
    expect(await rig().meetings.eraseMeetingAuthor('fac-1', noCards)).toEqual({
      datesRecorded: 0,
      notes: 0,
      messages: 0,
      cards: 0,
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

    expect(await rig().meetings.purgeForum(one.forumId, at(9))).toEqual({
      meetings: 2,
      messages: 2,
      cardsWaiting: 0,
    });

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
    expect(await rig().meetings.purgeForum(one.forumId, at(10))).toEqual({
      meetings: 0,
      messages: 0,
      cardsWaiting: 0,
    });
  });

  test('eraseMeetingAuthor queues the posted cards that may show what went: takeaways where their notes were, briefings of the departments given', async () => {
    const { forumId, departmentIds } = await aForum(3);
    const [a, b, c] = departmentIds as [string, string, string];
    for (const d of departmentIds) await record(forumId, d, 'chef-1');
    await rig().meetings.saveNotes(a, NOTES, at(3), 'fac-1');
    await rig().meetings.saveNotes(c, 'Andres noter.', at(3), 'fac-2');
    const takeawaysA = sentTo(forumId, a, 'fac-1', 'takeaways');
    const briefingB = sentTo(forumId, b, 'fac-1', 'briefing');
    const untouched = [
      sentTo(forumId, c, 'fac-2', 'takeaways'),
      sentTo(forumId, a, 'chef-1', 'openQuestions'),
      // Not sent: nothing in Teams to update.
      messageTo(forumId, b, 'fac-3', { kind: 'briefing', state: 'pending', lastError: null }),
    ];
    await rig().meetings.addMessages([takeawaysA, briefingB, ...untouched]);

    const erased = await rig().meetings.eraseMeetingAuthor('fac-1', { at: at(9), departmentIds: [b] });
    expect(erased).toMatchObject({ notes: 1, cards: 2 });
    const queued = await rig().meetings.listCardUpdates(forumId);
    expect(queued.map((u) => [u.message.id, u.view, u.state, u.message.sentActivityId])).toEqual(
      [takeawaysA, briefingB]
        .sort((x, y) => (x.id < y.id ? -1 : 1))
        .map((m) => [m.id, 'erased', 'pending', m.sentActivityId]),
    );

    // Claimed under a lease, once; recorded; a later erasure queues them again.
    const claimed = await claim(at(9));
    expect(claimed.map((u) => u.state)).toEqual(['leased', 'leased']);
    expect(await claim(at(9))).toEqual([]);
    for (const u of claimed)
      expect(
        await rig().meetings.completeCardUpdate(u.message.id, 'worker-1', { state: 'updated' }, at(10)),
      ).toBe(true);
    expect(
      await rig().meetings.completeCardUpdate(briefingB.id, 'worker-2', { state: 'updated' }, at(10)),
    ).toBe(false);
    expect((await rig().meetings.listCardUpdates(forumId)).map((u) => u.state)).toEqual([
      'updated',
      'updated',
    ]);
    expect(
      await rig().meetings.eraseMeetingAuthor('fac-1', { at: at(11), departmentIds: [b] }),
    ).toMatchObject({
      cards: 1,
    });
    expect((await claim(at(11))).map((u) => u.message.id)).toEqual([briefingB.id]);
  });

  test('a card update whose worker died mid-way is claimed again once its lease runs out', async () => {
    const { forumId, departmentIds } = await aForum(1);
    const d = departmentIds[0]!;
    await record(forumId, d, 'chef-1');
    await rig().meetings.saveNotes(d, NOTES, at(3), 'fac-1');
    const card = sentTo(forumId, d, 'fac-1', 'takeaways');
    await rig().meetings.addMessages([card]);
    await rig().meetings.eraseMeetingAuthor('fac-1', { at: at(9), departmentIds: [] });
    const lease = (now: string, owner: string) =>
      rig().meetings.claimCardUpdates({ now, owner, leaseMs: 60_000, limit: 10 });

    expect(await lease(at(9), 'dies')).toHaveLength(1);
    expect(await lease(at(9.5), 'restarted')).toEqual([]);
    const [again] = await lease(at(11), 'restarted');
    expect(again).toMatchObject({ message: { id: card.id }, leaseOwner: 'restarted', attempts: 1 });
    expect(await rig().meetings.completeCardUpdate(card.id, 'dies', { state: 'updated' }, at(11))).toBe(
      false,
    );
    expect(await rig().meetings.completeCardUpdate(card.id, 'restarted', { state: 'updated' }, at(11))).toBe(
      true,
    );
  });

  test('purgeForum keeps the messages whose posted cards are still to be made neutral, and removes them once they are', async () => {
    const one = await aForum(2);
    const two = await aForum(1);
    const [a, b] = one.departmentIds as [string, string];
    await record(one.forumId, a, 'chef-1');
    const shown = [
      sentTo(one.forumId, a, 'fac-1', 'takeaways'),
      sentTo(one.forumId, b, 'fac-1', 'briefing'),
      { ...sentTo(one.forumId, b, 'a:group', 'booking'), recipientKind: 'conversation' as const },
    ];
    const plain = [sentTo(one.forumId, a, 'chef-1', 'openQuestions'), messageTo(one.forumId, b, 'fac-3')];
    const elsewhere = sentTo(two.forumId, two.departmentIds[0]!, 'fac-9', 'briefing');
    await rig().meetings.addMessages([...shown, ...plain, elsewhere]);
    // Queued for an erasure before: the purge takes it over.
    await rig().meetings.eraseMeetingAuthor('fac-1', { at: at(8), departmentIds: [b] });

    expect(await rig().meetings.purgeForum(one.forumId, at(9))).toEqual({
      meetings: 1,
      messages: 2,
      cardsWaiting: 3,
    });
    const queued = await rig().meetings.listCardUpdates(one.forumId);
    expect(queued.map((u) => [u.message.id, u.view, u.state]).sort()).toEqual(
      shown.map((m) => [m.id, 'purged', 'pending']).sort(),
    );
    expect(await rig().meetings.listCardUpdates(two.forumId)).toEqual([]);
    // Again before the updates went: nothing queued twice, nothing more removed.
    expect(await rig().meetings.purgeForum(one.forumId, at(10))).toEqual({
      meetings: 0,
      messages: 0,
      cardsWaiting: 3,
    });
    const claimed = await claim(at(10));
    expect(claimed).toHaveLength(3);
    await rig().meetings.completeCardUpdate(claimed[0]!.message.id, 'worker-1', { state: 'updated' }, at(11));
    await rig().meetings.completeCardUpdate(
      claimed[1]!.message.id,
      'worker-1',
      { state: 'unreachable', error: '404' },
      at(11),
    );
    await rig().meetings.completeCardUpdate(
      claimed[2]!.message.id,
      'worker-1',
      { state: 'retry', nextAttemptAt: at(12), error: '503' },
      at(11),
    );
    // An erasure now does not undo the purge's view.
    await rig().meetings.eraseMeetingAuthor('fac-1', { at: at(11), departmentIds: [a, b] });
    expect(await rig().meetings.purgeForum(one.forumId, at(11))).toEqual({
      meetings: 0,
      messages: 2,
      cardsWaiting: 1,
    });
    const [retried] = await claim(at(12));
    expect(retried).toMatchObject({ view: 'purged', message: { id: claimed[2]!.message.id } });
    await rig().meetings.completeCardUpdate(retried!.message.id, 'worker-1', { state: 'updated' }, at(13));
    expect(await rig().meetings.purgeForum(one.forumId, at(13))).toEqual({
      meetings: 0,
      messages: 1,
      cardsWaiting: 0,
    });
    expect(await rowsOf(one.forumId)).toBe(JSON.stringify({ meetings: [], messages: [] }));
    expect(await rig().meetings.listCardUpdates(one.forumId)).toEqual([]);
    expect(await rig().meetings.listMessages({ forumId: two.forumId })).toHaveLength(1);
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
    // Back to the migration before 0014 (undoing the later ones on the way).
    const down = await migrator.migrateTo('0012-summary-tallies');
    expect(down.error).toBeUndefined();
    expect(down.results?.map((r) => [r.migrationName, r.status]).at(-1)).toEqual([
      '0014-meeting-authors',
      'Success',
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
