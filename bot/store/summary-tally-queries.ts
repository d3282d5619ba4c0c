import { sql, type Kysely, type RawBuilder } from 'kysely';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AnswerShapeKind } from '../../core/model';
import { BoundedList } from '../../core/summary/bounded-list';
import {
  compareActions,
  compareIndicators,
  type ChefTally,
  type DepartmentTally,
  type ForumTally,
  type PlannedAction,
  type QuestionTally,
} from '../../core/summary/summary-tally';
import type { IndicatorItem } from '../../core/summary/types';
import { bump, emptyValueTally, type ValueTally } from '../../core/summary/value-tally';
import { sqliteDepartmentTally, sqliteForumTallies } from './summary-tally-sqlite';
import { kyselyAdapter, type KyselyContext } from './kysely-port';
import type { SummaryTallyStore } from './ports/summary-tally-store';
import type { Database } from './schema';

/**
 * The summaries' tallies, the same counts the in-memory pass of core/summary makes (the store
 * contract compares them). PostgreSQL counts in the database (GROUP BY over the JSON values): one
 * statement per department, question and kind of count, chefs in chunks of members, side by
 * side. SQLite runs in this process, synchronously on the event loop: it reads each answer of a
 * department once, a chunk at a time, and counts it with core's accumulator
 * (summary-tally-sqlite.ts). The forum's chefs of several departments and its answer count are
 * the same statements on both, each reading a bounded number of rows.
 */

type Dialect = 'sqlite' | 'postgres';
type Db = Kysely<Database>;

/** Chefs per statement (each looks up its answers by question; on SQLite 1,000 took ~25-36 ms a statement at 30,000 answers). */
const CHEF_CHUNK: Record<Dialect, number> = { sqlite: 250, postgres: 20_000 };
/** Index entries per statement when only counting the forum's answers. */
const COUNT_CHUNK: Record<Dialect, number> = { sqlite: 50_000, postgres: 1_000_000 };

interface Scope {
  db: Db;
  dialect: Dialect;
  forumId: string;
  questions: { id: string; kind: AnswerShapeKind }[];
  departmentIds: string[];
}

async function scope(db: Db, dialect: Dialect, forumId: string): Promise<Scope> {
  const [questions, departments] = await Promise.all([
    db.selectFrom('questions').select(['id', 'shape']).where('forum_id', '=', forumId).execute(),
    db.selectFrom('departments').select('id').where('forum_id', '=', forumId).execute(),
  ]);
  return {
    db,
    dialect,
    forumId,
    questions: questions.map((q) => ({
      id: q.id,
      kind: (JSON.parse(q.shape) as { kind: AnswerShapeKind }).kind,
    })),
    departmentIds: departments.map((d) => d.id),
  };
}

async function departmentTally(
  { db, strategy: { dialect } }: KyselyContext,
  forumId: string,
  departmentId: string,
  listLimit: number,
): Promise<DepartmentTally> {
  return tallyDepartment(await scope(db, dialect, forumId), departmentId, listLimit);
}

async function forumTally(
  { db, strategy: { dialect } }: KyselyContext,
  forumId: string,
  listLimit: number,
): Promise<ForumTally> {
  const s = await scope(db, dialect, forumId);
  const sqlite = s.dialect === 'sqlite' ? await sqliteForumTallies(s, s.departmentIds, listLimit) : null;
  const departments = sqlite?.departments ?? new Map<string, DepartmentTally>();
  for (const id of sqlite ? [] : s.departmentIds)
    departments.set(id, await countInDatabase(s, id, listLimit));
  const questionChefAnswers = new Map<string, number>();
  let placed = 0;
  for (const d of departments.values()) {
    for (const [questionId, q] of d.questions) {
      placed += q.answers;
      questionChefAnswers.set(questionId, (questionChefAnswers.get(questionId) ?? 0) + q.chefAnswers);
    }
  }
  const chefs = await forumChefs(s, departments.values());
  const total = sqlite?.answers ?? (await countForumAnswers(s));
  return { departments, chefs, questionChefAnswers, unplacedAnswers: Math.max(0, total - placed) };
}

function tallyDepartment(s: Scope, departmentId: string, listLimit: number): Promise<DepartmentTally> {
  return s.dialect === 'sqlite'
    ? sqliteDepartmentTally(s, departmentId, listLimit)
    : countInDatabase(s, departmentId, listLimit);
}

