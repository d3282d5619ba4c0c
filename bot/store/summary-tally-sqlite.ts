import { sql, type Kysely } from 'kysely';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AnswerShapeKind } from '../../core/model';
import { DepartmentAccumulator } from '../../core/summary/department-accumulator';
import type { DepartmentTally } from '../../core/summary/summary-tally';
import type { AnswerFacts } from '../../core/summary/types';
import type { Database } from './schema';

/**
 * A department's tally on SQLite: its answers read once, a chunk at a time, and counted by
 * core/summary's DepartmentAccumulator (the in-memory pass's own rules). SQLite runs in this
 * process, so a value read into JavaScript costs no round trip; reading each answer once beat a
 * GROUP BY statement per question kind, answer counts with a chef join and per-chef lookups
 * (bench/summary/statements.ts). Every statement reads at most CHUNK rows and the event loop
 * turns between statements; held in memory are the department's chefs (id and name) and, per
 * chef, the questions they answered (as in the in-memory pass), and the lists' first items.
 * Authors' names come from the chefs read up front; other authors' are read per chunk.
 */

type Db = Kysely<Database>;

/** Rows per statement (a chunk of 2,000 answers takes a few milliseconds). */
const CHUNK = 2000;

/** Questions whose answers list items (actions, indicators) ordered by author: they need names. */
const LISTED: ReadonlySet<AnswerShapeKind> = new Set(['improvements', 'indicators']);

export interface SqliteTallyScope {
  db: Db;
  forumId: string;
  questions: readonly { id: string; kind: AnswerShapeKind }[];
}

export async function sqliteDepartmentTally(
  s: SqliteTallyScope,
  departmentId: string,
  listLimit: number,
  /** Rows per statement (tests make it small to cross many chunk boundaries). */
  chunk = CHUNK,
): Promise<DepartmentTally> {
  const chefs = await departmentChefs(s, departmentId, chunk);
  const names = new Map(chefs.map((c) => [c.id, c.name]));
  const acc = new DepartmentAccumulator(
    { id: departmentId },
    chefs,
    { questions: s.questions.map((q) => ({ id: q.id, shape: { kind: q.kind } })), memberById: new Map() },
    listLimit,
  );
  for (const q of s.questions) {
    const named = LISTED.has(q.kind);
    // A text question counts its answers only (tallyValue counts nothing of a text value).
    const valued = q.kind !== 'text';
    let from: [string, string] | null = null;
    for (;;) {
      const rows: Row[] = await readChunk(s, departmentId, q.id, valued, from, chunk);
      // Only listed items show a name, and only questions of their kind list them: the chefs'
      // names are at hand, other authors' are read for the chunk.
      const others = named ? await otherAuthors(s, rows, names) : new Map<string, string>();
      for (const r of rows) {
        acc.add({
          id: r.id,
          questionId: q.id,
          memberId: r.member_id,
          value: valued ? (JSON.parse(r.value!) as AnswerFacts) : TEXT,
          authorName: named ? (names.get(r.member_id) ?? others.get(r.member_id) ?? null) : null,
        });
      }
      if (rows.length < chunk) break;
      const last = rows[rows.length - 1]!;
      from = [last.updated_at, last.id];
    }
  }
  return acc.tally();
}

/** A forum's tallies on SQLite: every department's, and how many of its answers were read in all. */
export interface SqliteForumTallies {
  departments: Map<string, DepartmentTally>;
  /** Every answer of the forum, placed in one of its departments or not. */
  answers: number;
}

/**
 * Every department's tally in one pass over the forum's answers in table (rowid) order: the
 * overview reads each answer once, as a plain scan of the forum would, instead of one index walk
 * per department and question (which at a million answers costs SQLite's page cache ~1.8× a scan).
 * The lists keep their first items by their own order (BoundedList), so the order in which
 * answers arrive does not change the result.
 */
