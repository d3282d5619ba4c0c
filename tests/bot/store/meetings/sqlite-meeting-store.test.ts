import { createSqliteStore, SQLITE_MEMORY } from '../../../../bot/store';
import { describeMeetingStoreContract } from './meeting-store-contract';

describeMeetingStoreContract('SQLite (in memory)', async () => {
  const store = createSqliteStore({ path: SQLITE_MEMORY });
  await store.migrate();
  return { store, meetings: store.meetingStore() };
});
