import type { Activity } from 'botbuilder';
import { localize } from '../../core/i18n';
import type { Forum } from '../../core/model';
import type { AppDeps } from '../app-deps';
import { FINAL_MEETING_CHAT } from '../store/meetings';
import { cardActivity } from '../teams/cards/card-kit';
import { meetingChatCard } from '../teams/meetings/meeting-chat-card';
import type { ForumSnapshot } from './forum-snapshot';

/**
 * The card in the final meeting's chat (the running order and links): a forum-level message of the
 * meetings' queue (no department), queued by the install turn and sent by the one sender
 * (meeting-messages.ts, send-queue.ts runBatch) under the same leases, rate limits and retries.
 * Its key is (forum, kind, the final meeting's date, the meeting chat), so installing again, an
 * upgrade, a second instance or a restart queue nothing new.
 */
export async function queueFinalMeetingChatCard(
  deps: Pick<AppDeps, 'meetings' | 'clock' | 'ids'>,
  forum: Pick<Forum, 'id' | 'finalMeetingDate'>,
  conversationId: string,
): Promise<boolean> {
  const now = deps.clock.now().toISOString();
  const added = await deps.meetings.addMessages([
    {
      id: deps.ids(),
      forumId: forum.id,
      departmentId: null,
      kind: FINAL_MEETING_CHAT,
      occasion: forum.finalMeetingDate,
      recipientKind: 'conversation',
      recipientId: conversationId,
      dueAt: now,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      leaseOwner: null,
      leaseUntil: null,
      sentActivityId: null,
      lastError: null,
      updatedAt: now,
    },
  ]);
  return added > 0;
}

/** The card as it is sent: the forum's departments as they stand now, in the forum's language (the chat is shared). */
export function finalMeetingChatActivity(snapshot: ForumSnapshot, publicUrl: string): Partial<Activity> {
  const { forum } = snapshot;
  const locale = forum.defaultLocale;
  const card = meetingChatCard({ forum, departments: [...snapshot.departments.values()], publicUrl, locale });
  return cardActivity(card, localize(forum.name, locale));
}
