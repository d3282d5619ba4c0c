import type { Server } from 'restify';
import { API, type PrivacyNoticeResponse } from '../../../core/api';
import { routeRegistrar, type ApiRuntime } from '../http/route';

/**
 * GET /api/privacy-notice: the facts the tab's privacy page shows without sign-in (the manifest's
 * privacy link is opened from the app's details, before anyone signs in). Settings and retention
 * periods only: no names, no forum content.
 */
export function registerPrivacyNoticeRoutes(server: Server, rt: ApiRuntime): void {
  const register = routeRegistrar(server, rt);
  const { config, store } = rt.deps;
  register(API.privacyNotice, async () => {
    const forums = await store.listForums();
    const { controllerName, controllerContact, dataLocation } = config.privacyNotice;
    const body: PrivacyNoticeResponse = {
      controller: controllerName ? { name: controllerName, contact: controllerContact } : null,
      dataLocation,
      database: config.database.kind,
      retentionDays: [...new Set(forums.map((f) => f.settings.retentionDays))].sort((a, b) => a - b),
    };
    return { json: body };
  });
}
