/** The audit log: who changed, exported or deleted what, and when. Append-only. */
export { createAuditLog, actorOf, type AuditLog, type AuditRecord, type AuditActor } from './audit-log';
export { AUDIT_ACTIONS, auditActionLabel, isAuditAction, type AuditAction } from './audit-actions';
export { changedFields, sanitizeDetails, type AuditDetails } from './audit-details';
