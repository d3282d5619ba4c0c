import type { Server } from 'restify';
import type { AuditEntryView, AuditResponse } from '../../../core/api';
import { localize } from '../../../core/i18n';
import { auditActionLabel } from '../../audit/audit-actions';
import { auditQuerySchema } from '../../privacy/privacy-schemas';
import { loadForumAsOrganizer } from '../http/loaders';
import { authed, type ApiRuntime } from '../http/route';
import { parseQuery } from '../http/validation';

/** Organizers read their forum's audit log, newest first, a page at a time. */
export function registerAuditRoutes(server: Server, rt: ApiRuntime): void {
  const { store } = rt.deps;
  authed(server, rt, 'get', '/api/forums/:forumId/audit', async ({ caller, params, query, locale }) => {
    const forum = await loadForumAsOrganizer(store, caller, params.forumId!);
    const q = parseQuery(auditQuerySchema, query);
    const limit = q.limit ?? 100;
    const [at, id] = q.before ? (q.before.split('|') as [string, string]) : [];
    const [entries, members] = await Promise.all([
      store.listAudit(forum.id, { limit, ...(at && id ? { before: { at, id } } : {}) }),
      store.listMembers(forum.id),
    ]);
    const names = new Map(members.map((m) => [m.id, m.name]));
    const views = entries.map((e): AuditEntryView => {
      const labelText = auditActionLabel(e.action);
      return {
        ...e,
        label: localize(labelText, locale),
        labelText,
        actorName: e.actorMemberId ? (names.get(e.actorMemberId) ?? null) : null,
      };
    });
    const last = entries[entries.length - 1];
    const body: AuditResponse = {
      entries: views,
      next: entries.length === limit && last ? `${last.at}|${last.id}` : null,
    };
    return { json: body };
  });
}
