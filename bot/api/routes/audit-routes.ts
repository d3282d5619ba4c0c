import type { Server } from 'restify';
import { API, type AuditEntryView, type AuditResponse } from '../../../core/api';
import { localize } from '../../../core/i18n';
import { auditActionLabel } from '../../audit/audit-actions';
import { loadForumAsOrganizer } from '../http/loaders';
import { routeRegistrar, type ApiRuntime } from '../http/route';

/** Organizers read their forum's audit log, newest first, a page at a time. */
export function registerAuditRoutes(server: Server, rt: ApiRuntime): void {
  const register = routeRegistrar(server, rt);
  const { store } = rt.deps;
  register(API.audit, async (ctx) => {
    const { caller, params, locale } = ctx;
    const forum = await loadForumAsOrganizer(store, caller, params.forumId);
    const q = ctx.query;
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
