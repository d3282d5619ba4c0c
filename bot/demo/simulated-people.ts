import { exampleAadObjectId, SIMULATED_CONVERSATION_PREFIX } from '../../core/example-forum';
import type { ConversationRef, Member } from '../../core/model';
import type { ConversationStore } from '../store/store';

/** The members the demo simulates: every example person the Teams client does not stand in for. */
export function simulatedMembers(members: readonly Member[], livePeople: readonly string[]): Member[] {
  const live = new Set(livePeople.map(exampleAadObjectId));
  return members.filter((m) => !live.has(m.aadObjectId.toLowerCase()));
}

/**
 * Gives each simulated person a personal "chat" with the bot (idempotent), so the scheduler
 * delivers their prompts like anyone else's and records them as sent to a simulated person.
 */
export async function installForSimulatedPeople(
  store: ConversationStore,
  members: readonly Member[],
  now: string,
): Promise<number> {
  let installed = 0;
  for (const member of members) {
    const existing = await store.findPersonalConversation(member.aadObjectId);
    if (existing && existing.removedAt === null) continue;
    const conversationId = `${SIMULATED_CONVERSATION_PREFIX}${member.aadObjectId}`;
    const ref: ConversationRef = {
      conversationId,
      kind: 'personal',
      tenantId: null,
      aadObjectId: member.aadObjectId,
      departmentId: null,
      reference: {
        channelId: 'msteams',
        serviceUrl: SIMULATED_CONVERSATION_PREFIX,
        conversation: { id: conversationId, conversationType: 'personal' },
        user: { id: conversationId, aadObjectId: member.aadObjectId, name: member.name },
      },
      installedAt: now,
      removedAt: null,
      reachable: true,
      lastError: null,
    };
    await store.saveConversationRef(ref);
    installed++;
  }
  return installed;
}
