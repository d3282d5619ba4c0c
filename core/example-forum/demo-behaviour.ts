import { fnv1a } from './members';

/** Conversation ids of the living demo's simulated people: no Teams client holds them. */
export const SIMULATED_CONVERSATION_PREFIX = 'demo:';

export function isSimulatedConversation(conversationId: string | null | undefined): boolean {
  return (conversationId ?? '').startsWith(SIMULATED_CONVERSATION_PREFIX);
}

/**
 * When a simulated chef of the demo answers a question, in hours after the prompt reached them, or
 * null for never. Stable per person and question: about one in five never answers, some answer the
 * same day, others only after a reminder; everyone skips a question now and then.
 */
export function demoAnswerDelayHours(aadObjectId: string, questionNumber: number): number | null {
  const person = fnv1a(`demo:${aadObjectId}`) % 10;
  if (person < 2) return null;
  const question = fnv1a(`demo:${aadObjectId}:${questionNumber}`);
  if (question % 7 === 0) return null;
  const spread = (question >>> 8) % 1000;
  if (person < 6) return 1 + (spread / 1000) * 28;
  return 72 + (spread / 1000) * 168;
}
