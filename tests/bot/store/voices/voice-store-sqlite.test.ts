import { createSqliteStore, SQLITE_MEMORY } from '../../../../bot/store/sqlite/sqlite-store';
import type { KyselyStore } from '../../../../bot/store/kysely-store';
import { describeVoiceStoreContract } from './voice-store-contract';

let store: KyselyStore | undefined;

// One connection: better-sqlite3 is synchronous, so a second connection in the same process would
// wait on the first one's lock while holding the event loop. PostgreSQL runs the two-instance cases.
describeVoiceStoreContract('SQLite (in memory)', {
  async open() {
    store = createSqliteStore({ path: SQLITE_MEMORY });
    await store.migrate();
    return { store };
  },
  async close() {
    await store?.close();
  },
});