/** A department's tally counted by PostgreSQL. */
async function countInDatabase(s: Scope, departmentId: string, listLimit: number): Promise<DepartmentTally> {
  const actions = new BoundedList<PlannedAction>(listLimit, compareActions);
  const indicators = new BoundedList<IndicatorItem>(listLimit, compareIndicators);
  const tallyCell = async (question: Scope['questions'][number]): Promise<QuestionTally> => {
    const cell: QuestionTally = { answers: 0, chefAnswers: 0, values: emptyValueTally() };
    const range = sql`a.department_id = ${departmentId} and a.question_id = ${question.id} and a.forum_id = ${s.forumId}`;
    const [counts, , planned, listed] = await Promise.all([
      cellCounts(s, range),
      tallyValues(s, question.kind, range, cell.values),
      question.kind === 'improvements' ? firstActions(s, range, listLimit) : [],
      question.kind === 'indicators' ? firstIndicators(s, range, listLimit) : [],
    ]);
    cell.answers += counts.answers;
    cell.chefAnswers += counts.chefAnswers;
    for (const a of planned) actions.push({ ...a, departmentId });
    for (const i of listed) indicators.push({ ...i, departmentId });
    return cell;
  };
  // A few statements at a time side by side (PostgreSQL works on them in parallel; a summary must
  // not take the whole pool), the questions one after another.
  const cellsInTurn = async () => {
    const out: QuestionTally[] = [];
    for (const q of s.questions) out.push(await tallyCell(q));
    return out;
  };
  const [cells, chefs] = await Promise.all([cellsInTurn(), departmentChefs(s, departmentId)]);
  const questions = new Map(s.questions.map((q, i) => [q.id, cells[i]!]));
  return {
    departmentId,
    questions,
    chefs,
    actions: actions.result(),
    actionTotal: cells.reduce((sum, c) => sum + c.values.actions, 0),
    indicators: indicators.result(),
    indicatorTotal: cells.reduce((sum, c) => sum + c.values.indicators, 0),
  };
}

type Key = [string, string];

const after = (cols: RawBuilder<unknown>, from: Key | null) =>
  from ? sql` and (${cols}) > (${from[0]}, ${from[1]})` : sql``;

// ---- one department's question (PostgreSQL) ----------------------------------------------------

async function cellCounts(s: Scope, range: RawBuilder<unknown>) {
  const rows = await run(
    s,
    sql<{ answers: number | string; chefs: number | string }>`
    select count(*) as answers, count(md.member_id) as chefs
    from answers a
    left join members m on m.id = a.member_id and m.role = 'chef' and m.forum_id = ${s.forumId}
    left join member_departments md on md.member_id = m.id and md.department_id = a.department_id
    where ${range}`,
  );
  return { answers: Number(rows[0]?.answers ?? 0), chefAnswers: Number(rows[0]?.chefs ?? 0) };
}

/** The dialect's pieces for reading inside answer values. */
interface Json {
  /** FROM items after `answers a` that give the value (as `v` for `field`). */
  value: RawBuilder<unknown>;
  /** The value's field as text. */
  field(name: string): RawBuilder<unknown>;
  /** The value's field's JSON type is one of these (SQLite json_type names). */
  fieldIs(name: string, ...types: ('text' | 'number')[]): RawBuilder<unknown>;
  /** FROM item: the elements of the value's array field as `alias` (with `alias.idx`, 0-based). */
  elements(name: string, alias: string, of?: string): RawBuilder<unknown>;
  /** An element's field as text. */
  elementField(alias: string, name: string): RawBuilder<unknown>;
  elementIs(alias: string, name: string, ...types: ('text' | 'number')[]): RawBuilder<unknown>;
  elementLength(alias: string, name: string): RawBuilder<unknown>;
  /** An ORDER BY on text in code point order (as JavaScript's < compares, outside the astral planes). */
  text(expr: RawBuilder<unknown>): RawBuilder<unknown>;
}

const PG_TYPES = { text: ['string'], number: ['number'] } as const;

const postgresJson: Json = {
  value: sql`cross join lateral (select a.value::jsonb as v) j`,
  field: (name) => sql`j.v->>${sql.lit(name)}`,
  fieldIs: (name, ...types) =>
    sql`jsonb_typeof(j.v->${sql.lit(name)}) in (${sql.join(types.flatMap((t) => PG_TYPES[t]))})`,
  elements: (name, alias, of = 'j') =>
    sql`cross join lateral jsonb_array_elements(${sql.raw(of === 'j' ? 'j.v' : `${of}.value`)}->${sql.lit(name)}) with ordinality ${sql.raw(`${alias}(value, ord)`)}`,
  elementField: (alias, name) => sql`(${sql.ref(`${alias}.value`)}->>${sql.lit(name)})`,
  elementIs: (alias, name, ...types) =>
    sql`jsonb_typeof(${sql.ref(`${alias}.value`)}->${sql.lit(name)}) in (${sql.join(types.flatMap((t) => PG_TYPES[t]))})`,
  elementLength: (alias, name) => sql`jsonb_array_length(${sql.ref(`${alias}.value`)}->${sql.lit(name)})`,
  text: (expr) => sql`(${expr}) collate "C"`,
};

