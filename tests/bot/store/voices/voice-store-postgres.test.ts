import type { KyselyStore } from '../../../../bot/store/kysely-store';
import { createPostgresStore } from '../../../../bot/store/postgres/postgres-store';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../../support/postgres';
import { describeVoiceStoreContract } from './voice-store-contract';

describeWithPostgres('PostgreSQL voice store', () => {
  let opened: KyselyStore[] = [];
  const schemas: string[] = [];

  afterAll(async () => {
    for (const schema of schemas) await dropSchema(schema);
  });

  // A fresh schema per test; two pools on it stand for two instances.
  describeVoiceStoreContract('PostgreSQL (two pools)', {
    async open() {
      const schema = uniqueSchemaName('v');
      schemas.push(schema);
      const a = await createPostgresStore({ connectionString: TEST_DATABASE_URL, schema, maxConnections: 5 });
      await a.store.migrate();
      const b = await createPostgresStore({ connectionString: TEST_DATABASE_URL, schema, maxConnections: 5 });
      opened = [a.store, b.store];
      return { store: a.store, second: b.store };
    },
    async close() {
      for (const s of opened) await s.close();
    },
  });
});
