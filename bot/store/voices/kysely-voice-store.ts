import { sql, type Kysely } from 'kysely';
import type { Localized } from '../../../core/model';
import type { ShownVoice, Voice, VoiceCountRow, VoiceGroup, VoiceState } from '../../../core/voices';
import type { DialectStrategy } from '../dialect-strategy';
import { KyselyMeetingStore } from '../meetings/kysely-meeting-store';
import { nestedStrategy } from '../nested-strategy';
import type { Database } from '../schema';
import type { VoiceRoundsTable, VoicesTable, VoiceTables } from './voice-schema';
import type {
  StoredVoiceRound,
  VoicePageQuery,
  VoiceRoundChanges,
  VoiceStore,
  VoiceSubmission,
  VoiceSubmitOutcome,
} from './voice-store';

type VoiceDb = Kysely<VoiceTables>;

function roundFromRow(row: VoiceRoundsTable): StoredVoiceRound {
  return {
    id: row.id,
    forumId: row.forum_id,
    departmentId: row.department_id,
    code: row.code,
    question: JSON.parse(row.question) as Localized,
    groups: JSON.parse(row.groups) as VoiceGroup[],
    closesAt: row.closes_at,
    cap: Number(row.cap),
    shared: Number(row.shared) === 1,
    createdAt: row.created_at,
    createdBy: row.created_by,
    revokedAt: row.revoked_at,
  };
}

function voiceFromRow(row: VoicesTable): Voice {
  return {
    id: row.id,
    roundId: row.round_id,
    forumId: row.forum_id,
    departmentId: row.department_id,
    groupId: row.group_id,
    text: row.text,
    state: row.state as VoiceState,
    createdAt: row.created_at,
    moderatedAt: row.moderated_at,
  };
}

/**
 * The voices port over the store's Kysely instance: the same queries on SQLite and PostgreSQL. The
 * only dialect difference is the lock that serializes submissions across instances (SQLite's
 * write transaction is exclusive already).
 */
