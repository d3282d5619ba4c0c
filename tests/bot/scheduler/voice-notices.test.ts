import { InsertQueryNode, RawNode, sql, type KyselyPlugin } from 'kysely';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { createScheduler, type Scheduler } from '../../../bot/scheduler';
import { seedExampleForum } from '../../../bot/seed/seed-example';
import { createSqliteStore, SQLITE_MEMORY, type KyselyStore } from '../../../bot/store';
import { createKyselyVoiceStore } from '../../../bot/store/voices/kysely-voice-store';
import type { StoredVoiceRound, VoiceStore } from '../../../bot/store/voices/voice-store';
import type { ProactiveSender } from '../../../bot/teams/proactive';
import type { Department, Forum, Member } from '../../../core/model';
import { DEFAULT_VOICE_GROUPS, DEFAULT_VOICE_QUESTION } from '../../../core/voices';
import { personalRef } from '../../support/connector-refs';
import { checkCard } from '../teams/support/validate-card';
import { handClock } from './fanout-fixture';
import { schedulerDeps } from './scheduler-harness';
import { createPostgresStore } from '../../../bot/store/postgres/postgres-store';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';

interface Sent {
  conversationId: string;
  card: string;
}

let failFirst = false;

/** Records each card; with `failFirst`, the first send gets a 503 (a retry later). */
function recordingSender(sent: Sent[]): ProactiveSender {
  return {
    async send(reference, activity: Partial<Activity>, options) {
      await options?.beforeRequest?.();
      if (failFirst) {
        failFirst = false;
        return {
          ok: false,
          failure: {
            kind: 'transient',
            status: 503,
            retryAfterMs: null,
            reason: '503',
            mayHaveArrived: false,
          },
        };
      }
      const conversationId = (reference as { conversation: { id: string } }).conversation.id;
      const card = activity.attachments![0]!.content as Record<string, unknown>;
      expect(checkCard(card).errors).toEqual([]);
      sent.push({ conversationId, card: JSON.stringify(card) });
      return { ok: true, activityId: `act-${sent.length}`, conversationId };
    },
    async update() {
      throw new Error('not used');
    },
    async createPersonalConversation() {
      throw new Error('every member has a chat');
    },
  };
}

const MINUTE = 60_000;
const PROCESS_DIED = 'the process died right after the notice claim';

/**
 * Stands for a process killed right after its notice claim reached the database: the claim
 * statement runs, then everything fails, so no code of the pass runs after it. A claim stored on
 * its own would hold the day's notice with nothing queued; one in the queueing's transaction is
 * rolled back, as the database does for a transaction whose process died.
 */
function dieAfterClaim(): KyselyPlugin {
  const claims = new WeakSet<object>();
  let dead = false;
  return {
    transformQuery({ node, queryId }) {
      // What the database does when a process dies in a transaction: it rolls it back.
      const rollback = RawNode.is(node) && /^rollback/.test(node.sqlFragments.join('').trim());
      if (dead && !rollback) throw new Error(PROCESS_DIED);
      if (InsertQueryNode.is(node) && node.into?.table.identifier.name === 'voice_notices')
        claims.add(queryId);
      return node;
    },
    async transformResult({ result, queryId }) {
      if (dead || claims.has(queryId)) {
        dead = true;
        throw new Error(PROCESS_DIED);
      }
      return result;
    },
  };
}

interface Env {
  /** The databases' stores: one, or two pools on one PostgreSQL schema (two instances). */
  open(): Promise<KyselyStore[]>;
  close(): Promise<void>;
}

