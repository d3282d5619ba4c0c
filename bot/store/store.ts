import type { AnswerStore } from './ports/answer-store';
import type { AuditStore } from './ports/audit-store';
import type { CardCloseStore } from './ports/card-close-store';
import type { ConfirmCodeStore } from './ports/confirm-code-store';
import type { ConversationStore } from './ports/conversation-store';
import type { DeliveryStore } from './ports/delivery-store';
import type { ErasureStore } from './ports/erasure-store';
import type { EventStreamStore } from './ports/event-stream-store';
import type { ForumStore } from './ports/forum-store';
import type { KeyringStore } from './ports/keyring-store';
import type { MemberStore } from './ports/member-store';
import type { RoundStore } from './ports/round-store';
import type { SendSlotStore } from './ports/send-slot-store';
import type { SummaryTallyStore } from './ports/summary-tally-store';
import type { TakeawaysStore } from './ports/takeaways-store';
import type { WorkLeaseStore } from './ports/work-lease-store';

export type * from './ports/answer-store';
export type * from './ports/audit-store';
export type * from './ports/card-close-store';
export type * from './ports/confirm-code-store';
export type * from './ports/conversation-store';
export type * from './ports/delivery-store';
export type * from './ports/erasure-store';
export type * from './ports/event-stream-store';
export type * from './ports/forum-store';
export type * from './ports/keyring-store';
export type * from './ports/member-store';
export type * from './ports/round-store';
export type * from './ports/send-slot-store';
export type * from './ports/summary-tally-store';
export type * from './ports/takeaways-store';
export type * from './ports/work-lease-store';

/** Opening, migrating and closing the database, and write transactions over every port. */
export interface StoreLifecycle {
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
}

/**
 * The persistence ports (bot/store/ports), one per area, opened together on one database. A
 * module declares the ports it uses (e.g. `store: ForumStore & MemberStore`) and is handed the
 * whole Store. Every adapter passes tests/bot/store/store-contract (one part per port).
 * Adapters are plain objects whose methods need no `this`: a wrapper spreads one and replaces the
 * few methods it changes (see bot/teams/content-cache.ts).
 */
export interface Store
  extends
    StoreLifecycle,
    ForumStore,
    MemberStore,
    RoundStore,
    DeliveryStore,
    CardCloseStore,
    WorkLeaseStore,
    SendSlotStore,
    AnswerStore,
    SummaryTallyStore,
    TakeawaysStore,
    ErasureStore,
    AuditStore,
    ConversationStore,
    KeyringStore,
    ConfirmCodeStore,
    EventStreamStore {}

/** The store as seen inside Store.transaction: everything but opening and closing. */
export type TransactionStore = Omit<Store, 'migrate' | 'ping' | 'close'>;

/** Publish/subscribe of change notices, so live views update across server instances. */
export interface ChangeFeed {
  publish(change: ChangeNotice): Promise<void>;
  /**
   * PostgreSQL: the NOTIFY channel, so a write can send its notice in its own statement (one
   * round trip less; see statementNotice). null: notices go through publish only.
   */
  readonly channel: string | null;
  subscribe(listener: (change: ChangeNotice) => void): () => void;
  close(): Promise<void>;
}

export interface ChangeNotice {
  forumId: string;
  departmentId: string | null;
  topic: 'answer' | 'takeaways' | 'delivery' | 'round' | 'forum' | 'member' | 'voice';
}
