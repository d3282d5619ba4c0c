import type { ProactiveSender, SendResult } from '../teams/proactive';
import { isSimulatedConversation } from '../../core/example-forum';

function conversationIdOf(reference: unknown): string | undefined {
  return (reference as { conversation?: { id?: string } } | null)?.conversation?.id;
}

/**
 * Sends as usual, except into a simulated person's chat: there the message counts as delivered
 * (activity id `demo:<n>`) without reaching any connector.
 */
export function withSimulatedPeople(sender: ProactiveSender): ProactiveSender {
  let sent = 0;
  const simulated = (conversationId: string): SendResult => ({
    ok: true,
    activityId: `demo:${++sent}`,
    conversationId,
  });
  return {
    send(reference, activity, options) {
      const id = conversationIdOf(reference);
      return isSimulatedConversation(id)
        ? Promise.resolve(simulated(id!))
        : sender.send(reference, activity, options);
    },
    update(reference, activityId, activity, options) {
      const id = conversationIdOf(reference);
      return isSimulatedConversation(id)
        ? Promise.resolve(simulated(id!))
        : sender.update(reference, activityId, activity, options);
    },
    createPersonalConversation: (input) => sender.createPersonalConversation(input),
  };
}
