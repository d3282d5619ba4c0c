import type { Member } from '../../core/model';
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

/** A group chat the bot was added to, while it is still there and reachable. */
export async function groupDestination(
  pass: PassContext,
  conversationId: string,
): Promise<DestinationLookup> {
  const ref = await pass.deps.store.getConversationRef(conversationId);
  if (!ref || ref.removedAt !== null)
    return { outcome: { state: 'unreachable', error: 'the bot was removed from the group chat' } };
  if (!ref.reachable)
    return {
      outcome: {
        state: 'unreachable',
        error: `the group chat is unreachable (${ref.lastError ?? 'unknown'})`,
      },
    };
  return { to: { reference: ref.reference, conversationId: ref.conversationId } };
}
