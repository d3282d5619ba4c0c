import type { Answer, AnswerRevision, AnswerValue } from '../../../core/model';
import type { AuthoredAnswer, CountedAnswer } from '../../../core/summary/types';

export interface SaveAnswerInput {
  forumId: string;
  departmentId: string;
  questionId: string;
  memberId: string;
  value: AnswerValue;
  at: string;
  /** If given, the save fails with a conflict unless the stored revision equals it (0 = no answer yet). */
  expectedRevision?: number;
}

export type SaveAnswerResult = { ok: true; answer: Answer } | { ok: false; conflict: Answer };

/** Which answers a summary read returns: a whole forum's, or one department's. */
export interface SummaryAnswerFilter {
  departmentId?: string;
}

/** A page of a question's answers, newest first: at most `limit`, older than `before` when given. */
export interface AnswerPageQuery {
  departmentId: string;
  questionId: string;
  before?: { updatedAt: string; id: string } | null;
  limit: number;
}

export interface AnswerFilter {
  departmentId?: string;
  memberId?: string;
  questionId?: string;
}

/** Answers, with their revisions and the reads summaries and exports are built from. */
export interface AnswerStore {
  saveAnswer(input: SaveAnswerInput): Promise<SaveAnswerResult>;
  getAnswer(questionId: string, memberId: string): Promise<Answer | undefined>;
  /** Ordered by createdAt, then id. */
  listAnswers(forumId: string, filter?: AnswerFilter): Promise<Answer[]>;
  /**
   * The answers a summary is built from: a forum's (or one department's) answers, each with its
   * author's name (null when the author is no longer a member), in one query and in no
   * particular order (the summary sorts what it shows).
   */
  listSummaryAnswers(forumId: string, filter?: SummaryAnswerFilter): Promise<AuthoredAnswer[]>;
  /**
   * The same answers as listSummaryAnswers, their values without the free text (CountedAnswer),
   * in batches of at most `batchSize` (one keyset query each, in created_at and id order), so a
   * streaming pass holds one batch at a time.
   */
  summaryAnswerBatches(
    forumId: string,
    filter?: SummaryAnswerFilter,
    batchSize?: number,
  ): AsyncIterable<CountedAnswer[]>;
  /** One page of a question's answers in a department with their authors' names, newest first (updatedAt, then id, descending). */
  listAnswerPage(forumId: string, query: AnswerPageQuery): Promise<AuthoredAnswer[]>;
  listAnswerRevisions(answerId: string): Promise<AnswerRevision[]>;
  /** Removes a member's answers and their revision history. Returns how many answers. */
  deleteAnswersOfMember(memberId: string): Promise<number>;
}
