import { kyselyAdapter, type KyselyContext } from './kysely-port';
import type { ConfirmCodeStore } from './ports/confirm-code-store';

/**
 * Single-use confirmation codes, shared by both dialects: the first insert of a code's id wins
 * (primary key, on conflict do nothing), so two instances cannot both accept the same code.
 */
export async function consumeConfirmCode(
  { db }: KyselyContext,
  id: string,
  expiresAt: string,
  at: string,
): Promise<boolean> {
  if (!id) throw new Error('consumeConfirmCode: empty id');
  // Opportunistic clean-up: an expired code is refused by its signature check anyway.
  await db.deleteFrom('used_confirm_codes').where('expires_at', '<', at).execute();
  const result = await db
    .insertInto('used_confirm_codes')
    .values({ id, expires_at: expiresAt, used_at: at })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export const confirmCodeAdapter = kyselyAdapter<ConfirmCodeStore>({
  consumeConfirmCode,
});
