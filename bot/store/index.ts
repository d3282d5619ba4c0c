/** The store's public surface: the port, the adapters and openStore. */
export type {
  CardClose,
  CardCloseOutcome,
  CardCloseState,
  AnswerFilter,
  ChangeFeed,
  ChangeNotice,
  ClaimRequest,
  DeliveryOutcome,
  ErasedAnswerTallyFilter,
  MemberFilter,
  SummaryAnswerFilter,
  SaveAnswerInput,
  SaveAnswerResult,
  SaveTakeawaysResult,
  Store,
} from './store';
export { openStore, type OpenStoreOptions, type OpenedStore } from './open-store';
export { createKyselyStore, type KyselyStore, type KyselyStoreOptions } from './kysely-store';
export { createSqliteStore, SQLITE_MEMORY, type SqliteStoreOptions } from './sqlite/sqlite-store';
export {
  createPostgresStore,
  type PostgresStore,
  type PostgresStoreOptions,
} from './postgres/postgres-store';
export {
  DEFAULT_CHANGE_CHANNEL,
  InProcessChangeFeed,
  PostgresChangeFeed,
  type PostgresChangeFeedOptions,
} from './change-feed';
export { MIGRATIONS } from './migrations';
export { createKyselyVoiceStore } from './voices/kysely-voice-store';
export type { VoiceStore } from './voices/voice-store';
export * from './meetings';
