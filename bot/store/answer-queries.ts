import { kyselyAdapter, type KyselyContext } from './kysely-port';
import type { AnswerStore } from './ports/answer-store';
import { sql, type Kysely, type QueryCreator } from 'kysely';
import { equalValues } from '../../core/answers/equal-values';
import type { Answer, AnswerRevision } from '../../core/model';
import type { AuthoredAnswer } from '../../core/summary/types';
import type { WriteReturningRow, WriteWithFollowUp } from './dialect-strategy';
import { PreparedQuery } from './prepared-query';
import { answerFromRow, answerRevisionFromRow, authoredAnswersInPlace } from './row-mappers';
import type { AnswersTable, Database } from './schema';
import { nestedStrategy } from './nested-strategy';
import type {
  AnswerFilter,
  MemberAnswerSave,
  SaveAnswerInput,
  SaveAnswerResult,
  StatementNotice,
  SummaryAnswerFilter,
  AnswerPageQuery,
} from './store';

/** Answers (with revision history, optimistic concurrency) and the summary reads. */

/** Only an answer deleted between a refused insert and our read of it makes saveAnswer go round. */
const MAX_RACES = 5;

/**
 * Saves an answer as one write that also adds the revision to the history (on PostgreSQL one
 * prepared statement, one round trip); the current answer is read only when the write was refused:
 * - no expectedRevision: insert revision 1 or add one to the stored revision. An upsert, so
 *   saves racing on one answer all land, one revision each.
 * - expectedRevision 0: insert, or nothing if there is an answer (a conflict).
 * - expectedRevision n: add one to the stored revision if it is n, else nothing (a conflict, or an
 *   error if there is no answer at all).
 */
export async function saveAnswer(
  { db, strategy, newId }: KyselyContext,
  input: SaveAnswerInput,
): Promise<SaveAnswerResult> {
  const { shape, args } = answerWrite(input, newId);
  for (let race = 0; race < MAX_RACES; race++) {
    const saved = await strategy.writeWithFollowUp(db, ANSWER_WRITE, args, shape);
    if (saved) return { ok: true, answer: answerFromRow(saved) };
    const current = await currentAfterRefusal(db, input, shape);
    if (current) return { ok: false, conflict: current };
  }
  throw new Error(`saveAnswer: gave up after ${MAX_RACES} concurrent writes to the same answer`);
}

/**
 * saveAnswer for an answer from the member's card, unless the stored answer holds the same value
 * already, with the member's answers in the forum. PostgreSQL: one statement, the member's
 * answers read in the snapshot the write starts from (a second read only after a refused write
 * whose reason that snapshot does not show). SQLite (in process, no round trips): the read, the
 * comparison and saveAnswer in one write transaction.
 */
export async function saveMemberAnswer(
  { db, strategy, newId }: KyselyContext,
  input: SaveAnswerInput,
  notice?: StatementNotice,
): Promise<MemberAnswerSave> {
  if (strategy.dialect === 'sqlite') {
    return strategy.writeTransaction(db, async (trx) => {
      const before = await listAnswers({ db: trx, strategy, newId }, input.forumId, {
        memberId: input.memberId,
      });
      const stored = before.find((a) => a.questionId === input.questionId);
      if (stored && equalValues(stored.value, input.value))
        return memberAnswerSave('unchanged', stored, before);
      const result = await saveAnswer({ db: trx, strategy: nestedStrategy(strategy), newId }, input);
      return result.ok
        ? memberAnswerSave('saved', result.answer, before)
        : refusedSave(input, result.conflict, before);
    });
  }
  const { shape, args } = answerWrite(input, newId);
  const statement = notice
    ? {
        args: { ...args, noticeChannel: notice.channel, noticePayload: notice.payload },
        shape: `${shape}${NOTIFYING}`,
      }
    : { args, shape };
  for (let race = 0; race < MAX_RACES; race++) {
    const rows = await memberAnswerStatement.execute(db, statement.args, statement.shape);
    const written = rows.find((row) => row.saved);
    const before = rows.filter((row) => !row.saved).map(answerFromRow);
    if (written) return memberAnswerSave('saved', answerFromRow(written), before, notice !== undefined);
    const stored = before.find((a) => a.questionId === input.questionId);
    if (stored && equalValues(stored.value, input.value))
      return memberAnswerSave('unchanged', stored, before);
    const current = await currentAfterRefusal(db, input, shape);
    if (current) return refusedSave(input, current, before);
  }
  throw new Error(`saveAnswer: gave up after ${MAX_RACES} concurrent writes to the same answer`);
}

