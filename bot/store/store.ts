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
import type { DepartmentTally, ForumTally } from '../../core/summary/summary-tally';
import type { AuthoredAnswer, CountedAnswer } from '../../core/summary/types';

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
  /** `notAnAttempt`: recorded without counting an attempt (cancelled never counts one). */
  | { state: 'failed' | 'unreachable' | 'cancelled'; error: string; notAnAttempt?: true }
  /** Put back for another attempt at nextAttemptAt (attempts is incremented). */
  | { state: 'retry'; nextAttemptAt: string; error: string };

/** A sent card to be updated in place: to the closed view after the forum's final meeting, or after an erasure. */
export type CardCloseState = 'pending' | 'leased' | 'closed' | 'failed' | 'unreachable';

/**
 * What an updated card shows. 'closed': the forum is over. 'erased': the answers of a person were
 * erased (their own card gets a neutral view, a group card is re-rendered without them; closed too
 * once the forum is over). 'erased-closed': both. 'purged': the retention purge is about to erase
 * everyone's answers: closed, and no answer shown on any card.
 */
export type CardView = 'closed' | 'erased' | 'erased-closed' | 'purged';

export interface CardClose {
  /** The delivery whose sent card is updated (one row per delivery; the latest request wins). */
  deliveryId: string;
  forumId: string;
  view: CardView;
  state: CardCloseState;
  /** Update attempts made so far. */
  attempts: number;
  nextAttemptAt: string;
  leaseOwner: string | null;
  leaseUntil: string | null;
  lastError: string | null;
  updatedAt: string;
}

export type CardCloseOutcome =
  | { state: 'closed' }
  /** `notAnAttempt`: recorded without counting an attempt. */
  | { state: 'failed' | 'unreachable'; error: string; notAnAttempt?: true }
  /** Put back for another attempt at nextAttemptAt. */
  | { state: 'retry'; nextAttemptAt: string; error: string };

// ---- Send limits shared by every instance ---------------------------------------------------

/** What a reservation sees, in the store's clock (ms since the epoch): the recent slots and pauses of each key. */
export interface SendSlotView {
  now: number;
  /** Per key: the instants its recent slots count from (unsettled ones lie in the future). */
  slots: ReadonlyMap<string, readonly number[]>;
  /** Per key: until when sends are paused (absent: not paused). */
  pausedUntil: ReadonlyMap<string, number>;
}

/** A send may go now, or must wait `waitMs`; `key` is the key that holds it back. */
export type SendSlotDecision = { ok: true } | { ok: false; waitMs: number; inFlight: boolean; key: string };

/** A reserved slot (`at`: the store-clock instant it was reserved at), or why and how long to wait. */
export type SendSlotReservation = { ok: true; at: number } | Extract<SendSlotDecision, { ok: false }>;

export interface SendSlotRequest {
  /** New slot id (one send). */
  slotId: string;
  /** The keys the send counts against, with how far back their slots matter (ms). */
  keys: ReadonlyArray<{ key: string; lookbackMs: number }>;
  /** Decides from the view whether the send fits; pure (it may be asked more than once). */
  decide(view: SendSlotView): SendSlotDecision;
  /** An unsettled slot counts from now + holdMs (the latest its request can still reach the server). */
  holdMs: number;
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
}

export type SaveTakeawaysResult = { ok: true; takeaways: Takeaways } | { ok: false; current: Takeaways };