export function createKyselyVoiceStore(db: Kysely<Database>, strategy: DialectStrategy): VoiceStore {
  const vdb = db.withTables<VoiceTables>() as unknown as VoiceDb;
  const asVoiceDb = (trx: Kysely<Database>) => trx.withTables<VoiceTables>() as unknown as VoiceDb;
  const clock = strategy.clockMs();

  const getRound = async (id: string) => {
    const row = await vdb.selectFrom('voice_rounds').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? roundFromRow(row) : undefined;
  };

  return {
    async createRound(round) {
      await vdb
        .insertInto('voice_rounds')
        .values({
          id: round.id,
          forum_id: round.forumId,
          department_id: round.departmentId,
          code: round.code,
          question: JSON.stringify(round.question),
          groups: JSON.stringify(round.groups),
          closes_at: round.closesAt,
          cap: round.cap,
          shared: round.shared ? 1 : 0,
          created_at: round.createdAt,
          created_by: round.createdBy,
          revoked_at: round.revokedAt,
        })
        .execute();
    },

    async updateRound(id, changes: VoiceRoundChanges) {
      const set: Partial<VoiceRoundsTable> = {};
      if (changes.question) set.question = JSON.stringify(changes.question);
      if (changes.groups) set.groups = JSON.stringify(changes.groups);
      if (changes.closesAt) set.closes_at = changes.closesAt;
      if (changes.cap !== undefined) set.cap = changes.cap;
      if (changes.shared !== undefined) set.shared = changes.shared ? 1 : 0;
      if (Object.keys(set).length > 0) {
        await vdb.updateTable('voice_rounds').set(set).where('id', '=', id).execute();
      }
      return getRound(id);
    },

    async revokeRound(id, at) {
      await vdb
        .updateTable('voice_rounds')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
      return getRound(id);
    },

    getRound,

    async findRoundByCode(code) {
      const row = await vdb
        .selectFrom('voice_rounds')
        .selectAll()
        .where('code', '=', code)
        .executeTakeFirst();
      return row ? roundFromRow(row) : undefined;
    },

    async listRounds(departmentId) {
      const rows = await vdb
        .selectFrom('voice_rounds')
        .selectAll()
        .where('department_id', '=', departmentId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(roundFromRow);
    },

    async submitVoice({ voice, limits }: VoiceSubmission): Promise<VoiceSubmitOutcome> {
      return strategy.writeTransaction(db, async (trx) => {
        if (strategy.dialect === 'postgres') {
          await sql`select pg_advisory_xact_lock(hashtext(current_schema() || '.voice_hits'))`.execute(trx);
        }
        const t = asVoiceDb(trx);
        // Hits live no longer than the longest window: the source's hash is gone with them.
        const longest = Math.max(0, ...limits.map((l) => l.windowMs));
        await t
          .deleteFrom('voice_hits')
          .where('t', '<=', sql<number>`${clock} - ${longest}`)
          .execute();
        const room = await t
          .selectFrom('voice_rounds')
          .select((eb) => [
            'cap',
            eb
              .selectFrom('voices')
              .select(eb.fn.countAll<number>().as('n'))
              .whereRef('voices.round_id', '=', 'voice_rounds.id')
              .as('taken'),
          ])
          .where('id', '=', voice.roundId)
          .executeTakeFirst();
        if (!room || Number(room.taken) >= Number(room.cap)) return 'full';
        for (const limit of limits) {
          const used = await t
            .selectFrom('voice_hits')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('key', '=', limit.key)
            .where('t', '>', sql<number>`${clock} - ${limit.windowMs}`)
            .executeTakeFirstOrThrow();
          if (Number(used.n) >= limit.max) return 'limited';
        }
        if (limits.length > 0) {
          await t
            .insertInto('voice_hits')
            .values(limits.map((l) => ({ key: l.key, t: clock })))
            .execute();
        }
        await t
          .insertInto('voices')
          .values({
            id: voice.id,
            round_id: voice.roundId,
            forum_id: voice.forumId,
            department_id: voice.departmentId,
            group_id: voice.groupId,
            text: voice.text,
            state: 'waiting',
            created_at: voice.createdAt,
            moderated_at: null,
          })
          .execute();
        return 'stored';
      });
    },

    async getVoice(id) {
      const row = await vdb.selectFrom('voices').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? voiceFromRow(row) : undefined;
    },

    async moderateVoice(id, state, at) {
      await vdb.updateTable('voices').set({ state, moderated_at: at }).where('id', '=', id).execute();
      const row = await vdb.selectFrom('voices').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? voiceFromRow(row) : undefined;
    },

    async listVoices({ departmentId, state, limit, offset }: VoicePageQuery) {
      let page = vdb.selectFrom('voices').where('department_id', '=', departmentId);
      if (state) page = page.where('state', '=', state);
      const [rows, total] = await Promise.all([
        page
          .selectAll()
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(limit)
          .offset(offset)
          .execute(),
        page.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { voices: rows.map(voiceFromRow), total: Number(total.n) };
    },

    async countVoices(departmentIds): Promise<VoiceCountRow[]> {
      if (departmentIds.length === 0) return [];
      const rows = await vdb
        .selectFrom('voices')
        .select((eb) => ['department_id', 'group_id', 'state', eb.fn.countAll<number>().as('n')])
        .where('department_id', 'in', [...departmentIds])
        .groupBy(['department_id', 'group_id', 'state'])
        .execute();
      return rows.map((r) => ({
        departmentId: r.department_id,
        groupId: r.group_id,
        state: r.state as VoiceState,
        count: Number(r.n),
      }));
    },

    async shownVoices(departmentId, perGroup, roundIds): Promise<ShownVoice[]> {
      if (roundIds?.length === 0) return [];
      let ranked = vdb
        .selectFrom('voices')
        .select([
          'id',
          'group_id',
          'text',
          'created_at',
          sql<number>`row_number() over (partition by group_id order by created_at desc, id desc)`.as('rank'),
        ])
        .where('department_id', '=', departmentId)
        .where('state', '=', 'shown');
      if (roundIds) ranked = ranked.where('round_id', 'in', [...roundIds]);
      const rows = await vdb
        .selectFrom(ranked.as('ranked'))
        .selectAll()
        .where('rank', '<=', perGroup)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map((r) => ({ id: r.id, groupId: r.group_id, text: r.text, createdAt: r.created_at }));
    },

    async allShownVoices(departmentId, roundIds) {
      if (roundIds?.length === 0) return [];
      let query = vdb
        .selectFrom('voices')
        .select(['id', 'group_id', 'text', 'created_at'])
        .where('department_id', '=', departmentId)
        .where('state', '=', 'shown');
      if (roundIds) query = query.where('round_id', 'in', [...roundIds]);
      const rows = await query.orderBy('created_at').orderBy('id').execute();
      return rows.map((r) => ({ id: r.id, groupId: r.group_id, text: r.text, createdAt: r.created_at }));
    },

    async departmentsWaiting() {
      const rows = await vdb
        .selectFrom('voices')
        .select((eb) => ['forum_id', 'department_id', eb.fn.countAll<number>().as('n')])
        .where('state', '=', 'waiting')
        .groupBy(['forum_id', 'department_id'])
        .orderBy('forum_id')
        .orderBy('department_id')
        .execute();
      return rows.map((r) => ({ forumId: r.forum_id, departmentId: r.department_id, waiting: Number(r.n) }));
    },

    claimNotice(departmentId, intervalMs, messages) {
      return strategy.writeTransaction(db, async (trx) => {
        const claimed = await asVoiceDb(trx)
          .insertInto('voice_notices')
          .values({ department_id: departmentId, notified_ms: clock })
          .onConflict((oc) =>
            oc
              .column('department_id')
              .doUpdateSet({ notified_ms: clock })
              .where('voice_notices.notified_ms', '<=', sql<number>`${clock} - ${intervalMs}`),
          )
          .returning('department_id')
          .executeTakeFirst();
        if (claimed === undefined) return null;
        return new KyselyMeetingStore(trx, nestedStrategy(strategy)).addMessages(messages);
      });
    },

    async purgeForum(forumId) {
      return strategy.writeTransaction(db, async (trx) => {
        const t = asVoiceDb(trx);
        const gone = await t.deleteFrom('voices').where('forum_id', '=', forumId).executeTakeFirst();
        await t.deleteFrom('voice_rounds').where('forum_id', '=', forumId).execute();
        return Number(gone.numDeletedRows);
      });
    },

    async pruneHits(olderThanMs) {
      await vdb
        .deleteFrom('voice_hits')
        .where('t', '<', sql<number>`${clock} - ${olderThanMs}`)
        .execute();
    },
  };
}