function describeNotices(name: string, env: Env) {
  describe(`the chefs' notice of voices waiting for moderation (${name})`, () => {
    let store: KyselyStore;
    let stores: KyselyStore[];
    let voices: VoiceStore;
    let clock: ReturnType<typeof handClock>;
    let sent: Sent[];
    let forum: Forum;
    let department: Department;
    let chefs: Member[];
    let round: StoredVoiceRound;
    const instances: Scheduler[] = [];

    /**
     * An instance; with `diesAfterClaim`, its process dies right after its first notice claim is
     * written: the claim statement runs and nothing after it (no queueing, no clean-up).
     */
    function instance(options: { diesAfterClaim?: boolean } = {}): Scheduler {
      const store = stores[instances.length % stores.length]!;
      const deps = schedulerDeps(store, clock, { PUBLIC_URL: 'https://samskab.test' });
      const voicesPort = store.adapter((db, strategy) =>
        createKyselyVoiceStore(options.diesAfterClaim ? db.withPlugin(dieAfterClaim()) : db, strategy),
      );
      const scheduler = createScheduler(deps, {
        adapter: new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})),
        botAppId: '',
        sender: recordingSender(sent),
        // Each instance its own port over the shared database, as separate processes have.
        voices: voicesPort,
      });
      instances.push(scheduler);
      return scheduler;
    }

    async function submit(count: number): Promise<void> {
      for (let i = 0; i < count; i++)
        await voices.submitVoice({
          voice: {
            id: crypto.randomUUID(),
            roundId: round.id,
            forumId: forum.id,
            departmentId: department.id,
            groupId: 'borgere',
            text: `Lyt til os (${i}).`,
            state: 'waiting',
            createdAt: clock.now().toISOString(),
            moderatedAt: null,
          },
          limits: [],
        });
    }

    /** Both instances scan and send, twice; the clock moves past the scan interval first. */
    async function passes(a: Scheduler, b: Scheduler): Promise<void> {
      clock.advance(2 * MINUTE);
      await Promise.all([a.tickMeetings(), b.tickMeetings()]);
      await Promise.all([a.tickMeetings(), b.tickMeetings()]);
    }

    const notices = () => sent.filter((s) => s.card.includes('Stemmer venter'));
    const chatOf = (m: Member) => `a:personal-${m.aadObjectId}`;

    beforeEach(async () => {
      stores = await env.open();
      store = stores[0]!;
      voices = store.adapter(createKyselyVoiceStore);
      // Monday 2 Sep 2019, 07:00 in Copenhagen: inside the example forum's quiet hours (17–08).
      clock = handClock('2019-09-02T05:00:00.000Z');
      sent = [];
      failFirst = false;
      await seedExampleForum(store, clock, () => crypto.randomUUID());
      [forum] = (await store.listForums()) as [Forum];
      [department] = (await store.listDepartments(forum.id)) as [Department];
      const members = await store.listMembers(forum.id);
      chefs = members.filter((m) => m.role === 'chef' && m.departmentIds.includes(department.id));
      const at = clock.now().toISOString();
      for (const m of members)
        await store.saveConversationRef(personalRef('https://connector.test', m.aadObjectId, at));
      round = {
        id: crypto.randomUUID(),
        forumId: forum.id,
        departmentId: department.id,
        code: 'a'.repeat(26),
        question: DEFAULT_VOICE_QUESTION,
        groups: [...DEFAULT_VOICE_GROUPS],
        closesAt: '2019-12-31T12:00:00.000Z',
        cap: 100,
        shared: false,
        createdAt: at,
        createdBy: chefs[0]!.id,
        revokedAt: null,
      };
      await voices.createRound(round);
    });
    afterEach(async () => {
      for (const s of instances.splice(0)) await s.stop();
      await env.close();
    });

    test('waits out quiet hours, then one notice per chef across two instances; none again within the day; one more after a day with new voices', async () => {
      expect(chefs.length).toBeGreaterThan(0);
      const a = instance();
      const b = instance();
      await submit(3);

      await passes(a, b);
      expect(notices()).toEqual([]);

      // 09:00 local: the quiet hours are over.
      clock.set('2019-09-02T07:00:00.000Z');
      await passes(a, b);
      expect(
        notices()
          .map((s) => s.conversationId)
          .sort(),
      ).toEqual(chefs.map(chatOf).sort());
      const card = notices()[0]!.card;
      expect(card).toContain('3 nye stemmer til');
      expect(card).toContain(`https://samskab.test`);
      expect(card).toContain(encodeURIComponent(department.id).slice(0, 8));

      // More voices later the same day, and a restarted instance: no second notice.
      await submit(1);
      clock.set('2019-09-02T13:00:00.000Z');
      const restarted = instance();
      await passes(a, restarted);
      expect(notices()).toHaveLength(chefs.length);

      // A day later (on the store's clock, which the claim uses) with a new voice: one more notice each.
      await sql`update voice_notices set notified_ms = notified_ms - ${24 * 3_600_000}`.execute(
        store.adapter((db) => db),
      );
      await submit(1);
      clock.set('2019-09-03T07:00:00.000Z');
      await passes(a, b);
      expect(notices()).toHaveLength(2 * chefs.length);
      expect(notices().at(-1)!.card).toContain('5 nye stemmer til');
    });

    test('an instance that dies right after claiming the notice loses no notice: after the restart each chef is told once', async () => {
      const dying = instance({ diesAfterClaim: true });
      await submit(2);
      clock.set('2019-09-02T07:00:00.000Z');
      await expect(dying.tickMeetings()).rejects.toThrow(PROCESS_DIED);
      await dying.stop();
      expect(notices()).toEqual([]);

      const restarted = instance();
      await passes(restarted, restarted);
      expect(
        notices()
          .map((s) => s.conversationId)
          .sort(),
      ).toEqual(chefs.map(chatOf).sort());
      // Told once: the claim taken after the restart holds for the day.
      clock.advance(60 * MINUTE);
      await passes(restarted, instance());
      expect(notices()).toHaveLength(chefs.length);
    });

    test('a notice whose voices were all moderated before its retry is cancelled, not sent', async () => {
      failFirst = true;
      const a = instance();
      await submit(1);
      clock.set('2019-09-02T07:00:00.000Z');
      await passes(a, a);
      // Teams answered 503 for the first chef: that message waits for a retry.
      expect(notices()).toHaveLength(chefs.length - 1);
      const { voices: waiting } = await voices.listVoices({
        departmentId: department.id,
        state: 'waiting',
        limit: 10,
        offset: 0,
      });
      await voices.moderateVoice(waiting[0]!.id, 'shown', clock.now().toISOString());
      clock.advance(30 * MINUTE);
      await passes(a, a);
      expect(notices()).toHaveLength(chefs.length - 1);
      const rows = await store
        .adapter((db) => db)
        .selectFrom('meeting_messages')
        .select(['state', 'last_error'])
        .where('kind', '=', 'voicesWaiting')
        .execute();
      expect(rows.filter((r) => r.state === 'cancelled')).toEqual([
        { state: 'cancelled', last_error: 'no voice waits any more' },
      ]);
    });
  });
}

let sqlite: KyselyStore | undefined;
describeNotices('SQLite', {
  async open() {
    sqlite = createSqliteStore({ path: SQLITE_MEMORY });
    await sqlite.migrate();
    return [sqlite];
  },
  async close() {
    await sqlite?.close();
  },
});

describeWithPostgres('on PostgreSQL', () => {
  let opened: KyselyStore[] = [];
  const schemas: string[] = [];
  afterAll(async () => {
    for (const schema of schemas) await dropSchema(schema);
  });
  describeNotices('PostgreSQL, two pools', {
    async open() {
      const schema = uniqueSchemaName('vn');
      schemas.push(schema);
      const open = () =>
        createPostgresStore({ connectionString: TEST_DATABASE_URL, schema, maxConnections: 4 });
      const a = await open();
      await a.store.migrate();
      const b = await open();
      opened = [a.store, b.store];
      return opened;
    },
    async close() {
      for (const s of opened) await s.close();
    },
  });
});
