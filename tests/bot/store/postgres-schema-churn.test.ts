import { Client } from 'pg';
import { createPostgresStore } from '../../../bot/store/postgres/postgres-store';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';

/**
 * Other schemas on the same server come and go (parallel test runs, other apps). Migrating our
 * schema must not read theirs: Kysely's default introspector did, and failed with
 * "schema … does not exist" when one was dropped meanwhile.
 */
describeWithPostgres('PostgreSQL store beside schemas that come and go', () => {
  it('migrates while other schemas with tables are created and dropped', async () => {
    const churn = new Client({ connectionString: TEST_DATABASE_URL });
    await churn.connect();
    let stop = false;
    const churning = (async () => {
      for (let i = 0; !stop && i < 2000; i++) {
        const other = uniqueSchemaName('churn');
        await churn.query(`create schema "${other}"`);
        await churn.query(
          `create table "${other}".t1 (id serial primary key, v text); create table "${other}".t2 (id serial primary key)`,
        );
        await churn.query(`drop schema "${other}" cascade`);
      }
    })();
    const schemas: string[] = [];
    try {
      for (let i = 0; i < 6; i++) {
        const schema = uniqueSchemaName('scoped');
        schemas.push(schema);
        const { store } = await createPostgresStore({ connectionString: TEST_DATABASE_URL, schema });
        try {
          await store.migrate();
          await store.migrate();
        } finally {
          await store.close();
        }
      }
    } finally {
      stop = true;
      await churning;
      await churn.end();
      for (const schema of schemas) await dropSchema(schema);
    }
  }, 120_000);
});
