import { ANSWER_PAGE_DEFAULT, ANSWER_PAGE_MAX, apiMessages, type ApiAnswerPage } from '../../core/api';
import type { AuthoredAnswer, SummaryAnswer } from '../../core/summary';
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

/**
 * One page of a question's answers in a department, newest first: at most `limit` (default
 * ANSWER_PAGE_DEFAULT, never more than ANSWER_PAGE_MAX), after `cursor` when given. Reads one
 * answer more than it returns, to know whether another page follows.
 */
export async function loadAnswerPage(
  store: AnswerStore,
  forumId: string,
  page: { departmentId: string; questionId: string; cursor?: string; limit?: number },
): Promise<ApiAnswerPage> {
  const limit = Math.min(Math.max(1, page.limit ?? ANSWER_PAGE_DEFAULT), ANSWER_PAGE_MAX);
  const rows = await store.listAnswerPage(forumId, {
    departmentId: page.departmentId,
    questionId: page.questionId,
    before: page.cursor ? decodeCursor(page.cursor) : null,
    limit: limit + 1,
  });
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    answers: shown.map(toSummaryAnswer),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}
