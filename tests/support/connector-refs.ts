import type { ConversationRef } from '../../core/model';

export const TEST_TENANT = '00000000-0000-4000-8000-00000000abcd';

/** A Bot Framework ConversationReference whose serviceUrl is the stand-in. */
export function standInReference(
  serviceUrl: string,
  conversationId: string,
  kind: 'personal' | 'groupChat',
  aadObjectId: string | null,
) {
  return {
    activityId: undefined,
    bot: { id: '28:samskab-test-bot', name: 'Samskab' },
    channelId: 'msteams',
    conversation: {
      id: conversationId,
      conversationType: kind === 'personal' ? 'personal' : 'groupChat',
      isGroup: kind !== 'personal',
      tenantId: TEST_TENANT,
      name: undefined as unknown as string,
    },
    serviceUrl,
    user: aadObjectId ? { id: `29:${aadObjectId}`, name: 'member', aadObjectId } : undefined,
    locale: 'da-DK',
  };
}

export function personalRef(serviceUrl: string, aadObjectId: string, at: string): ConversationRef {
  const conversationId = `a:personal-${aadObjectId}`;
  return {
    conversationId,
    kind: 'personal',
    tenantId: TEST_TENANT,
    aadObjectId,
    departmentId: null,
    reference: standInReference(serviceUrl, conversationId, 'personal', aadObjectId),
    installedAt: at,
    removedAt: null,
    reachable: true,
    lastError: null,
  };
}

export function groupChatRef(
  serviceUrl: string,
  departmentId: string,
  n: number,
  at: string,
): ConversationRef {
  const conversationId = `19:group-${n}-${departmentId}@thread.v2`;
  return {
    conversationId,
    kind: 'groupChat',
    tenantId: TEST_TENANT,
    aadObjectId: null,
    departmentId,
    reference: standInReference(serviceUrl, conversationId, 'groupChat', null),
    installedAt: at,
    removedAt: null,
    reachable: true,
    lastError: null,
  };
}
