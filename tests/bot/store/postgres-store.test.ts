import { createPostgresStore } from '../../../bot/store/postgres/postgres-store';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';
import { describeStoreContract } from './store-contract';

// audit_log is left out: it refuses TRUNCATE (append-only); every test uses fresh forum ids.
const TABLES = [
  'voice_notices',
  'voice_hits',
  'voices',
  'voice_rounds',
  'signing_keys',
  'event_streams',
  'used_confirm_codes',
  'card_closes',
  'meeting_card_updates',
  'meeting_messages',
  'facilitator_meetings',
  'erased_answer_tallies',
  'retention_purges',
  'conversation_refs',
  'takeaways',
  'answer_revisions',
  'answers',
  'deliveries',
  'rounds',
  'principles',
  'questions',
  'member_departments',
  'members',
  'departments',
  'forums',
];

describeWithPostgres('PostgreSQL store', () => {
  const schema = uniqueSchemaName();

  afterAll(async () => {
    await dropSchema(schema);
  });

  // One schema for the run; every test starts from empty tables.
  describeStoreContract('PostgreSQL', async () => {
    const { store, pool } = await createPostgresStore({
      connectionString: TEST_DATABASE_URL,
      schema,
      maxConnections: 8,
    });
    await store.migrate();
    await pool.query(`truncate table ${TABLES.join(', ')}`);
    return store;
  });
});
