import type { KyselyStore } from '../../../../bot/store';
import type { MeetingMessage, MeetingStore } from '../../../../bot/store/meetings';
import { describeForumMessagesContract } from '../contract/forum-meeting-messages';
import { describeMeetingPrivacyContract } from '../contract/meeting-privacy';
import { at, department, forum, uid } from '../fixtures';

const LEASE_MS = 60_000;

export interface MeetingRig {
  store: KyselyStore;
  meetings: MeetingStore;
}

function message(
  forumId: string,
  departmentId: string,
  overrides: Partial<MeetingMessage> = {},
): MeetingMessage {
  return {
    id: uid('mm'),
    forumId,
    departmentId,
    kind: 'booking',
    occasion: '2019-09-06',
    recipientKind: 'conversation',
    recipientId: 'a:group',
    dueAt: at(0),
    state: 'pending',
    attempts: 0,
    nextAttemptAt: at(0),
    leaseOwner: null,
    leaseUntil: null,
    sentActivityId: null,
    lastError: null,
    updatedAt: at(0),
    ...overrides,
  };
}

/** The MeetingStore contract, run unchanged on SQLite and PostgreSQL. */
export function describeMeetingStoreContract(adapterName: string, factory: () => Promise<MeetingRig>): void {
  describe(`MeetingStore contract on ${adapterName}`, () => {
    let rig: MeetingRig;
    beforeEach(async () => {
      rig = await factory();
    });
    afterEach(async () => {
      await rig.store.close();
    });

    async function aDepartment(sortOrder = 1) {
      const f = forum();
      await rig.store.saveForum(f);
      const d = department(f.id, { sortOrder });
      await rig.store.saveDepartment(d);
      return { forumId: f.id, departmentId: d.id };
    }

    test('recording a meeting sets the department date, keeps the time and author, and can be corrected', async () => {
      const { forumId, departmentId } = await aDepartment();
      expect(await rig.meetings.getMeeting(departmentId)).toBeNull();
      const recorded = await rig.meetings.recordMeeting({
        forumId,
        departmentId,
        date: '2019-10-22',
        startTime: '10:00',
        endTime: '11:30',
        recordedBy: 'member-1',
        at: at(0),
      });
      expect(recorded).toEqual({
        departmentId,
        forumId,
        date: '2019-10-22',
        startTime: '10:00',
        endTime: '11:30',
        notes: '',
        notesBy: null,
        notesAt: null,
        recordedBy: 'member-1',
        recordedAt: at(0),
      });
      expect((await rig.store.getDepartment(departmentId))?.facilitatorMeetingDate).toBe('2019-10-22');
      expect(await rig.meetings.saveNotes(departmentId, 'Fokus på spørgsmål 2.', at(1), 'member-3')).toBe(
        true,
      );
      const moved = await rig.meetings.recordMeeting({
        forumId,
        departmentId,
        date: '2019-10-24',
        startTime: null,
        endTime: null,
        recordedBy: 'member-2',
        at: at(2),
      });
      expect(moved).toMatchObject({
        date: '2019-10-24',
        startTime: null,
        notes: 'Fokus på spørgsmål 2.',
        notesBy: 'member-3',
        notesAt: at(1),
        recordedBy: 'member-2',
      });
    });

    test('a department of another forum, or none, is not recorded', async () => {
      const { departmentId } = await aDepartment();
      const input = { date: '2019-10-22', startTime: null, endTime: null, recordedBy: 'm', at: at(0) };
      expect(await rig.meetings.recordMeeting({ ...input, forumId: 'other', departmentId })).toBeNull();
      expect(
        await rig.meetings.recordMeeting({ ...input, forumId: 'other', departmentId: 'missing' }),
      ).toBeNull();
      expect((await rig.store.getDepartment(departmentId))?.facilitatorMeetingDate).toBeNull();
      expect(await rig.meetings.saveNotes(departmentId, 'x', at(0), 'm')).toBe(false);
    });

    test("listMeetings: the forum's departments with a date, in their order, also dates set in the Administration", async () => {
      const a = await aDepartment(2);
      const b = department(a.forumId, { sortOrder: 1, facilitatorMeetingDate: '2019-10-01' });
      const none = department(a.forumId, { sortOrder: 3 });
      await rig.store.saveDepartment(b);
      await rig.store.saveDepartment(none);
      await rig.meetings.recordMeeting({
        ...a,
        date: '2019-10-22',
        startTime: '09:00',
        endTime: '10:00',
        recordedBy: 'm',
        at: at(0),
      });
      const list = await rig.meetings.listMeetings(a.forumId);
      expect(list.map((m) => [m.departmentId, m.date, m.startTime])).toEqual([
        [b.id, '2019-10-01', null],
        [a.departmentId, '2019-10-22', '09:00'],
      ]);
    });

    test('a message is queued once per (department, kind, occasion, recipient)', async () => {
      const { forumId, departmentId } = await aDepartment();
      const first = message(forumId, departmentId);
      expect(
        await rig.meetings.addMessages([
          first,
          message(forumId, departmentId, { recipientId: 'member-1', recipientKind: 'member' }),
        ]),
      ).toBe(2);
      // Another instance computing the same occasion: nothing new.
      expect(await rig.meetings.addMessages([message(forumId, departmentId)])).toBe(0);
      expect(
        await rig.meetings.addMessages([message(forumId, departmentId, { occasion: '2019-09-13' })]),
      ).toBe(1);
      expect(await rig.meetings.addMessages([message(forumId, departmentId, { kind: 'briefing' })])).toBe(1);
      expect(await rig.meetings.listMessages({ forumId, departmentId })).toHaveLength(4);
    });

    test('claims lease due messages to one owner; an expired lease is claimed again and counts as an attempt', async () => {
      const { forumId, departmentId } = await aDepartment();
      const due = message(forumId, departmentId);
      const later = message(forumId, departmentId, { occasion: '2019-09-13', nextAttemptAt: at(10) });
      await rig.meetings.addMessages([due, later]);
      const [a, b] = await Promise.all([
        rig.meetings.claimMessages({ now: at(0), owner: 'w1', leaseMs: LEASE_MS, limit: 10 }),
        rig.meetings.claimMessages({ now: at(0), owner: 'w2', leaseMs: LEASE_MS, limit: 10 }),
      ]);
      const claimed = [...a!, ...b!];
      expect(claimed.map((m) => m.id)).toEqual([due.id]);
      expect(claimed[0]).toMatchObject({ state: 'leased', attempts: 0 });
      const again = await rig.meetings.claimMessages({
        now: at(2),
        owner: 'w3',
        leaseMs: LEASE_MS,
        limit: 10,
      });
      expect(again.map((m) => [m.id, m.leaseOwner, m.attempts])).toEqual([[due.id, 'w3', 1]]);
      // The first owner lost it: its outcome is refused.
      expect(
        await rig.meetings.completeMessage(
          due.id,
          claimed[0]!.leaseOwner!,
          { state: 'sent', activityId: 'x' },
          at(2),
        ),
      ).toBe(false);
      expect(await rig.meetings.renewMessageLease(due.id, 'w3', at(5))).toBe(true);
      expect(
        await rig.meetings.completeMessage(due.id, 'w3', { state: 'sent', activityId: 'act-1' }, at(3)),
      ).toBe(true);
      const [sent] = (await rig.meetings.listMessages({ forumId })).filter((m) => m.id === due.id);
      expect(sent).toMatchObject({ state: 'sent', sentActivityId: 'act-1', leaseOwner: null, attempts: 2 });
      // Nothing is sent twice.
      expect(
        await rig.meetings.claimMessages({ now: at(100), owner: 'w4', leaseMs: LEASE_MS, limit: 10 }),
      ).toEqual([expect.objectContaining({ id: later.id })]);
    });

    test('a retry goes back to pending at its next attempt; a cancel counts no attempt', async () => {
      const { forumId, departmentId } = await aDepartment();
      const m = message(forumId, departmentId);
      await rig.meetings.addMessages([m]);
      await rig.meetings.claimMessages({ now: at(0), owner: 'w1', leaseMs: LEASE_MS, limit: 1 });
      expect(
        await rig.meetings.completeMessage(
          m.id,
          'w1',
          { state: 'retry', nextAttemptAt: at(5), error: 'HTTP 429' },
          at(0),
        ),
      ).toBe(true);
      expect(
        await rig.meetings.claimMessages({ now: at(4), owner: 'w1', leaseMs: LEASE_MS, limit: 1 }),
      ).toEqual([]);
      await rig.meetings.claimMessages({ now: at(5), owner: 'w1', leaseMs: LEASE_MS, limit: 1 });
      expect(
        await rig.meetings.completeMessage(m.id, 'w1', { state: 'cancelled', error: 'date recorded' }, at(5)),
      ).toBe(true);
      expect((await rig.meetings.listMessages({ forumId }))[0]).toMatchObject({
        state: 'cancelled',
        attempts: 1,
        lastError: 'date recorded',
      });
    });

    test('recording the date cancels the pending booking nudges, nothing else', async () => {
      const { forumId, departmentId } = await aDepartment();
      const nudge = message(forumId, departmentId);
      const sentNudge = message(forumId, departmentId, {
        occasion: '2019-09-01',
        state: 'sent',
        sentActivityId: 'a',
      });
      const briefing = message(forumId, departmentId, { kind: 'briefing', occasion: '2019-10-20' });
      await rig.meetings.addMessages([nudge, sentNudge, briefing]);
      await rig.meetings.recordMeeting({
        forumId,
        departmentId,
        date: '2019-10-22',
        startTime: null,
        endTime: null,
        recordedBy: 'm',
        at: at(1),
      });
      const states = Object.fromEntries(
        (await rig.meetings.listMessages({ forumId })).map((m) => [m.id, m.state]),
      );
      expect(states).toEqual({ [nudge.id]: 'cancelled', [sentNudge.id]: 'sent', [briefing.id]: 'pending' });
    });

    test("a department's removal removes its meeting and messages", async () => {
      const { forumId, departmentId } = await aDepartment();
      await rig.meetings.recordMeeting({
        forumId,
        departmentId,
        date: '2019-10-22',
        startTime: null,
        endTime: null,
        recordedBy: 'm',
        at: at(0),
      });
      await rig.meetings.addMessages([message(forumId, departmentId, { kind: 'briefing' })]);
      await rig.store.deleteDepartment(departmentId);
      expect(await rig.meetings.getMeeting(departmentId)).toBeNull();
      expect(await rig.meetings.listMessages({ forumId })).toEqual([]);
    });
    describe('personal data', () => describeMeetingPrivacyContract(() => rig));
    describe('forum-level messages', () => describeForumMessagesContract(() => rig));
  });
}
