import { ANSWER_PAGE_DEFAULT, ANSWER_PAGE_MAX, apiMessages, type ApiAnswerPage } from '../../core/api';
import type { AnonymitySettings } from '../../core/model';
import {
  answerVisible,
  redactAuthor,
  withheldBelow,
  type AuthoredAnswer,
  type SummaryAnswer,
  type Viewer,
} from '../../core/summary';
import type { AnswerStore } from '../store/store';
import { apiError } from './http/api-error';

/** Where a page ended: the last answer's updatedAt and id, opaque to the client. */
export function encodeCursor(answer: { updatedAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([answer.updatedAt, answer.id]), 'utf8').toString('base64url');
}

/** The cursor's position, or 400 when it is not one we handed out. */
export function decodeCursor(cursor: string): { updatedAt: string; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((x) => typeof x === 'string'))
      return { updatedAt: parsed[0] as string, id: parsed[1] as string };
  } catch {
    // falls through to the refusal
  }
  throw apiError(
    400,
    'validation',
    'error.validation',
    {},
    { fields: { cursor: apiMessages['field.invalid'] } },
  );
}

export function toSummaryAnswer(a: AuthoredAnswer): SummaryAnswer {
  return {
    answerId: a.id,
    memberId: a.memberId,
    authorName: a.authorName,
    updatedAt: a.updatedAt,
    revision: a.revision,
    value: a.value,
  };
}

/** Who reads a page of answers, under which anonymity settings (core/summary/anonymity.ts). */
export interface AnswerReader {
  /** The reader's membership, or null for a shared view nobody owns (an export). */
  viewer: Viewer;
  anonymity: AnonymitySettings;
}

/**
 * One page of a question's answers in a department, newest first: at most `limit` (default
 * ANSWER_PAGE_DEFAULT, never more than ANSWER_PAGE_MAX), after `cursor` when given. Reads one
 * answer more than it returns, to know whether another page follows.
 *
 * The forum's anonymity applies here, for the tab and the exports alike: while the question has
 * fewer than `minAnswers` answers in the department (counted by reading at most that many), the
 * page holds only the reader's own answer; names are left out of others' answers when the forum
 * hides them in shared views.
 */
export async function loadAnswerPage(
  store: AnswerStore,
  forumId: string,
  page: { departmentId: string; questionId: string; cursor?: string; limit?: number },
  reader: AnswerReader,
): Promise<ApiAnswerPage> {
  const { viewer, anonymity } = reader;
  const limit = Math.min(Math.max(1, page.limit ?? ANSWER_PAGE_DEFAULT), ANSWER_PAGE_MAX);
  const before = page.cursor ? decodeCursor(page.cursor) : null;
  const first = await store.listAnswerPage(forumId, {
    departmentId: page.departmentId,
    questionId: page.questionId,
    before: null,
    limit: anonymity.minAnswers,
  });
  const below = withheldBelow(first.length, anonymity);
  if (below !== null) {
    // Fewer than minAnswers answers exist, so `first` holds them all: the reader's own, if any.
    const own = before ? [] : first.filter((a) => answerVisible(a, first.length, viewer, anonymity));
    return { answers: own.map(toSummaryAnswer), nextCursor: null, withheldBelow: below };
  }
  const rows = await store.listAnswerPage(forumId, {
    departmentId: page.departmentId,
    questionId: page.questionId,
    before,
    limit: limit + 1,
  });
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    answers: shown.map((a) => redactAuthor(toSummaryAnswer(a), viewer, anonymity)),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}
