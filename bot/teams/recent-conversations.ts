import type { Activity } from 'botbuilder';
import type { ConversationRef } from '../../core/model';
import type { ConversationStore } from '../store/store';
import { conversationIdOf, rememberConversation } from './installations';

/**
 * First contact stores a conversation reference; a personal chat stored moments ago by this
 * process need not be read again on every turn. Entries live `ttlMs`, so an uninstall or an
 * "unreachable" mark made elsewhere is noticed soon after. Group chats and channels are always
 * read: their department link may change at any time (a command, the tab).
 */
export class RecentConversations {
  private readonly recent = new Map<string, { until: number; ref: ConversationRef }>();

  constructor(
    private readonly store: ConversationStore,
    private readonly ttlMs = 10_000,
  ) {}

  async remember(activity: Partial<Activity>, at: string): Promise<ConversationRef> {
    const id = conversationIdOf(activity);
    const now = performance.now();
    const hit = this.recent.get(id);
    if (hit && hit.until > now && hit.ref.reference && sameService(hit.ref, activity)) return hit.ref;
    const { ref } = await rememberConversation(this.store, activity, at);
    if (ref.kind !== 'personal') return ref;
    this.recent.set(id, { until: now + this.ttlMs, ref });
    if (this.recent.size > 10_000) this.recent.delete(this.recent.keys().next().value as string);
    return ref;
  }

  forget(activity: Partial<Activity>): void {
    this.recent.delete(conversationIdOf(activity));
  }
}

function sameService(ref: ConversationRef, activity: Partial<Activity>): boolean {
  return (ref.reference as { serviceUrl?: string }).serviceUrl === activity.serviceUrl;
}
