import type { Answer, AnswerRevision, AnswerValue } from '../../../core/model';
import type { AuthoredAnswer } from '../../../core/summary/types';

/** A change notice a write sends itself, in its statement (PostgreSQL NOTIFY, sent at its commit). */
export interface StatementNotice {
  channel: string;
  /** The notice as the change feed sends it (notice.ts). */
  payload: string;
}

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

/**
 * What saveMemberAnswer did: 'saved' a new revision; 'unchanged': the stored answer holds the same
 * value already (equalValues), nothing written; 'conflict': the stored revision was not the
 * expected one, nothing written.
 */
export interface MemberAnswerSave {
  outcome: 'saved' | 'unchanged' | 'conflict';
  /** The answer as it is stored now. */
  answer: Answer;
  /** The member's answers in the forum as they are now, ordered as listAnswers orders them. */
  answers: Answer[];
  /** The save sent the notice it was given itself (PostgreSQL: in its statement); else the caller publishes it. */
  notified: boolean;
}

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
  /**
   * An answer from the member's card: saveAnswer unless the stored answer already holds the same
   * value, and the member's answers in the forum, both at once (on PostgreSQL one statement, one
   * round trip). The expected revision is checked as saveAnswer checks it. With `notice`, a save
   * that writes sends it in the same statement on PostgreSQL (NOTIFY, at the write's commit) and
   * says so in `notified`; SQLite leaves it to the caller.
   */
  saveMemberAnswer(input: SaveAnswerInput, notice?: StatementNotice): Promise<MemberAnswerSave>;
  getAnswer(questionId: string, memberId: string): Promise<Answer | undefined>;
  /** Ordered by createdAt, then id. */
  listAnswers(forumId: string, filter?: AnswerFilter): Promise<Answer[]>;
  /**
   * The answers a summary is built from: a forum's (or one department's) answers, each with its
   * author's name (null when the author is no longer a member), in one query and in no
   * particular order (the summary sorts what it shows).
   */
  listSummaryAnswers(forumId: string, filter?: SummaryAnswerFilter): Promise<AuthoredAnswer[]>;
  /** One page of a question's answers in a department with their authors' names, newest first (updatedAt, then id, descending). */
  listAnswerPage(forumId: string, query: AnswerPageQuery): Promise<AuthoredAnswer[]>;
  listAnswerRevisions(answerId: string): Promise<AnswerRevision[]>;
  /** Removes a member's answers and their revision history. Returns how many answers. */
  deleteAnswersOfMember(memberId: string): Promise<number>;
}
