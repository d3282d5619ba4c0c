import type { ConversationRef, Member } from '../../core/model';
import type { PassContext } from './pass-context';
import { personalConversation } from './recipient-conversation';
import type { Plan } from './send-queue';

/** The conversation a queued message goes to. */
export interface Destination {
  reference: unknown;
  conversationId: string;
}

/** A destination, or what the job comes to without one: a failure to retry, or unreachable. */
export type DestinationLookup = { to: Destination } | Exclude<Plan<never>, { message: unknown }>;

/** The member's personal chat (created if need be, see personalConversation). */
export async function personalDestination(
  pass: PassContext,
  member: Member,
  now: Date,
): Promise<DestinationLookup> {
  const found = await personalConversation(
    pass.deps.store,
    pass.sender,
    member,
    pass.template,
    now.toISOString(),
  );
  if (found.ok) return { to: { reference: found.ref.reference, conversationId: found.ref.conversationId } };
  if ('failure' in found) return { failure: found.failure };
  return { outcome: { state: 'unreachable', error: found.unreachable } };
}

/** A group or meeting chat the bot was added to, while it is still there and reachable. */
export async function groupDestination(
  pass: PassContext,
  conversationId: string,
): Promise<DestinationLookup> {
  const ref = reachable(await pass.deps.store.getConversationRef(conversationId), {
    gone: 'the bot was removed from the group chat',
    name: 'the group chat',
  });
  if (!ref.ok) return { outcome: { state: 'unreachable', error: ref.unreachable } };
  return { to: { reference: ref.ref.reference, conversationId: ref.ref.conversationId } };
}

/** How a card update names the chat of the card it updates (a personal, group or meeting chat). */
export const CARD_CHAT = {
  gone: 'the conversation is gone or the bot was removed',
  name: 'the conversation',
};

/** A stored conversation that can take a message now, or why not (removed, gone, or failing). */
export function reachable(
  ref: ConversationRef | undefined,
  words: { gone: string; name: string },
): { ok: true; ref: ConversationRef } | { ok: false; unreachable: string } {
  if (!ref || ref.removedAt !== null) return { ok: false, unreachable: words.gone };
  if (!ref.reachable)
    return { ok: false, unreachable: `${words.name} is unreachable (${ref.lastError ?? 'unknown'})` };
  return { ok: true, ref };
}
