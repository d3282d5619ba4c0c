/** Who did something: a forum member, a signed-in person who is no member (yet), or the system (jobs). */
export type AuditActorKind = 'member' | 'user' | 'system';

/** One line of a forum's audit log. Append-only: the port has no way to change or remove one. */
export interface AuditEntry {
  id: string;
  forumId: string;
  at: string;
  actorKind: AuditActorKind;
  actorMemberId: string | null;
  actorAadObjectId: string | null;
  /** e.g. 'forum.settings.update', 'member.delete', 'privacy.export', 'retention.purge'. */
  action: string;
  /** e.g. 'forum', 'department', 'member', 'round', 'delivery', 'takeaways'. */
  targetKind: string;
  targetId: string | null;
  /** Ids, counts and changed field names only; never names, e-mails or answer texts. */
  details: Record<string, unknown>;
}

export interface AuditPage {
  /** Default 100, at most 500. */
  limit?: number;
  /** Entries strictly older than this one (newest-first paging). */
  before?: { at: string; id: string };
}

/** A forum's audit log: append and read only. */
export interface AuditStore {
  appendAudit(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  listAudit(forumId: string, page?: AuditPage): Promise<AuditEntry[]>;
}
