import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { answerAdapter } from './answer-queries';
import { auditAdapter } from './audit-queries';
import { cardCloseAdapter } from './card-close-queries';
import { confirmCodeAdapter } from './confirm-code-queries';
import { conversationAdapter } from './conversation-queries';
import { deliveryAdapter } from './delivery-queries';
import type { DialectStrategy } from './dialect-strategy';
import { erasureAdapter } from './erasure-queries';
import { eventStreamAdapter } from './event-stream-queries';
import { forumAdapter } from './forum-queries';
import { keyringAdapter } from './keyring-queries';
import type { KyselyContext } from './kysely-port';
import { workLeaseAdapter } from './leased-queue';
import { KyselyMeetingStore, type MeetingStore } from './meetings';
import { memberAdapter } from './member-queries';
import { staticMigrationProvider } from './migrations';
import { nestedStrategy } from './nested-strategy';
import { roundAdapter } from './round-queries';
import type { Database } from './schema';
import { sendSlotAdapter } from './send-slot-queries';
import { summaryTallyAdapter } from './summary-tally-queries';
import { takeawaysAdapter } from './takeaways-queries';
import type { Store, StoreLifecycle, TransactionStore } from './store';

export interface KyselyStoreOptions {
  /** Ids for new rows the store creates itself (answers). Default: random UUIDs. */
  newId?: () => string;
  /** Called by close() after the Kysely instance is destroyed (e.g. to end a pool). */
  onClose?: () => Promise<void>;
}

/** Every port's Kysely adapter (one file each), bound to one database or transaction. */
function ports(ctx: KyselyContext): Omit<Store, keyof StoreLifecycle> {
  return {
    ...forumAdapter(ctx),
    ...memberAdapter(ctx),
    ...roundAdapter(ctx),
    ...deliveryAdapter(ctx),
    ...cardCloseAdapter(ctx),
    ...workLeaseAdapter(ctx),
    ...sendSlotAdapter(ctx),
    ...answerAdapter(ctx),
    ...summaryTallyAdapter(ctx),
    ...takeawaysAdapter(ctx),
    ...erasureAdapter(ctx),
    ...auditAdapter(ctx),
    ...conversationAdapter(ctx),
    ...keyringAdapter(ctx),
    ...confirmCodeAdapter(ctx),
    ...eventStreamAdapter(ctx),
  };
}

/**
 * The Kysely store, with the ports that live beside Store over the same database (the facilitator
 * meeting's, the voices'): `adapter` builds one on this store's connection pool.
 */
export type KyselyStore = Store & {
  meetingStore(): MeetingStore;
  adapter<T>(make: (db: Kysely<Database>, strategy: DialectStrategy) => T): T;
};

/** Whether a store (say, one a test hands in) is a Kysely store that can build the ports beside Store. */
export function isKyselyStore(store: Store): store is KyselyStore {
  return typeof (store as Partial<KyselyStore>).adapter === 'function';
}

/** The Store over Kysely: one set of queries for SQLite and PostgreSQL. */
export function createKyselyStore(
  db: Kysely<Database>,
  strategy: DialectStrategy,
  options: KyselyStoreOptions = {},
): KyselyStore {
  const newId = options.newId ?? randomUUID;
  let closed = false;
  return {
    dialect: strategy.dialect,
    async migrate() {
      const migrator = new Migrator({
        db,
        provider: staticMigrationProvider,
        migrationTableSchema: strategy.migrationTableSchema,
      });
      const { error, results } = await migrator.migrateToLatest();
      if (error) {
        const failed = results?.find((r) => r.status === 'Error')?.migrationName;
        const reason = error instanceof Error ? error.message : String(error);
        const which = failed ? `Database migration ${failed}` : 'Database migration';
        throw new Error(`${which} failed: ${reason}`, { cause: error });
      }
    },
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      await options.onClose?.();
    },
    transaction<T>(work: (tx: TransactionStore) => Promise<T>): Promise<T> {
      return strategy.writeTransaction(db, (trx) =>
        work(createKyselyStore(trx, nestedStrategy(strategy), { newId })),
      );
    },
    meetingStore: () => new KyselyMeetingStore(db, strategy),
    adapter: (make) => make(db, strategy),
    ...ports({ db, strategy, newId }),
  };
}
