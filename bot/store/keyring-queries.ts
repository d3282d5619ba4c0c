import { kyselyAdapter, type KyselyContext } from './kysely-port';
import type { KeyringStore } from './ports/keyring-store';
import type { SigningKeysTable } from './schema';
import type { SigningKeyRecord } from './store';

/**
 * The keyring's queries, shared by both dialects. Creation is insert-on-conflict-do-nothing on
 * (purpose, not_before), then a read: two instances starting at once end with the same key.
 */
export async function ensureSigningKey(
  { db }: KyselyContext,
  key: SigningKeyRecord,
): Promise<SigningKeyRecord> {
  await db.deleteFrom('signing_keys').where('retire_after', '<', key.createdAt).execute();
  await db
    .insertInto('signing_keys')
    .values(toRow(key))
    .onConflict((oc) => oc.columns(['purpose', 'not_before']).doNothing())
    .execute();
  const row = await db
    .selectFrom('signing_keys')
    .selectAll()
    .where('purpose', '=', key.purpose)
    .where('not_before', '=', key.notBefore)
    .executeTakeFirstOrThrow();
  return fromRow(row);
}

export async function listSigningKeys(
  { db }: KyselyContext,
  purpose: string,
  at: string,
): Promise<SigningKeyRecord[]> {
  const rows = await db
    .selectFrom('signing_keys')
    .selectAll()
    .where('purpose', '=', purpose)
    .where('retire_after', '>', at)
    .orderBy('not_before', 'desc')
    .execute();
  return rows.map(fromRow);
}

function toRow(key: SigningKeyRecord): SigningKeysTable {
  return {
    id: key.id,
    purpose: key.purpose,
    secret: key.secret,
    created_at: key.createdAt,
    not_before: key.notBefore,
    retire_after: key.retireAfter,
  };
}

function fromRow(row: SigningKeysTable): SigningKeyRecord {
  return {
    id: row.id,
    purpose: row.purpose,
    secret: row.secret,
    createdAt: row.created_at,
    notBefore: row.not_before,
    retireAfter: row.retire_after,
  };
}

export const keyringAdapter = kyselyAdapter<KeyringStore>({
  ensureSigningKey,
  listSigningKeys,
});
