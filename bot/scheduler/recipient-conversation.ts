import type { ConversationRef, Member } from '../../core/model';
import type { ProactiveSender } from '../teams/proactive';
import type { SendFailure } from '../teams/proactive';
import type { ConversationStore } from '../store/store';

export type ConversationLookup =
  | { ok: true; ref: ConversationRef; created: boolean }
  | { ok: false; unreachable: string }
  | { ok: false; failure: SendFailure };

interface ReferenceShape {
  serviceUrl?: string;
  channelId?: string;
  conversation?: { tenantId?: string };
}

/** Where a new 1:1 chat can be created: the tenant and serviceUrl of any conversation we know. */
export async function findCreationTemplate(
  store: ConversationStore,
): Promise<{ serviceUrl: string; tenantId: string; channelId: string } | null> {
  const refs = await store.listConversationRefs();
  for (const ref of refs) {
    const reference = (ref.reference ?? {}) as ReferenceShape;
    const tenantId = ref.tenantId ?? reference.conversation?.tenantId;
    if (reference.serviceUrl && tenantId) {
      return { serviceUrl: reference.serviceUrl, tenantId, channelId: reference.channelId ?? 'msteams' };
    }
  }
  return null;
}

/**
 * The member's personal chat with the bot. Without a usable stored one, a 1:1 chat is created
 * (Teams needs a tenant and serviceUrl, taken from any other stored reference); when that is
 * impossible the member is reported unreachable with the reason, never silently skipped.
 */
export async function personalConversation(
  store: ConversationStore,
  sender: ProactiveSender,
  member: Member,
  template: () => Promise<{ serviceUrl: string; tenantId: string; channelId: string } | null>,
  nowIso: string,
): Promise<ConversationLookup> {
  const stored = await store.findPersonalConversation(member.aadObjectId);
  if (stored && stored.removedAt === null && stored.reachable)
    return { ok: true, ref: stored, created: false };
  if (stored && !stored.reachable && (stored.lastError ?? '').startsWith('HTTP 403')) {
    return { ok: false, unreachable: `the person blocked or removed the bot (${stored.lastError})` };
  }
  const where = await template();
  if (!where) {
    return {
      ok: false,
      unreachable: stored
        ? `personal chat ${stored.removedAt ? 'was uninstalled' : 'is gone'} and no tenant/serviceUrl is known to create a new one`
        : 'the app is not installed for this person and no tenant/serviceUrl is known to create a chat',
    };
  }
  const created = await sender.createPersonalConversation({ ...where, aadObjectId: member.aadObjectId });
  if (!created.ok) {
    if (created.failure.kind === 'transient') return { ok: false, failure: created.failure };
    return {
      ok: false,
      unreachable: `could not create a personal chat (${created.failure.reason}); the app may not be installed for this person`,
    };
  }
  const ref: ConversationRef = {
    conversationId: created.conversationId,
    kind: 'personal',
    tenantId: where.tenantId,
    aadObjectId: member.aadObjectId,
    departmentId: null,
    reference: created.reference,
    installedAt: nowIso,
    removedAt: null,
    reachable: true,
    lastError: null,
  };
  await store.saveConversationRef(ref);
  return { ok: true, ref, created: true };
}