/** A refused write: unchanged if the current answer holds the submitted value, else a conflict. */
function refusedSave(input: SaveAnswerInput, current: Answer, before: Answer[]): MemberAnswerSave {
  return memberAnswerSave(
    equalValues(current.value, input.value) ? 'unchanged' : 'conflict',
    current,
    before,
  );
}

/** The outcome with `answer` in place of the member's earlier answer to its question (or added). */
function memberAnswerSave(
  outcome: MemberAnswerSave['outcome'],
  answer: Answer,
  before: Answer[],
  notified = false,
): MemberAnswerSave {
  const index = before.findIndex((a) => a.questionId === answer.questionId);
  const answers = index < 0 ? [...before, answer] : before.map((a, i) => (i === index ? answer : a));
  return { outcome, answer, answers, notified };
}

/**
 * After a write was refused: the stored answer, or undefined if there is none (deleted since, so
 * the caller may try again), or an error if the write expected a revision of an answer that does not exist.
 */
async function currentAfterRefusal(
  db: Kysely<Database>,
  input: SaveAnswerInput,
  shape: AnswerWriteShape,
): Promise<Answer | undefined> {
  const current = await findAnswer(db, input.questionId, input.memberId);
  if (!current && shape === 'update') {
    throw new Error(
      `saveAnswer: expected revision ${input.expectedRevision} but there is no answer to question ${input.questionId} by member ${input.memberId}`,
    );
  }
  return current;
}

/** The write a save input asks for: its shape (see saveAnswer) and its arguments. */
function answerWrite(
  input: SaveAnswerInput,
  newId: () => string,
): { shape: AnswerWriteShape; args: AnswerWriteArgs } {
  const expected = input.expectedRevision;
  const shape: AnswerWriteShape = expected === undefined ? 'upsert' : expected === 0 ? 'insert' : 'update';
  return {
    shape,
    args: {
      id: newId(),
      forumId: input.forumId,
      departmentId: input.departmentId,
      questionId: input.questionId,
      memberId: input.memberId,
      value: JSON.stringify(input.value),
      at: input.at,
      expected: expected ?? 0,
    },
  };
}

type AnswerWriteShape = 'upsert' | 'insert' | 'update';

interface AnswerWriteArgs {
  id: string;
  forumId: string;
  departmentId: string;
  questionId: string;
  memberId: string;
  /** The value as JSON. */
  value: string;
  at: string;
  /** The stored revision an update expects (the 'update' shape only). */
  expected: number;
}

/** The write of saveAnswer (one row or none) and the revision it adds to the history. */
const ANSWER_WRITE: WriteWithFollowUp<AnswerWriteArgs, 'answers', 'answer_revisions', AnswersTable> = {
  write: (db, args, shape) => writeAnswer(db, args, shape as AnswerWriteShape),
  followUp: (qc) =>
    qc
      .insertInto('answer_revisions')
      .columns(['answer_id', 'revision', 'value', 'edited_at', 'edited_by'])
      .expression(qc.selectFrom('written').select(['id', 'revision', 'value', 'updated_at', 'member_id'])),
};

/** The suffix of a memberAnswerStatement shape that also sends a change notice. */
const NOTIFYING = '+notify';

/**
 * saveMemberAnswer's statement on PostgreSQL: the member's answers in the forum (`mine`, in the
 * statement's snapshot, so without the write) and the write with its revision, each row marked
 * `saved` or not, in listAnswers' order. The write leaves a stored answer with the same value
 * alone (jsonb equality: equalValues' structural equality, regardless of key order).
 * NOTIFYING shapes call pg_notify in the written row's select list: once if a row was written,
 * never otherwise, and PostgreSQL delivers it when the statement commits.
 */