export async function sqliteForumTallies(
  s: SqliteTallyScope,
  departmentIds: readonly string[],
  listLimit: number,
  /** Rows per statement (tests make it small to cross many chunk boundaries). */
  chunk = CHUNK,
): Promise<SqliteForumTallies> {
  const names = new Map<string, string>();
  const accumulators = new Map<string, DepartmentAccumulator>();
  const counting = {
    questions: s.questions.map((q) => ({ id: q.id, shape: { kind: q.kind } })),
    memberById: new Map(),
  };
  for (const id of departmentIds) {
    const chefs = await departmentChefs(s, id, chunk);
    for (const c of chefs) names.set(c.id, c.name);
    accumulators.set(id, new DepartmentAccumulator({ id }, chefs, counting, listLimit));
  }
  const kinds = new Map(s.questions.map((q) => [q.id, q.kind]));
  let answers = 0;
  let from = 0;
  for (;;) {
    const { rows }: { rows: ForumRow[] } = await sql<ForumRow>`
      select a.rowid as r, a.id, a.department_id, a.question_id, a.member_id, a.value from answers a
      where a.forum_id = ${s.forumId} and a.rowid > ${from} order by a.rowid limit ${chunk}`.execute(s.db);
    await nextTurn();
    answers += rows.length;
    const counted = rows.filter((r) => accumulators.has(r.department_id) && kinds.has(r.question_id));
    const listed = counted.filter((r) => LISTED.has(kinds.get(r.question_id)!));
    const others = listed.length > 0 ? await otherAuthors(s, listed, names) : new Map<string, string>();
    for (const r of counted) {
      const kind = kinds.get(r.question_id)!;
      const named = LISTED.has(kind);
      accumulators.get(r.department_id)!.add({
        id: r.id,
        questionId: r.question_id,
        memberId: r.member_id,
        value: kind === 'text' ? TEXT : (JSON.parse(r.value!) as AnswerFacts),
        authorName: named ? (names.get(r.member_id) ?? others.get(r.member_id) ?? null) : null,
      });
    }
    if (rows.length < chunk) break;
    from = rows[rows.length - 1]!.r;
  }
  return { departments: new Map([...accumulators].map(([id, acc]) => [id, acc.tally()])), answers };
}

interface ForumRow extends Omit<Row, 'updated_at'> {
  r: number;
  department_id: string;
  question_id: string;
}

interface Row {
  id: string;
  member_id: string;
  /** Absent under a text question. */
  value?: string;
  updated_at: string;
}

const TEXT: AnswerFacts = { kind: 'text' };

/** One chunk of a question's answers in a department, in (updated_at, id) order after `from`. */
async function readChunk(
  s: SqliteTallyScope,
  departmentId: string,
  questionId: string,
  valued: boolean,
  from: [string, string] | null,
  chunk: number,
): Promise<Row[]> {
  const { rows } = await sql<Row>`
    select a.id, a.member_id, a.updated_at${valued ? sql`, a.value` : sql``} from answers a
    where a.department_id = ${departmentId} and a.question_id = ${questionId} and a.forum_id = ${s.forumId}
    ${from ? sql`and (a.updated_at, a.id) > (${from[0]}, ${from[1]})` : sql``}
    order by a.updated_at, a.id limit ${chunk}`.execute(s.db);
  await nextTurn();
  return rows;
}

/** The names of a chunk's authors who are not among `known` (no longer members: absent). */
async function otherAuthors(
  s: SqliteTallyScope,
  rows: readonly Pick<Row, 'member_id'>[],
  known: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.member_id).filter((id) => !known.has(id)))];
  if (ids.length === 0) return new Map();
  const { rows: found } = await sql<{ id: string; name: string }>`
    select m.id, m.name from members m where m.id in (${sql.join(ids)})`.execute(s.db);
  await nextTurn();
  return new Map(found.map((m) => [m.id, m.name]));
}

/** The department's chefs (members of the forum with the role) and their names, a chunk at a time. */
async function departmentChefs(
  s: SqliteTallyScope,
  departmentId: string,
  chunk: number,
): Promise<{ id: string; name: string }[]> {
  const chefs: { id: string; name: string }[] = [];
  let from: string | null = null;
  for (;;) {
    const { rows }: { rows: { id: string; name: string }[] } = await sql<{ id: string; name: string }>`
      select md.member_id as id, m.name from member_departments md join members m on m.id = md.member_id
      where md.department_id = ${departmentId} and m.role = 'chef' and m.forum_id = ${s.forumId}
      ${from === null ? sql`` : sql`and md.member_id > ${from}`}
      order by md.member_id limit ${chunk}`.execute(s.db);
    await nextTurn();
    chefs.push(...rows);
    if (rows.length < chunk) return chefs;
    from = rows[rows.length - 1]!.id;
  }
}
