import type { Activity } from 'botbuilder';
import type { Config } from '../config';

/**
 * The tenants whose Teams activities the bot serves: ALLOWED_TENANT_IDS, plus the bot's own
 * tenant for a SingleTenant bot. Empty: every tenant (local development, multi-tenant demo).
 */
export function allowedBotTenants(config: Pick<Config, 'auth' | 'bot'>): ReadonlySet<string> {
  const ids = [...config.auth.allowedTenantIds];
  if (config.bot?.type === 'SingleTenant' && config.bot.tenantId) ids.push(config.bot.tenantId);
  return new Set(ids.map((id) => id.trim().toLowerCase()).filter(Boolean));
}

/** The tenant an activity says it comes from (Teams puts it in channelData and on the conversation). */
export function activityTenantId(activity: Partial<Activity>): string | null {
  const fromChannel = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  if (typeof fromChannel === 'string' && fromChannel) return fromChannel;
  const fromConversation = activity.conversation?.tenantId;
  return typeof fromConversation === 'string' && fromConversation ? fromConversation : null;
}

/**
 * Whether the activity may be processed. With an allow-list, both tenant fields must name an
 * allowed tenant (an activity without a tenant is refused: Teams always sends one).
 */
export function isTenantAllowed(allowed: ReadonlySet<string>, activity: Partial<Activity>): boolean {
  if (allowed.size === 0) return true;
  const fromChannel = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const fromConversation = activity.conversation?.tenantId;
  const stated = [fromChannel, fromConversation].filter(
    (v): v is string => typeof v === 'string' && v.length > 0,
  );
  if (stated.length === 0) return false;
  return stated.every((id) => allowed.has(id.toLowerCase()));
}