const memberAnswerStatement = new PreparedQuery(
  (db, args: AnswerWriteArgs & { noticeChannel?: string; noticePayload?: string }, shape) => {
    const withWritten = db as unknown as QueryCreator<Database & { written: AnswersTable }>;
    const notifying = shape.endsWith(NOTIFYING);
    const write = shape.slice(0, notifying ? -NOTIFYING.length : undefined) as AnswerWriteShape;
    return db
      .with('written', (qc) => writeAnswer(qc, args, write, { unlessEqual: true }))
      .with('follow_up', () => ANSWER_WRITE.followUp(withWritten))
      .selectFrom('answers')
      .selectAll()
      .select(sql<boolean>`false`.as('saved'))
      .$if(notifying, (q) => q.select(sql<boolean>`false`.as('notified')))
      .where('forum_id', '=', args.forumId)
      .where('member_id', '=', args.memberId)
      .unionAll(
        withWritten
          .selectFrom('written')
          .selectAll()
          .select(sql<boolean>`true`.as('saved'))
          .$if(notifying, (q) =>
            q.select(
              sql<boolean>`pg_notify(${args.noticeChannel}, ${args.noticePayload}) is not null`.as(
                'notified',
              ),
            ),
          ) as never,
      )
      .orderBy('created_at')
      .orderBy('id');
  },
);

/**
 * The write of saveAnswer, returning the row it wrote or nothing if the expected revision refused
 * it. `unlessEqual` (PostgreSQL only): nor does it overwrite a stored answer holding the same value.
 */
function writeAnswer(
  db: QueryCreator<Database>,
  args: AnswerWriteArgs,
  shape: AnswerWriteShape,
  { unlessEqual = false } = {},
): WriteReturningRow<'answers', AnswersTable> {
  if (shape === 'update') {
    return db
      .updateTable('answers')
      .set((eb) => ({
        value: args.value,
        revision: eb('revision', '+', 1),
        department_id: args.departmentId,
        updated_at: args.at,
      }))
      .where('question_id', '=', args.questionId)
      .where('member_id', '=', args.memberId)
      .where('revision', '=', args.expected)
      .$if(unlessEqual, (q) => q.where(sql<boolean>`value::jsonb <> ${args.value}::jsonb`))
      .returningAll();
  }
  return db
    .insertInto('answers')
    .values({
      id: args.id,
      forum_id: args.forumId,
      department_id: args.departmentId,
      question_id: args.questionId,
      member_id: args.memberId,
      value: args.value,
      revision: 1,
      created_at: args.at,
      updated_at: args.at,
    })
    .onConflict((oc) => {
      const key = oc.columns(['question_id', 'member_id']);
      if (shape === 'insert') return key.doNothing();
      const update = key.doUpdateSet((eb) => ({
        value: eb.ref('excluded.value'),
        revision: eb('answers.revision', '+', 1),
        department_id: eb.ref('excluded.department_id'),
        updated_at: eb.ref('excluded.updated_at'),
      }));
      return unlessEqual ? update.where(sql<boolean>`answers.value::jsonb <> excluded.value::jsonb`) : update;
    })
    .returningAll();
}

