export interface ErasedAnswerTallyFilter {
  departmentId?: string;
}

/** Why answers were erased: the person asked, an organizer did it for a leaver, or the retention purge. */
export type ErasureReason = 'subject' | 'organizer' | 'retention';

export interface ErasedAnswerTally {
  forumId: string;
  departmentId: string;
  questionId: string;
  reason: ErasureReason;
  count: number;
  updatedAt: string;
}

export interface ErasureResult {
  /** Answers removed (with every revision). */
  answers: number;
  revisions: number;
  /** Per forum, department and question: how many answers this erasure added to the tallies. */
  tallies: Array<{ forumId: string; departmentId: string; questionId: string; count: number }>;
}

export interface RetentionPurge {
  forumId: string;
  purgedAt: string;
  answers: number;
  members: number;
  conversations: number;
}

/** Erasure of answers (with honest tallies) and the retention purge of personal data. */
export interface ErasureStore {
  /**
   * Erases a member's answers and every revision in one transaction, adding them to the
   * erased-answer tallies (counts per department and question, no identity) so participation stays honest.
   */
  eraseAnswersOfMember(memberId: string, reason: ErasureReason, at: string): Promise<ErasureResult>;
  /** Ordered by department, question, reason. */
  listErasedAnswerTallies(forumId: string, filter?: ErasedAnswerTallyFilter): Promise<ErasedAnswerTally[]>;
  /**
   * Purges a forum's personal data in one transaction, once: every answer and revision (tallied
   * with reason 'retention'), members' names replaced by `anonymizedName`, e-mails and Entra ids
   * removed (organizers excepted: the secretariat keeps access to the audit log and purge record), the forum's conversation references deleted (personal ones only when the person is in
   * no other unpurged forum), deliveries' errors cleared, takeaways' author cleared.
   * Returns undefined when the forum was purged already (by this or another instance).
   */
  purgeForumPersonalData(
    forumId: string,
    anonymizedName: string,
    at: string,
  ): Promise<RetentionPurge | undefined>;
  getRetentionPurge(forumId: string): Promise<RetentionPurge | undefined>;
}
