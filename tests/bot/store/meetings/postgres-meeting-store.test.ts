import { createPostgresStore } from '../../../../bot/store';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../../support/postgres';
import { describeMeetingStoreContract } from './meeting-store-contract';

describeWithPostgres('PostgreSQL meeting store', () => {
  const schema = uniqueSchemaName();

  afterAll(async () => {
    await dropSchema(schema);
  });

  // One schema for the run; claims see the whole queue, so it starts empty in every test.
  describeMeetingStoreContract('PostgreSQL', async () => {
    const { store, pool } = await createPostgresStore({
      connectionString: TEST_DATABASE_URL,
      schema,
      maxConnections: 4,
    });
    await store.migrate();
    await pool.query('truncate table meeting_card_updates, meeting_messages, facilitator_meetings');
    return { store, meetings: store.meetingStore() };
  });
});