async function findAnswer(
  db: Kysely<Database>,
  questionId: string,
  memberId: string,
): Promise<Answer | undefined> {
  const row = await db
    .selectFrom('answers')
    .selectAll()
    .where('question_id', '=', questionId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  return row ? answerFromRow(row) : undefined;
}

export function getAnswer(
  { db }: KyselyContext,
  questionId: string,
  memberId: string,
): Promise<Answer | undefined> {
  return findAnswer(db, questionId, memberId);
}

/** The member's answers on every card turn: prepared once (PreparedQuery), per filter shape. */
const answersQuery = new PreparedQuery((db, args: { forumId: string } & AnswerFilter) =>
  db
    .selectFrom('answers')
    .selectAll()
    .where('forum_id', '=', args.forumId)
    .$if(args.departmentId !== undefined, (q) => q.where('department_id', '=', args.departmentId!))
    .$if(args.memberId !== undefined, (q) => q.where('member_id', '=', args.memberId!))
    .$if(args.questionId !== undefined, (q) => q.where('question_id', '=', args.questionId!))
    .orderBy('created_at')
    .orderBy('id'),
);

export async function listAnswers(
  { db }: KyselyContext,
  forumId: string,
  filter: AnswerFilter = {},
): Promise<Answer[]> {
  const rows = await answersQuery.execute(db, {
    forumId,
    departmentId: filter.departmentId,
    memberId: filter.memberId,
    questionId: filter.questionId,
  });
  return rows.map(answerFromRow);
}

/**
 * One query: the answers (answers_forum_department_created_idx finds a department's) with their
 * author's name by primary key, no ORDER BY (the summary sorts per question anyway). Columns come
 * back under the domain's names, so each row becomes the answer in place: its value parsed once,
 * no second object per row.
 */
export async function listSummaryAnswers(
  { db }: KyselyContext,
  forumId: string,
  filter: SummaryAnswerFilter = {},
): Promise<AuthoredAnswer[]> {
  const rows = await authoredAnswers(db)
    .where('a.forum_id', '=', forumId)
    .$if(filter.departmentId !== undefined, (q) => q.where('a.department_id', '=', filter.departmentId!))
    .execute();
  return authoredAnswersInPlace(rows);
}

/** A page of a question's answers, newest first (answers_department_question_updated_idx). */
export async function listAnswerPage(
  { db }: KyselyContext,
  forumId: string,
  query: AnswerPageQuery,
): Promise<AuthoredAnswer[]> {
  const before = query.before ?? null;
  const rows = await authoredAnswers(db)
    .where('a.department_id', '=', query.departmentId)
    .where('a.question_id', '=', query.questionId)
    .where('a.forum_id', '=', forumId)
    .$if(before !== null, (q) =>
      q.where((eb) => eb(eb.refTuple('a.updated_at', 'a.id'), '<', eb.tuple(before!.updatedAt, before!.id))),
    )
    .orderBy('a.updated_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(query.limit)
    .execute();
  return authoredAnswersInPlace(rows);
}

/**
 * Answers with their author's name by primary key. Columns come back under the domain's names,
 * so each row becomes the answer in place: its value parsed once, no second object per row.
 */
function authoredAnswers(db: Kysely<Database>) {
  return db
    .selectFrom('answers as a')
    .leftJoin('members as m', 'm.id', 'a.member_id')
    .select([
      'a.id as id',
      'a.forum_id as forumId',
      'a.department_id as departmentId',
      'a.question_id as questionId',
      'a.member_id as memberId',
      'a.value as value',
      'a.revision as revision',
      'a.created_at as createdAt',
      'a.updated_at as updatedAt',
      'm.name as authorName',
    ]);
}

export async function listAnswerRevisions(
  { db }: KyselyContext,
  answerId: string,
): Promise<AnswerRevision[]> {
  const rows = await db
    .selectFrom('answer_revisions')
    .selectAll()
    .where('answer_id', '=', answerId)
    .orderBy('revision')
    .execute();
  return rows.map(answerRevisionFromRow);
}

export async function deleteAnswersOfMember(
  { db, strategy }: KyselyContext,
  memberId: string,
): Promise<number> {
  return strategy.writeTransaction(db, async (trx) => {
    await trx
      .deleteFrom('answer_revisions')
      .where('answer_id', 'in', trx.selectFrom('answers').select('id').where('member_id', '=', memberId))
      .execute();
    const result = await trx.deleteFrom('answers').where('member_id', '=', memberId).executeTakeFirst();
    return Number(result.numDeletedRows);
  });
}

export const answerAdapter = kyselyAdapter<AnswerStore>({
  saveAnswer,
  saveMemberAnswer,
  getAnswer,
  listAnswers,
  listSummaryAnswers,
  listAnswerPage,
  listAnswerRevisions,
  deleteAnswersOfMember,
});
