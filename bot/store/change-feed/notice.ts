import type { ChangeFeed, ChangeNotice, StatementNotice } from '../store';

const TOPICS: ReadonlySet<string> = new Set([
  'answer',
  'takeaways',
  'delivery',
  'round',
  'forum',
  'member',
  'voice',
]);

/** A notice as it goes over the wire (parseChangeNotice reads it). */
export function noticePayload(change: ChangeNotice): string {
  return JSON.stringify({ forumId: change.forumId, departmentId: change.departmentId, topic: change.topic });
}

/**
 * The notice for a write to send in its own statement, where the feed has a channel for it
 * (PostgreSQL); undefined: the caller publishes it.
 */
export function statementNotice(changes: ChangeFeed, change: ChangeNotice): StatementNotice | undefined {
  return changes.channel === null ? undefined : { channel: changes.channel, payload: noticePayload(change) };
}

/** Reads a notice that came over the wire; undefined if it is not one. */
export function parseChangeNotice(payload: string): ChangeNotice | undefined {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.forumId !== 'string' || typeof v.topic !== 'string' || !TOPICS.has(v.topic)) return undefined;
  if (v.departmentId !== null && typeof v.departmentId !== 'string') return undefined;
  return { forumId: v.forumId, departmentId: v.departmentId, topic: v.topic as ChangeNotice['topic'] };
}

/** Calls every listener; one that throws does not keep the others from hearing the notice. */
export function notifyAll(
  listeners: Iterable<(change: ChangeNotice) => void>,
  change: ChangeNotice,
  onListenerError: (error: unknown) => void,
): void {
  for (const listener of [...listeners]) {
    try {
      listener(change);
    } catch (error) {
      onListenerError(error);
    }
  }
}
