import type {
  Answer,
  AnswerRevision,
  AnswerValue,
  ConversationRef,
  Delivery,
  DeliveryState,
  Department,
  Forum,
  Member,
  Principle,
  Question,
  Round,
  Takeaways,
} from '../../core/model';

export interface ClaimRequest {
  /** Now, ISO. Deliveries with nextAttemptAt <= now that are pending, or leased with an expired lease, are due. */
  now: string;
  /** Identifies the claiming worker (process). */
  owner: string;
  leaseMs: number;
  limit: number;
}

export type DeliveryOutcome =
  | { state: 'sent'; activityId: string; conversationId: string }
  | { state: 'failed' | 'unreachable' | 'cancelled'; error: string }
  /** Put back for another attempt at nextAttemptAt (attempts is incremented). */
  | { state: 'retry'; nextAttemptAt: string; error: string };

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

export type SaveTakeawaysResult = { ok: true; takeaways: Takeaways } | { ok: false; current: Takeaways };

export interface AnswerFilter {
  departmentId?: string;
  memberId?: string;
  questionId?: string;
}

/** The persistence port. Every adapter passes tests/bot/store/store-contract. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs pending migrations; called once at start-up. */
  migrate(): Promise<void>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;

  // Forums and their content
  saveForum(forum: Forum): Promise<void>;
  getForum(id: string): Promise<Forum | undefined>;
  listForums(): Promise<Forum[]>;
  saveDepartment(department: Department): Promise<void>;
  getDepartment(id: string): Promise<Department | undefined>;
  listDepartments(forumId: string): Promise<Department[]>;
  deleteDepartment(id: string): Promise<void>;
  saveQuestions(forumId: string, questions: Question[]): Promise<void>;
  listQuestions(forumId: string): Promise<Question[]>;
  savePrinciples(forumId: string, principles: Principle[]): Promise<void>;
  listPrinciples(forumId: string): Promise<Principle[]>;

  // Members
  saveMember(member: Member): Promise<void>;
  getMember(id: string): Promise<Member | undefined>;
  /** Members with this Entra object id, across forums. */
  findMembersByAadObjectId(aadObjectId: string): Promise<Member[]>;
  listMembers(forumId: string): Promise<Member[]>;
  deleteMember(id: string): Promise<void>;

  // Rounds
  saveRound(round: Round): Promise<void>;
  getRound(id: string): Promise<Round | undefined>;
  listRounds(forumId: string): Promise<Round[]>;
  /** Rounds in state 'planned' with dueAt <= now, oldest first. */
  listDueRounds(now: string): Promise<Round[]>;
  /**
   * Moves a round from 'planned' to a new state only if it is still 'planned'.
   * Returns false when another worker got there first.
   */
  transitionRound(id: string, from: Round['state'], to: Round['state'], at: string): Promise<boolean>;

  // Deliveries
  /** Inserts deliveries; a (roundId, recipientId) that exists already is left as it is. Returns how many were new. */
  addDeliveries(deliveries: Delivery[]): Promise<number>;
  /** Atomically leases up to `limit` due deliveries for `owner`; no two claimers get the same one. */
  claimDeliveries(request: ClaimRequest): Promise<Delivery[]>;
  /** Records the outcome of a leased delivery; returns false if the lease is no longer held by owner. */
  completeDelivery(id: string, owner: string, outcome: DeliveryOutcome, at: string): Promise<boolean>;
  getDelivery(id: string): Promise<Delivery | undefined>;
  listDeliveries(filter: { roundId?: string; forumId?: string; state?: DeliveryState }): Promise<Delivery[]>;
  /** Cancels every pending (not leased, not sent) delivery of a round. Returns how many. */
  cancelPendingDeliveries(roundId: string, at: string): Promise<number>;
  /** Moves the due time of every pending delivery of a round. */
  rescheduleDeliveries(roundId: string, dueAt: string, at: string): Promise<number>;
  /** Puts a failed/unreachable delivery back to pending for a new attempt now. */
  retryDelivery(id: string, at: string): Promise<boolean>;

  // Answers
  saveAnswer(input: SaveAnswerInput): Promise<SaveAnswerResult>;
  getAnswer(questionId: string, memberId: string): Promise<Answer | undefined>;
  listAnswers(forumId: string, filter?: AnswerFilter): Promise<Answer[]>;
  listAnswerRevisions(answerId: string): Promise<AnswerRevision[]>;
  /** Removes a member's answers and their revision history. Returns how many answers. */
  deleteAnswersOfMember(memberId: string): Promise<number>;

  // Takeaways (optimistic concurrency)
  getTakeaways(departmentId: string): Promise<Takeaways>;
  saveTakeaways(
    departmentId: string,
    text: string,
    expectedVersion: number,
    by: string,
    at: string,
  ): Promise<SaveTakeawaysResult>;

  // Teams conversation references
  saveConversationRef(ref: ConversationRef): Promise<void>;
  getConversationRef(conversationId: string): Promise<ConversationRef | undefined>;
  findPersonalConversation(aadObjectId: string): Promise<ConversationRef | undefined>;
  listConversationRefs(filter?: {
    departmentId?: string;
    kind?: ConversationRef['kind'];
  }): Promise<ConversationRef[]>;
  markConversationRemoved(conversationId: string, at: string): Promise<void>;
  markConversationUnreachable(conversationId: string, error: string, at: string): Promise<void>;
}

/** Publish/subscribe of change notices, so live views update across server instances. */
export interface ChangeFeed {
  publish(change: ChangeNotice): Promise<void>;
  subscribe(listener: (change: ChangeNotice) => void): () => void;
  close(): Promise<void>;
}

export interface ChangeNotice {
  forumId: string;
  departmentId: string | null;
  topic: 'answer' | 'takeaways' | 'delivery' | 'round' | 'forum' | 'member';
}
