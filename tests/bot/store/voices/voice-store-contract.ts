import type { KyselyStore } from '../../../../bot/store/kysely-store';
import { VOICES_WAITING, type MeetingMessage } from '../../../../bot/store/meetings';
import { createKyselyVoiceStore } from '../../../../bot/store/voices/kysely-voice-store';
import type { StoredVoiceRound, VoiceStore } from '../../../../bot/store/voices/voice-store';
import type { Voice } from '../../../../core/voices';
import { DEFAULT_VOICE_GROUPS, DEFAULT_VOICE_QUESTION } from '../../../../core/voices';
import { department, forum, T0, at, uid } from '../fixtures';

export interface VoiceContractEnv {
  /** A fresh, migrated store; `second` is another store on the same database (another instance). */
  open(): Promise<{ store: KyselyStore; second?: KyselyStore }>;
  close(): Promise<void>;
}

/** The VoiceStore contract, run on SQLite and PostgreSQL (voices-sqlite / voices-postgres tests). */
export function describeVoiceStoreContract(name: string, env: VoiceContractEnv): void {
  describe(`VoiceStore contract: ${name}`, () => {
    let store: KyselyStore;
    let second: KyselyStore | undefined;
    let voices: VoiceStore;
    let forumId: string;
    let departmentId: string;

    beforeEach(async () => {
      ({ store, second } = await env.open());
      voices = store.adapter(createKyselyVoiceStore);
      const f = forum();
      const d = department(f.id);
      await store.saveForum(f);
      await store.saveDepartment(d);
      forumId = f.id;
      departmentId = d.id;
    });
    afterEach(async () => env.close());

    const round = (overrides: Partial<StoredVoiceRound> = {}): StoredVoiceRound => ({
      id: uid('vround'),
      forumId,
      departmentId,
      code: uid('code')
        .replace(/[^a-z2-7]/g, 'a')
        .padEnd(26, 'a')
        .slice(0, 26),
      question: DEFAULT_VOICE_QUESTION,
      groups: [...DEFAULT_VOICE_GROUPS],
      closesAt: at(60 * 24),
      cap: 100,
      shared: false,
      createdAt: T0,
      createdBy: 'member-1',
      revokedAt: null,
      ...overrides,
    });
    const voice = (r: StoredVoiceRound, overrides: Partial<Voice> = {}): Voice => ({
      id: uid('voice'),
      roundId: r.id,
      forumId: r.forumId,
      departmentId: r.departmentId,
      groupId: 'borgere',
      text: 'Lyt til os, før I beslutter.',
      state: 'waiting',
      createdAt: T0,
      moderatedAt: null,
      ...overrides,
    });
    const noLimits = { limits: [] };

    it('stores a round and finds it by id, code and department, newest first', async () => {
      const older = round({ createdAt: at(0) });
      const newer = round({ createdAt: at(5), shared: true });
      await voices.createRound(older);
      await voices.createRound(newer);
      expect(await voices.getRound(older.id)).toEqual(older);
      expect(await voices.findRoundByCode(newer.code)).toEqual(newer);
      expect(await voices.findRoundByCode('a'.repeat(26))).toBeUndefined();
      expect((await voices.listRounds(departmentId)).map((r) => r.id)).toEqual([newer.id, older.id]);
    });

    it('refuses a second round with the same code', async () => {
      const first = round();
      await voices.createRound(first);
      await expect(voices.createRound(round({ code: first.code }))).rejects.toThrow();
    });

    it('changes a round and keeps the first revocation', async () => {
      const r = round();
      await voices.createRound(r);
      const changed = await voices.updateRound(r.id, {
        question: { da: 'Hvad savner I?', en: 'What do you miss?' },
        groups: [{ id: 'borgere', label: { da: 'Borgere', en: 'Citizens' } }],
        cap: 5,
        shared: true,
      });
      expect(changed).toMatchObject({ question: { da: 'Hvad savner I?' }, cap: 5, shared: true });
      expect(changed!.groups).toHaveLength(1);
      expect((await voices.revokeRound(r.id, at(10)))!.revokedAt).toBe(at(10));
      expect((await voices.revokeRound(r.id, at(20)))!.revokedAt).toBe(at(10));
      expect(await voices.updateRound('nope', { cap: 1 })).toBeUndefined();
    });

    it('stores voices waiting, moderates them, counts them by group and state', async () => {
      const r = round();
      await voices.createRound(r);
      const a = voice(r, { groupId: 'borgere', createdAt: at(1) });
      const b = voice(r, { groupId: 'borgere', createdAt: at(2) });
      const c = voice(r, { groupId: 'ledere', createdAt: at(3) });
      for (const v of [a, b, c]) expect(await voices.submitVoice({ voice: v, ...noLimits })).toBe('stored');
      expect(await voices.getVoice(a.id)).toEqual(a);
      expect((await voices.moderateVoice(a.id, 'shown', at(4)))!).toMatchObject({
        state: 'shown',
        moderatedAt: at(4),
      });
      await voices.moderateVoice(c.id, 'hidden', at(4));
      expect(await voices.moderateVoice('missing', 'shown', at(4))).toBeUndefined();
      const counts = await voices.countVoices([departmentId, 'other']);
      expect(counts.sort((x, y) => (x.groupId + x.state).localeCompare(y.groupId + y.state))).toEqual([
        { departmentId, groupId: 'borgere', state: 'shown', count: 1 },
        { departmentId, groupId: 'borgere', state: 'waiting', count: 1 },
        { departmentId, groupId: 'ledere', state: 'hidden', count: 1 },
      ]);
      expect(await voices.countVoices([])).toEqual([]);
      expect(await voices.departmentsWaiting()).toEqual([{ forumId, departmentId, waiting: 1 }]);
      const waiting = await voices.listVoices({ departmentId, state: 'waiting', limit: 10, offset: 0 });
      expect(waiting).toEqual({ voices: [b], total: 1 });
      const all = await voices.listVoices({ departmentId, limit: 2, offset: 1 });
      expect(all.total).toBe(3);
      expect(all.voices.map((v) => v.id)).toEqual([b.id, a.id]);
    });

    it('returns the newest shown voices per group, never waiting or hidden ones, and only the rounds asked for', async () => {
      const r1 = round();
      const r2 = round({ shared: true });
      await voices.createRound(r1);
      await voices.createRound(r2);
      const made: Voice[] = [];
      for (let i = 0; i < 5; i++) made.push(voice(r1, { groupId: 'borgere', createdAt: at(i) }));
      made.push(voice(r2, { groupId: 'ledere', createdAt: at(10) }));
      const hidden = voice(r2, { groupId: 'ledere', createdAt: at(11) });
      const waiting = voice(r2, { groupId: 'ledere', createdAt: at(12) });
      for (const v of [...made, hidden, waiting]) await voices.submitVoice({ voice: v, ...noLimits });
      for (const v of made) await voices.moderateVoice(v.id, 'shown', at(20));
      await voices.moderateVoice(hidden.id, 'hidden', at(20));
      const top = await voices.shownVoices(departmentId, 2);
      expect(top.map((v) => v.id)).toEqual([made[5]!.id, made[4]!.id, made[3]!.id]);
      expect((await voices.shownVoices(departmentId, 10, [r2.id])).map((v) => v.id)).toEqual([made[5]!.id]);
      expect(await voices.shownVoices(departmentId, 10, [])).toEqual([]);
      const every = await voices.allShownVoices(departmentId);
      expect(every.map((v) => v.id)).toEqual(made.map((v) => v.id));
      expect(every.some((v) => v.id === hidden.id || v.id === waiting.id)).toBe(false);
    });

    it('stops at the round cap', async () => {
      const r = round({ cap: 2 });
      await voices.createRound(r);
      expect(await voices.submitVoice({ voice: voice(r), ...noLimits })).toBe('stored');
      expect(await voices.submitVoice({ voice: voice(r), ...noLimits })).toBe('stored');
      expect(await voices.submitVoice({ voice: voice(r), ...noLimits })).toBe('full');
      expect((await voices.listVoices({ departmentId, limit: 10, offset: 0 })).total).toBe(2);
    });

    it('holds a rate limit across two instances submitting at once', async () => {
      const r = round();
      await voices.createRound(r);
      const other = (second ?? store).adapter(createKyselyVoiceStore);
      const limits = [{ key: `source:${uid('s')}`, max: 3, windowMs: 60_000 }];
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 ? other : voices).submitVoice({ voice: voice(r), limits }),
        ),
      );
      expect(outcomes.filter((o) => o === 'stored')).toHaveLength(3);
      expect(outcomes.filter((o) => o === 'limited')).toHaveLength(7);
      expect((await voices.listVoices({ departmentId, limit: 100, offset: 0 })).total).toBe(3);
      // Another source still gets through the same link.
      expect(
        await voices.submitVoice({
          voice: voice(r),
          limits: [{ key: `source:${uid('s')}`, max: 3, windowMs: 60_000 }],
        }),
      ).toBe('stored');
    });

    it('forgets hits after the window', async () => {
      const r = round();
      await voices.createRound(r);
      const limits = [{ key: `source:${uid('s')}`, max: 1, windowMs: 50 }];
      expect(await voices.submitVoice({ voice: voice(r), limits })).toBe('stored');
      expect(await voices.submitVoice({ voice: voice(r), limits })).toBe('limited');
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(await voices.submitVoice({ voice: voice(r), limits })).toBe('stored');
      await voices.pruneHits(0);
    });

    /** The notice to each of `chefs`, as the scheduler queues it (bot/scheduler/voice-notices.ts). */
    const notices = (chefs: string[]): MeetingMessage[] =>
      chefs.map((chef) => ({
        id: uid('mm'),
        forumId,
        departmentId,
        kind: VOICES_WAITING,
        occasion: '2019-09-02',
        recipientKind: 'member',
        recipientId: chef,
        dueAt: T0,
        state: 'pending',
        attempts: 0,
        nextAttemptAt: T0,
        leaseOwner: null,
        leaseUntil: null,
        sentActivityId: null,
        lastError: null,
        updatedAt: T0,
      }));
    const queued = async () =>
      (await store.meetingStore().listMessages({ forumId, departmentId })).map((m) => m.recipientId).sort();

    it('claims the chefs notice once per interval, across instances, and queues it with the claim', async () => {
      const other = (second ?? store).adapter(createKyselyVoiceStore);
      const claims = await Promise.all(
        [voices, other, voices, other].map((v) => v.claimNotice(departmentId, 60_000, notices(['c1', 'c2']))),
      );
      expect(claims.filter((c) => c !== null)).toEqual([2]);
      expect(await queued()).toEqual(['c1', 'c2']);
      // Claimed again after the interval: the same day's messages are queued already.
      expect(await voices.claimNotice(departmentId, 0, notices(['c1', 'c2', 'c3']))).toBe(1);
      expect(await queued()).toEqual(['c1', 'c2', 'c3']);
    });

    it('a claim whose notice cannot be queued is not kept: any instance claims again at once', async () => {
      const other = (second ?? store).adapter(createKyselyVoiceStore);
      const [first, toC2] = notices(['c1', 'c2']) as [MeetingMessage, MeetingMessage];
      // A message naming no department there is: the queueing fails inside the claim's transaction.
      await expect(
        voices.claimNotice(departmentId, 3_600_000, [first, { ...toC2, departmentId: uid('gone') }]),
      ).rejects.toThrow();
      expect(await queued()).toEqual([]);
      expect(await other.claimNotice(departmentId, 3_600_000, [first, toC2])).toBe(2);
      expect(await voices.claimNotice(departmentId, 3_600_000, notices(['c3']))).toBeNull();
      expect(await queued()).toEqual(['c1', 'c2']);
    });

    it('purges a forum’s rounds and voices, and only that forum’s', async () => {
      const r = round();
      await voices.createRound(r);
      await voices.submitVoice({ voice: voice(r), ...noLimits });
      await voices.submitVoice({ voice: voice(r), ...noLimits });
      const otherForum = forum();
      const otherDepartment = department(otherForum.id);
      await store.saveForum(otherForum);
      await store.saveDepartment(otherDepartment);
      const kept = round({ forumId: otherForum.id, departmentId: otherDepartment.id });
      await voices.createRound(kept);
      await voices.submitVoice({ voice: voice(kept), ...noLimits });
      expect(await voices.purgeForum(forumId)).toBe(2);
      expect(await voices.purgeForum(forumId)).toBe(0);
      expect(await voices.listRounds(departmentId)).toEqual([]);
      expect(await voices.getRound(kept.id)).toBeDefined();
      expect((await voices.countVoices([otherDepartment.id]))[0]!.count).toBe(1);
    });

    it('removes a department’s rounds and voices with the department', async () => {
      const r = round();
      await voices.createRound(r);
      await voices.submitVoice({ voice: voice(r), ...noLimits });
      await store.deleteDepartment(departmentId);
      expect(await voices.getRound(r.id)).toBeUndefined();
      expect(await voices.countVoices([departmentId])).toEqual([]);
    });
  });
}
