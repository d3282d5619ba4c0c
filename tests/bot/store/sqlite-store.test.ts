import { createSqliteStore, SQLITE_MEMORY } from '../../../bot/store/sqlite/sqlite-store';
import { describeStoreContract } from './store-contract';

describeStoreContract('SQLite (in memory)', async () => {
  const store = createSqliteStore({ path: SQLITE_MEMORY });
  await store.migrate();
  return store;
});