/** An array element's place, 0-based. */
const index = (alias: string) => sql`cast(${sql.ref(`${alias}.ord`)} - 1 as integer)`;

/** Runs one statement; on SQLite the event loop turns before the next. */
async function run<R>(s: Scope, query: RawBuilder<R>): Promise<R[]> {
  const { rows } = await query.execute(s.db);
  if (s.dialect === 'sqlite') await nextTurn();
  return rows;
}
const n = (x: number | string | null | undefined) => Number(x ?? 0);

/** Adds one chunk's values of a question of `kind` to `tally` (values of another kind add nothing). */
async function tallyValues(s: Scope, kind: AnswerShapeKind, range: RawBuilder<unknown>, tally: ValueTally) {
  const j = postgresJson;
  const ofKind = sql`${j.field('kind')} = ${kind}`;
  const keyed = async (
    name: string,
    type: 'text' | 'number',
    into: Map<string, number> | Map<number, number>,
  ) => {
    const rows = await run(
      s,
      sql<{ key: string | number; n: number | string }>`
        select ${j.field(name)} as key, count(*) as n from answers a ${j.value}
        where ${range} and ${ofKind} and ${j.fieldIs(name, type)} group by 1`,
    );
    for (const r of rows)
      bump(into as Map<unknown, number>, type === 'number' ? Number(r.key) : String(r.key), n(r.n));
  };
  switch (kind) {
    case 'text':
      return;
    case 'textWithLeadershipStyle':
      return keyed('style', 'text', tally.styles);
    case 'textWithKnowsOthers':
      return keyed('knowsOthers', 'text', tally.knowsOthers);
    case 'textWithRating':
      return keyed('rating', 'number', tally.ratings);
    case 'textWithPrinciples': {
      // An answer counts once per principle, however often it lists it.
      const p = sql`p.value::numeric`;
      const isNumber = sql`jsonb_typeof(p.value) = 'number'`;
      const rows = await run(
        s,
        sql<{ key: number | string; n: number | string }>`
        select ${p} as key, count(distinct a.id) as n from answers a ${j.value} ${j.elements('principles', 'p')}
        where ${range} and ${ofKind} and ${isNumber} group by 1`,
      );
      for (const r of rows) bump(tally.principles, Number(r.key), n(r.n));
      return;
    }
    case 'improvements': {
      const rows = await run(
        s,
        sql<{ improvements: number | string; actions: number | string | null }>`
        select count(*) as improvements, sum(${j.elementLength('i', 'actions')}) as actions
        from answers a ${j.value} ${j.elements('items', 'i')}
        where ${range} and ${ofKind}`,
      );
      tally.improvements += n(rows[0]?.improvements);
      tally.actions += n(rows[0]?.actions);
      return;
    }
    case 'indicators': {
      const rows = await run(
        s,
        sql<{
          value_type: string | null;
          mode: string | null;
          n: number | string;
        }>`
        select case when ${j.elementIs('i', 'valueType', 'text')} then ${j.elementField('i', 'valueType')} end as value_type,
               case when ${j.elementIs('i', 'mode', 'text')} then ${j.elementField('i', 'mode')} end as mode,
               count(*) as n
        from answers a ${j.value} ${j.elements('items', 'i')}
        where ${range} and ${ofKind} group by 1, 2`,
      );
      for (const r of rows) {
        tally.indicators += n(r.n);
        if (r.value_type !== null) bump(tally.valueTypes, r.value_type, n(r.n));
        if (r.mode !== null) bump(tally.modes, r.mode, n(r.n));
      }
      return;
    }
  }
}

type Authored = { answerId: string; questionId: string; memberId: string; authorName: string | null };

