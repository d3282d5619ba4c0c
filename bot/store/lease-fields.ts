import type { Selectable } from 'kysely';
import type { Database } from './schema';

type LeaseColumns = Pick<
  Selectable<Database['card_closes']>,
  'attempts' | 'next_attempt_at' | 'lease_owner' | 'lease_until' | 'last_error' | 'updated_at'
>;

/** The lease bookkeeping every leased row carries (bot/store/leased-queue.ts), as the domain names it. */
export function leaseFieldsOf(row: LeaseColumns) {
  return {
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    leaseOwner: row.lease_owner,
    leaseUntil: row.lease_until,
    lastError: row.last_error,
    updatedAt: row.updated_at,
  };
}