export interface MemberFilter {
  /** Only members of this department (each still with all of its departmentIds). */
  departmentId?: string;
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

export interface ErasedAnswerTallyFilter {
  departmentId?: string;
}

export interface AnswerFilter {
  departmentId?: string;
  memberId?: string;
  questionId?: string;
}

// ---- Trust: audit log, erasure, retention ---------------------------------------------------

/** Who did something: a forum member, a signed-in person who is no member (yet), or the system (jobs). */
export type AuditActorKind = 'member' | 'user' | 'system';

/** One line of a forum's audit log. Append-only: the port has no way to change or remove one. */
export interface AuditEntry {
  id: string;
  forumId: string;
  at: string;
  actorKind: AuditActorKind;
  actorMemberId: string | null;
  actorAadObjectId: string | null;
  /** e.g. 'forum.settings.update', 'member.delete', 'privacy.export', 'retention.purge'. */
  action: string;
  /** e.g. 'forum', 'department', 'member', 'round', 'delivery', 'takeaways'. */
  targetKind: string;
  targetId: string | null;
  /** Ids, counts and changed field names only; never names, e-mails or answer texts. */
  details: Record<string, unknown>;
}

export interface AuditPage {
  /** Default 100, at most 500. */
  limit?: number;
  /** Entries strictly older than this one (newest-first paging). */
  before?: { at: string; id: string };
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

/** The store as seen inside Store.transaction: everything but the lifecycle. */
export type TransactionStore = Omit<Store, 'migrate' | 'ping' | 'close'>;

/** A secret of the keyring (bot/keys): what signs codes and tokens every instance must accept. */
export interface SigningKeyRecord {
  /** Random; travels in the tokens it signs (key id). */
  id: string;
  /** What the key signs, e.g. 'confirm-code', 'event-ticket', 'dev-token'. */
  purpose: string;
  /** The secret bytes, base64url. */
  secret: string;
  createdAt: string;
  /** Signs from this instant (the start of its rotation period); one key per purpose and notBefore. */
  notBefore: string;
  /** Verifies until this instant (the end of its period plus the overlap); may be forgotten after. */
  retireAfter: string;
}

/** A request for one of a person's live-update stream slots. */
export interface EventStreamClaim {
  /** Whose allowance (Entra object id). */
  person: string;
  streamId: string;
  /** The instance holding the stream; it renews the lease while the stream is open. */
  owner: string;
  /** At most this many unexpired streams per person, across instances. */
  limit: number;
  now: string;
  leaseUntil: string;
}

/** The persistence port. Every adapter passes tests/bot/store/store-contract. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs pending migrations; called once at start-up. */
  migrate(): Promise<void>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * Runs `work` in one write transaction: whatever it does through `tx` is stored together, or -
   * when it throws - not at all, and the error is rethrown. `work` must use only `tx` (not this
   * store) until it returns. Nested calls become savepoints.
   */
  transaction<T>(work: (tx: TransactionStore) => Promise<T>): Promise<T>;

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
  /** The forum's members (optionally only one department's), ordered by name, then id. */
  listMembers(forumId: string, filter?: MemberFilter): Promise<Member[]>;
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
  /**
   * Gives a round a new local time and instant only while it is still 'planned' (not taken by a
   * worker in the meantime). Returns false when it is no longer planned.
   */
  retimePlannedRound(id: string, change: { localTime: string; dueAt: string }, at: string): Promise<boolean>;

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

  // Card closes (after a forum's final meeting every sent prompt card is updated to the closed view)
  /**
   * Queues a close for every delivery of the forum's prompt rounds that is 'sent' with an activity
   * id and has none yet, and turns the forum's 'erased' rows into 'erased-closed' (pending again),
   * so a card erased while the forum was open is closed too (idempotent). Returns how many were queued.
   */
  enqueueCardCloses(forumId: string, at: string): Promise<number>;
  /**
   * After a member's answers were erased: queues an update of every sent card (with an activity
   * id) that may show them - the member's own cards, and the group cards of `departmentIds` - with
   * an erased view ('erased', or 'erased-closed' for a card closed already). A row waiting or in
   * flight is put back to pending (a lease held is lost, so the card is rendered again after the
   * erasure). Returns how many rows were queued.
   */
  enqueueErasedCards(request: {
    forumId: string;
    memberId: string;
    departmentIds: string[];
    at: string;
  }): Promise<number>;
  /**
   * Before the retention purge: queues every sent card of the forum (with an activity id) for the
   * 'purged' view, so no card in Teams keeps showing answers. Idempotent: a card queued or updated
   * for the purge already is left as it is. Returns how many rows were queued.
   */
  enqueuePurgedCards(forumId: string, at: string): Promise<number>;
  /** Atomically leases up to `limit` due closes for `owner`; no two claimers get the same one. */
  claimCardCloses(request: ClaimRequest): Promise<CardClose[]>;
  /** Records the outcome of a leased close (attempts + 1); false if the lease is no longer held by owner. */
  completeCardClose(
    deliveryId: string,
    owner: string,
    outcome: CardCloseOutcome,
    at: string,
  ): Promise<boolean>;
  /** Ordered by delivery id. */
  listCardCloses(filter: { forumId?: string; state?: CardCloseState }): Promise<CardClose[]>;