/** The chunk's first `limit` actions in compareActions order. */
async function firstActions(s: Scope, range: RawBuilder<unknown>, limit: number) {
  const j = postgresJson;
  const items = sql`cross join lateral jsonb_array_elements(i.value->'actions') with ordinality c(value, ord)`;
  const rows = await run(
    s,
    sql<Authored & Omit<PlannedAction, keyof Authored | 'departmentId'>>`
    select a.id as "answerId", a.question_id as "questionId", a.member_id as "memberId", m.name as "authorName",
           ${j.elementField('c', 'what')} as what, ${j.elementField('c', 'who')} as who,
           ${j.elementField('c', 'byWhen')} as "byWhen", ${j.elementField('i', 'improvement')} as improvement,
           ${index('i')} as "improvementIndex", ${index('c')} as "actionIndex"
    from answers a left join members m on m.id = a.member_id ${j.value} ${j.elements('items', 'i')} ${items}
    where ${range} and ${j.field('kind')} = 'improvements'
    order by ${j.text(j.elementField('c', 'byWhen'))}, ${j.text(sql`coalesce(m.name, '')`)}, ${j.text(sql`a.id`)}, 9, 10
    limit ${limit}`,
  );
  return rows;
}

/** The chunk's first `limit` indicators in compareIndicators order. */
async function firstIndicators(s: Scope, range: RawBuilder<unknown>, limit: number) {
  const j = postgresJson;
  const rows = await run(
    s,
    sql<Authored & Omit<IndicatorItem, keyof Authored | 'departmentId'>>`
    select a.id as "answerId", a.question_id as "questionId", a.member_id as "memberId", m.name as "authorName",
           ${j.elementField('i', 'indicator')} as indicator, ${j.elementField('i', 'valueType')} as "valueType",
           ${j.elementField('i', 'mode')} as mode, ${index('i')} as "itemIndex"
    from answers a left join members m on m.id = a.member_id ${j.value} ${j.elements('items', 'i')}
    where ${range} and ${j.field('kind')} = 'indicators'
    order by ${j.text(sql`coalesce(m.name, '')`)}, ${j.text(sql`a.id`)}, 8
    limit ${limit}`,
  );
  return rows;
}

// ---- chefs ------------------------------------------------------------------------------------

const inList = (column: RawBuilder<unknown>, ids: readonly string[]) =>
  ids.length ? sql`${column} in (${sql.join(ids)})` : sql`1 = 0`;

/** Chefs per chunk: how many, how many answered, answered everything, and their answers. */
function chefSums(s: Scope, answered: RawBuilder<unknown>, chefs: RawBuilder<unknown>) {
  const questions = s.questions.length;
  return run(
    s,
    sql<{
      members: number | string;
      respondents: number | string;
      completed: number | string;
      answers: number | string;
    }>`
    select count(*) as members,
           coalesce(sum(case when t.n > 0 then 1 else 0 end), 0) as respondents,
           coalesce(sum(case when t.n >= ${questions} then 1 else 0 end), 0) as completed,
           coalesce(sum(t.n), 0) as answers
    from (select (${answered}) as n ${chefs}) t`,
  );
}

/** Adds (sign 1) or takes away (sign -1) a chunk's chef sums. */
function addChefs(
  into: ChefTally,
  row: ChefTally | Record<string, number | string> | undefined,
  questions: number,
  sign = 1,
) {
  into.members += sign * n(row?.members);
  into.respondents += sign * n(row?.respondents);
  if (questions > 0) into.completed += sign * n(row?.completed);
  into.answers += sign * n(row?.answers);
}

const questionIds = (s: Scope) => s.questions.map((q) => q.id);

/** A member's answers to the forum's questions in one department (correlated on the columns given). */
const answeredIn = (s: Scope, member: RawBuilder<unknown>, department: RawBuilder<unknown>) =>
  sql`select count(*) from answers a where a.member_id = ${member} and ${inList(sql`a.question_id`, questionIds(s))}
      and ${probeOnly(s, sql`a.department_id`)} = ${department} and ${probeOnly(s, sql`a.forum_id`)} = ${s.forumId}`;

/**
 * A column SQLite must not look up by (unary +): without ANALYZE statistics it would otherwise
 * scan the department's answers per chef instead of probing (question_id, member_id).
 */
const probeOnly = (s: Scope, column: RawBuilder<unknown>) =>
  s.dialect === 'sqlite' ? sql`+${column}` : column;

