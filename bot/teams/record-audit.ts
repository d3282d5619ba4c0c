import type { AppDeps } from '../app-deps';
import { createAuditLog, type AuditRecord } from '../audit';

type Entry = Omit<Extract<AuditRecord, { actorMemberId: string }>, 'actorMemberId'>;

/** Records a member's change made in the bot; a failing audit write is logged, never shown to the person. */
export async function recordAudit(
  deps: Pick<AppDeps, 'store' | 'clock' | 'ids' | 'log'>,
  actorMemberId: string,
  entry: Entry,
): Promise<void> {
  const log = createAuditLog(deps.store, { clock: deps.clock, ids: deps.ids });
  try {
    await log.record({ ...entry, actorMemberId });
  } catch (error) {
    deps.log.error({ component: 'teams', err: error, action: entry.action }, 'audit: could not record');
  }
}
