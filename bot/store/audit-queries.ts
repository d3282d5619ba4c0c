import { kyselyAdapter, type KyselyContext } from './kysely-port';
import type { AuditStore } from './ports/audit-store';
import type { AuditLogTable } from './schema';
import type { AuditActorKind, AuditEntry, AuditPage } from './store';

/** The audit log: insert and select only (the database refuses UPDATE and DELETE on the table). */

export async function appendAudit({ db }: KyselyContext, entry: AuditEntry): Promise<void> {
  await db.insertInto('audit_log').values(auditToRow(entry)).execute();
}

export async function listAudit(
  { db }: KyselyContext,
  forumId: string,
  page: AuditPage = {},
): Promise<AuditEntry[]> {
  const limit = Math.min(500, Math.max(1, Math.floor(page.limit ?? 100)));
  const before = page.before;
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('forum_id', '=', forumId)
    .$if(before !== undefined, (q) =>
      q.where((eb) =>
        eb.or([eb('at', '<', before!.at), eb.and([eb('at', '=', before!.at), eb('id', '<', before!.id)])]),
      ),
    )
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(auditFromRow);
}

function auditToRow(e: AuditEntry): AuditLogTable {
  return {
    id: e.id,
    forum_id: e.forumId,
    at: e.at,
    actor_kind: e.actorKind,
    actor_member_id: e.actorMemberId,
    actor_aad_object_id: e.actorAadObjectId,
    action: e.action,
    target_kind: e.targetKind,
    target_id: e.targetId,
    details: JSON.stringify(e.details ?? {}),
  };
}

function auditFromRow(r: AuditLogTable): AuditEntry {
  return {
    id: r.id,
    forumId: r.forum_id,
    at: r.at,
    actorKind: r.actor_kind as AuditActorKind,
    actorMemberId: r.actor_member_id,
    actorAadObjectId: r.actor_aad_object_id,
    action: r.action,
    targetKind: r.target_kind,
    targetId: r.target_id,
    details: JSON.parse(r.details) as Record<string, unknown>,
  };
}

export const auditAdapter = kyselyAdapter<AuditStore>({
  appendAudit,
  listAudit,
});