/** The department's chefs and their answers in it to the forum's questions, chunk by chunk of members. */
async function departmentChefs(s: Scope, departmentId: string): Promise<ChefTally> {
  const total: ChefTally = { members: 0, respondents: 0, completed: 0, answers: 0 };
  let from: string | null = null;
  for (;;) {
    const rows: { id: string }[] = await run(
      s,
      sql<{ id: string }>`
      select md.member_id as id from member_departments md
      where md.department_id = ${departmentId}${from === null ? sql`` : sql` and md.member_id > ${from}`}
      order by md.member_id limit 1 offset ${CHEF_CHUNK[s.dialect] - 1}`,
    );
    const to = rows[0]?.id ?? null;
    const sums = await chefSums(
      s,
      answeredIn(s, sql`md.member_id`, sql`md.department_id`),
      sql`from member_departments md join members m on m.id = md.member_id
          where md.department_id = ${departmentId} and m.role = 'chef' and m.forum_id = ${s.forumId}${from === null ? sql`` : sql` and md.member_id > ${from}`}${to === null ? sql`` : sql` and md.member_id <= ${to}`}`,
    );
    addChefs(total, sums[0], s.questions.length);
    if (to === null) return total;
    from = to;
  }
}

/**
 * The forum's chefs, each once: the departments' chef tallies added up, except that the chefs who
 * lead several of the forum's departments (found a chunk of memberships at a time) count once,
 * with their answers in every department they lead.
 */
async function forumChefs(s: Scope, departments: Iterable<DepartmentTally>): Promise<ChefTally> {
  const total: ChefTally = { members: 0, respondents: 0, completed: 0, answers: 0 };
  for (const d of departments) addChefs(total, d.chefs, s.questions.length);
  for await (const several of chefsOfSeveralDepartments(s)) {
    const perDepartment = await chefSums(
      s,
      answeredIn(s, sql`md.member_id`, sql`md.department_id`),
      sql`from member_departments md join members m on m.id = md.member_id
          where m.role = 'chef' and m.forum_id = ${s.forumId} and ${inList(sql`md.department_id`, s.departmentIds)}
          and ${inList(sql`md.member_id`, several)}`,
    );
    addChefs(total, perDepartment[0], s.questions.length, -1);
    const once = await chefSums(
      s,
      sql`select count(*) from answers a join member_departments md on md.member_id = a.member_id and md.department_id = a.department_id
          where a.member_id = m.id and ${inList(sql`a.question_id`, questionIds(s))} and ${inList(sql`a.department_id`, s.departmentIds)} and a.forum_id = ${s.forumId}`,
      sql`from members m where m.forum_id = ${s.forumId} and m.role = 'chef' and ${inList(sql`m.id`, several)}`,
    );
    addChefs(total, once[0], s.questions.length);
  }
  return total;
}

/** Members with memberships in more than one of the forum's departments, in slices of CHEF_CHUNK. */
async function* chefsOfSeveralDepartments(s: Scope): AsyncGenerator<string[]> {
  let from: string | null = null;
  for (;;) {
    const range = sql`${from === null ? sql`1 = 1` : sql`md.member_id > ${from}`}`;
    const rows: { id: string }[] = await run(
      s,
      sql<{ id: string }>`select md.member_id as id from member_departments md where ${range}
        order by md.member_id limit 1 offset ${COUNT_CHUNK[s.dialect] - 1}`,
    );
    const to = rows[0]?.id ?? null;
    const several = await run(
      s,
      sql<{ id: string }>`select md.member_id as id from member_departments md
        where ${range}${to === null ? sql`` : sql` and md.member_id <= ${to}`} and ${inList(sql`md.department_id`, s.departmentIds)}
        group by md.member_id having count(*) > 1`,
    );
    const ids = several.map((r) => r.id);
    for (let i = 0; i < ids.length; i += CHEF_CHUNK[s.dialect]) yield ids.slice(i, i + CHEF_CHUNK[s.dialect]);
    if (to === null) return;
    from = to;
  }
}

/** How many answers the forum has, counted over answers_forum_created_idx a chunk at a time. */
async function countForumAnswers(s: Scope): Promise<number> {
  const cols = sql`a.created_at, a.id`;
  const chunk = COUNT_CHUNK[s.dialect];
  let total = 0;
  let from: Key | null = null;
  for (;;) {
    const rows: { c: string; i: string }[] = await run(
      s,
      sql<{ c: string; i: string }>`
      select a.created_at as c, a.id as i from answers a where a.forum_id = ${s.forumId}${after(cols, from)}
      order by a.created_at, a.id limit 1 offset ${chunk - 1}`,
    );
    if (rows[0]) {
      total += chunk;
      from = [rows[0].c, rows[0].i];
      continue;
    }
    const rest = await run(
      s,
      sql<{ n: number | string }>`
      select count(*) as n from answers a where a.forum_id = ${s.forumId}${after(cols, from)}`,
    );
    return total + n(rest[0]?.n);
  }
}

export const summaryTallyAdapter = kyselyAdapter<SummaryTallyStore>({ departmentTally, forumTally });
