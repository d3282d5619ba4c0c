import { randomUUID } from 'node:crypto';
import type { Clock, IdGenerator } from '../../core/model';
import type { AuditEntry, AuditStore } from '../store/store';
import type { AuditAction } from './audit-actions';
import { sanitizeDetails } from './audit-details';

/** Who acted: a forum member, a signed-in person known only by Entra id, or the system (a job). */
export type AuditActor = { actorMemberId: string } | { actorAadObjectId: string } | { system: string };

export type AuditRecord = AuditActor & {
  forumId: string;
  action: AuditAction;
  target: { kind: string; id: string | null };
  /** Ids, counts, flags and field names; anything else is dropped (see sanitizeDetails). */
  details?: Record<string, unknown>;
};

export interface AuditLog {
  /** Appends one entry; never throws for a bad detail (it is dropped), only when the store fails. */
  record(entry: AuditRecord): Promise<AuditEntry>;
}

/** The audit log over the store's append-only table. */
export function createAuditLog(
  store: AuditStore,
  options: { clock?: Clock; ids?: IdGenerator } = {},
): AuditLog {
  const clock = options.clock ?? { now: () => new Date() };
  const ids = options.ids ?? randomUUID;
  return {
    async record(input) {
      const entry: AuditEntry = {
        id: ids(),
        forumId: input.forumId,
        at: clock.now().toISOString(),
        actorKind: 'actorMemberId' in input ? 'member' : 'actorAadObjectId' in input ? 'user' : 'system',
        actorMemberId: 'actorMemberId' in input ? input.actorMemberId : null,
        actorAadObjectId: 'actorAadObjectId' in input ? input.actorAadObjectId : null,
        action: input.action,
        targetKind: input.target.kind,
        targetId: input.target.id,
        details: sanitizeDetails({ ...input.details, ...('system' in input ? { job: input.system } : {}) }),
      };
      await store.appendAudit(entry);
      return entry;
    },
  };
}

/**
 * The actor for an API caller in a forum: their membership if they have one there, else their
 * Entra object id. Structural, so the audit module does not depend on the API's types.
 */
export function actorOf(
  caller: { identity: { aadObjectId: string }; members: ReadonlyArray<{ id: string; forumId: string }> },
  forumId: string,
): AuditActor {
  const member = caller.members.find((m) => m.forumId === forumId);
  return member ? { actorMemberId: member.id } : { actorAadObjectId: caller.identity.aadObjectId };
}