  // Answers
  saveAnswer(input: SaveAnswerInput): Promise<SaveAnswerResult>;
  /**
   * An answer from the member's card: saveAnswer unless the stored answer already holds the same
   * value, and the member's answers in the forum, both at once (on PostgreSQL one statement, one
   * round trip). The expected revision is checked as saveAnswer checks it.
   */
  saveMemberAnswer(input: SaveAnswerInput): Promise<MemberAnswerSave>;
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
  /**
   * A department's summary counted in the database: per question its answers, chefs who answered
   * and the values' counts key by key, the department's chef participation, and its first
   * `listLimit` actions and indicators with their totals — what core/summary's in-memory pass
   * counts (DepartmentAccumulator), with every statement reading a bounded number of rows.
   */
  departmentTally(forumId: string, departmentId: string, listLimit: number): Promise<DepartmentTally>;
  /** Every department's tally, the forum's chef participation (each chef once) and unplaced answers. */
  forumTally(forumId: string, listLimit: number): Promise<ForumTally>;
  /** One page of a question's answers in a department with their authors' names, newest first (updatedAt, then id, descending). */
  listAnswerPage(forumId: string, query: AnswerPageQuery): Promise<AuthoredAnswer[]>;
  listAnswerRevisions(answerId: string): Promise<AnswerRevision[]>;
  /** Removes a member's answers and their revision history. Returns how many answers. */
  deleteAnswersOfMember(memberId: string): Promise<number>;
  /**
   * Erases a member's answers and every revision in one transaction, adding them to the
   * erased-answer tallies (counts per department and question, no identity) so participation stays honest.
   */
  eraseAnswersOfMember(memberId: string, reason: ErasureReason, at: string): Promise<ErasureResult>;
  /** Ordered by department, question, reason. */
  listErasedAnswerTallies(forumId: string, filter?: ErasedAnswerTallyFilter): Promise<ErasedAnswerTally[]>;

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

  // Single-delivery cancel (pending -> cancelled only); false when it was not pending.
  cancelDelivery(id: string, at: string): Promise<boolean>;

  // Audit log: append and read only.
  appendAudit(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  listAudit(forumId: string, page?: AuditPage): Promise<AuditEntry[]>;

  // Retention
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

  // Single-use confirmation codes
  /**
   * Records that the confirmation code with this id (its nonce) is used. True for the first use;
   * false when it was used already (by this or another instance). Codes whose expiresAt is before
   * `at` may be forgotten (an expired code is refused by its signature check anyway).
   */
  consumeConfirmCode(id: string, expiresAt: string, at: string): Promise<boolean>;

  // Leases held during work (heartbeat), and the check right before a request goes out
  /**
   * Extends every lease `owner` still holds (deliveries and card closes) to now + leaseMs; returns
   * how many. A lease that ran out but was not claimed by another worker is still the owner's.
   */
  renewLeases(owner: string, now: string, leaseMs: number): Promise<number>;
  /** Extends one lease on a delivery (or, with 'card_closes', a card close); false when another worker has it. */
  renewLease(
    queue: 'deliveries' | 'card_closes',
    id: string,
    owner: string,
    now: string,
    leaseMs: number,
  ): Promise<boolean>;

  // Send limits shared by every instance (the store's clock; one reservation at a time)
  /**
   * Atomically: reads the recent slots and pauses of the request's keys, asks `decide`, and when
   * it allows the send records a slot under every key counting from now + holdMs.
   */
  reserveSendSlot(request: SendSlotRequest): Promise<SendSlotReservation>;
  /** Several reservations in one transaction, decided in order (each counting the ones before it). */
  reserveSendSlots(requests: readonly SendSlotRequest[]): Promise<SendSlotReservation[]>;
  /**
   * The send's response is in: its slots count from `at` (store-clock ms; default now), never
   * later than they did.
   */
  settleSendSlot(slotId: string, at?: number): Promise<void>;
  /** Pauses sends to `key` for `ms` from now (a longer pause already in place stays). */
  pauseSends(key: string, ms: number): Promise<void>;
  /** Forgets slots older than `olderThanMs` and pauses that are over. */
  pruneSendSlots(olderThanMs: number): Promise<void>;

  // Keyring
  /**
   * Stores `key` unless its purpose has a key with the same notBefore already (first writer wins,
   * across instances) and returns the stored key of that purpose and notBefore. Keys retired
   * before key.createdAt may be forgotten.
   */
  ensureSigningKey(key: SigningKeyRecord): Promise<SigningKeyRecord>;
  /** A purpose's keys not retired at `at`, newest notBefore first. */
  listSigningKeys(purpose: string, at: string): Promise<SigningKeyRecord[]>;

  // Live-update streams (a per-person allowance that holds across instances)
  /**
   * Takes one of the person's `limit` slots for the stream, atomically: a slot is free when no
   * row holds it or its lease expired before `now`. False when every slot is held.
   */
  acquireEventStream(claim: EventStreamClaim): Promise<boolean>;
  /** Extends the lease of every stream `owner` holds; returns the ids of the streams it still holds. */
  renewEventStreams(owner: string, leaseUntil: string): Promise<string[]>;
  /** Gives the stream's slot back. */
  releaseEventStream(person: string, streamId: string): Promise<void>;
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
  topic: 'answer' | 'takeaways' | 'delivery' | 'round' | 'forum' | 'member' | 'voice';
}
