import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { FINAL_MEETING_CHAT, type MeetingMessage } from '../../../../bot/store/meetings';
import { staticMigrationProvider } from '../../../../bot/store/migrations';
import type { Database } from '../../../../bot/store/schema';
import { at, department, forum, uid } from '../fixtures';
import type { MeetingRig } from '../meetings/meeting-store-contract';

const LEASE_MS = 60_000;
const MEETING_CHAT = '19:meeting_final@thread.v2';

/**
 * Forum-level messages in the meetings' queue (no department: the card in the final meeting's
 * chat) and migration 0015, which made room for them and kept every row. Part of the MeetingStore
 * contract, run on SQLite and PostgreSQL.
 */
export function describeForumMessagesContract(rig: () => MeetingRig): void {
  async function aForum() {
    const f = forum();
    await rig().store.saveForum(f);
    const d = department(f.id);
    await rig().store.saveDepartment(d);
    return { forumId: f.id, departmentId: d.id };
  }

  function chatCard(forumId: string, extra: Partial<MeetingMessage> = {}): MeetingMessage {
    return {
      id: uid('mm'),
      forumId,
      departmentId: null,
      kind: FINAL_MEETING_CHAT,
      occasion: '2019-11-21',
      recipientKind: 'conversation',
      recipientId: MEETING_CHAT,
      dueAt: at(0),
      state: 'pending',
      attempts: 0,
      nextAttemptAt: at(0),
      leaseOwner: null,
      leaseUntil: null,
      sentActivityId: null,
      lastError: null,
      updatedAt: at(0),
      ...extra,
    };
  }

  const db = (): Kysely<Database> => rig().store.adapter((kysely) => kysely);

  test('a forum-level message is queued once per (forum, kind, occasion, recipient), beside the departments’', async () => {
    const one = await aForum();
    const two = await aForum();
    const first = chatCard(one.forumId);
    expect(await rig().meetings.addMessages([first])).toBe(1);
    // Installed again, an upgrade, another instance: the same key, nothing new.
    expect(await rig().meetings.addMessages([chatCard(one.forumId), chatCard(one.forumId)])).toBe(0);
    expect(
      await rig().meetings.addMessages([
        chatCard(one.forumId, { recipientId: '19:meeting_other@thread.v2' }),
        chatCard(one.forumId, { occasion: '2019-11-22' }),
        chatCard(two.forumId),
        // A department's message with the same kind, date and recipient is another key.
        chatCard(one.forumId, { departmentId: one.departmentId }),
      ]),
    ).toBe(4);
    const listed = await rig().meetings.listMessages({ forumId: one.forumId });
    expect(listed.find((m) => m.id === first.id)).toEqual(first);
    expect(listed.filter((m) => m.departmentId === null)).toHaveLength(3);
    expect(
      (await rig().meetings.listMessages({ forumId: one.forumId, departmentId: one.departmentId })).map(
        (m) => m.departmentId,
      ),
    ).toEqual([one.departmentId]);
  });

  test('claimed, retried on 429 and sent like every leased message', async () => {
    const { forumId } = await aForum();
    const card = chatCard(forumId);
    await rig().meetings.addMessages([card]);
    const [claimed] = await rig().meetings.claimMessages({
      now: at(0),
      owner: 'w1',
      leaseMs: LEASE_MS,
      limit: 5,
    });
    expect(claimed).toMatchObject({ id: card.id, state: 'leased', departmentId: null });
    const retry = { state: 'retry' as const, nextAttemptAt: at(2), error: 'HTTP 429' };
    expect(await rig().meetings.completeMessage(card.id, 'w1', retry, at(0))).toBe(true);
    expect(
      await rig().meetings.claimMessages({ now: at(1), owner: 'w2', leaseMs: LEASE_MS, limit: 5 }),
    ).toEqual([]);
    const again = await rig().meetings.claimMessages({
      now: at(2),
      owner: 'w2',
      leaseMs: LEASE_MS,
      limit: 5,
    });
    expect(again.map((m) => [m.id, m.attempts, m.lastError])).toEqual([[card.id, 1, 'HTTP 429']]);
    expect(
      await rig().meetings.completeMessage(card.id, 'w2', { state: 'sent', activityId: 'act-1' }, at(2)),
    ).toBe(true);
    expect((await rig().meetings.listMessages({ forumId }))[0]).toMatchObject({
      state: 'sent',
      attempts: 2,
      sentActivityId: 'act-1',
      lastError: null,
    });
  });

  test("a department's removal and a recorded meeting leave it; the retention purge removes it", async () => {
    const { forumId, departmentId } = await aForum();
    const card = chatCard(forumId);
    await rig().meetings.addMessages([card]);
    await rig().meetings.recordMeeting({
      forumId,
      departmentId,
      date: '2019-10-22',
      startTime: null,
      endTime: null,
      recordedBy: 'm',
      at: at(1),
    });
    await rig().store.deleteDepartment(departmentId);
    expect((await rig().meetings.listMessages({ forumId })).map((m) => [m.id, m.state])).toEqual([
      [card.id, 'pending'],
    ]);
    expect(await rig().meetings.purgeForum(forumId, at(2))).toEqual({
      meetings: 0,
      messages: 1,
      cardsWaiting: 0,
    });
    expect(await rig().meetings.listMessages({ forumId })).toEqual([]);
  });

  test('migration 0015 keeps every queued row, its keys and its cascade, and then takes forum-level rows', async () => {
    const { forumId, departmentId } = await aForum();
    const migrator = rig().store.adapter(
      (kysely, strategy) =>
        new Migrator({
          db: kysely,
          provider: staticMigrationProvider,
          migrationTableSchema: strategy.migrationTableSchema,
        }),
    );
    await rig().meetings.addMessages([chatCard(forumId)]);
    const down = await migrator.migrateTo('0014-meeting-authors');
    expect(down.results?.map((r) => [r.migrationName, r.status])).toEqual([
      ['0016-meeting-card-updates', 'Success'],
      ['0015-forum-meeting-messages', 'Success'],
    ]);
    // The shape before 0015 cannot hold a message without a department: down removed it, and refuses one.
    expect(await db().selectFrom('meeting_messages').selectAll().execute()).toEqual([]);
    await expect(rig().meetings.addMessages([chatCard(forumId)])).rejects.toThrow();

    // Rows as 0010 stored them, every column set: sent, leased, failed.
    const base = {
      forumId,
      departmentId,
      kind: 'briefing' as const,
      recipientKind: 'member' as const,
      recipientId: 'fac-1',
      dueAt: at(0),
      updatedAt: at(1),
    };
    const old: MeetingMessage[] = [
      {
        ...base,
        id: uid('mm'),
        occasion: '2019-10-18',
        state: 'sent',
        attempts: 1,
        nextAttemptAt: at(0),
        leaseOwner: null,
        leaseUntil: null,
        sentActivityId: 'act-9',
        lastError: null,
      },
      {
        ...base,
        id: uid('mm'),
        occasion: '2019-10-21',
        state: 'leased',
        attempts: 2,
        nextAttemptAt: at(3),
        leaseOwner: 'w1',
        leaseUntil: at(4),
        sentActivityId: null,
        lastError: 'HTTP 503',
      },
      {
        ...base,
        id: uid('mm'),
        kind: 'booking',
        occasion: '2019-09-06',
        recipientKind: 'conversation',
        recipientId: 'a:group',
        state: 'failed',
        attempts: 3,
        nextAttemptAt: at(5),
        leaseOwner: null,
        leaseUntil: null,
        sentActivityId: null,
        lastError: 'HTTP 500',
      },
    ];
    expect(await rig().meetings.addMessages(old)).toBe(3);
    const before = await db().selectFrom('meeting_messages').selectAll().orderBy('id').execute();

    const { error } = await migrator.migrateToLatest();
    expect(error).toBeUndefined();
    expect(await db().selectFrom('meeting_messages').selectAll().orderBy('id').execute()).toEqual(before);
    expect(await rig().meetings.listMessages({ forumId })).toEqual(
      [...old].sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id)),
    );
    // The department's key still holds, and so does the cascade; a forum-level message now goes in.
    expect(await rig().meetings.addMessages([{ ...old[0]!, id: uid('mm') }])).toBe(0);
    expect(await rig().meetings.addMessages([chatCard(forumId)])).toBe(1);
    expect(await rig().meetings.addMessages([chatCard(forumId)])).toBe(0);
    await rig().store.deleteDepartment(departmentId);
    expect((await rig().meetings.listMessages({ forumId })).map((m) => m.departmentId)).toEqual([null]);
  });
}
