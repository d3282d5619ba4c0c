import { actorOf } from '../../audit/audit-log';
import type { AuditAction } from '../../audit/audit-actions';
import type { AuthedCtx } from './route';

/**
 * Records a successful organizer write in the forum's audit log, with the caller as actor.
 * Call it only after the write is stored. If the audit store fails, the write stays (the person
 * is not told it failed when it did not) and the failure is logged as an error with the action,
 * so the gap is visible to operators; never silently dropped.
 */
export async function recordAudit(
  ctx: Pick<AuthedCtx, 'caller' | 'rt' | 'req'>,
  forumId: string,
  action: AuditAction,
  target: { kind: string; id: string | null },
  details?: Record<string, unknown>,
): Promise<void> {
  try {
    await ctx.rt.audit.record({ ...actorOf(ctx.caller, forumId), forumId, action, target, details });
  } catch (error) {
    ctx.rt.deps.log.error(
      { requestId: ctx.req.id(), forumId, action, err: { message: (error as Error)?.message } },
      'api: could not write the audit entry for a stored change',
    );
  }
}
