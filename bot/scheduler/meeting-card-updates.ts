import type { Member } from '../../core/model';
import type { MeetingCardUpdate } from '../store/meetings';
import { cardActivity } from '../teams/cards/card-kit';
import { removedMeetingCard } from '../teams/meetings/meeting-cards';
import { CARD_CHAT, reachable } from './destination';
import { cardFor } from './meeting-messages';
import type { PassContext } from './pass-context';
import type { Plan, SendQueue } from './send-queue';

/**
 * Meeting cards already posted in Teams, updated in place after an erasure ('erased': rendered
 * again from the store, so the erased notes, answers and names are gone) or before the retention
 * purge ('purged': a neutral card). The store queues them in the erasure's or the purge's own
 * transaction; here they go through the one sender like every card update: leased, rate-limited,
 * retried, and claimed again after a crash (updating a card twice shows the same card).
 */
export type MeetingCardUpdated = { state: 'updated' };

export const meetingCardUpdates: SendQueue<MeetingCardUpdate, MeetingCardUpdated> = {
  table: 'meeting_card_updates',
  noun: 'meeting card update',
  idOf: (update) => update.message.id,
  attemptsOf: (update) => update.attempts,
  logFields: (update) => ({
    meetingMessageId: update.message.id,
    kind: update.message.kind,
    view: update.view,
  }),
  claim: (deps, request) => deps.meetings.claimCardUpdates(request),
  plan: planCardUpdate,
  done: () => ({ state: 'updated' }),
  doneState: 'updated',
  complete: (deps, id, owner, outcome, at) => deps.meetings.completeCardUpdate(id, owner, outcome, at),
  repeatable: true,
};

async function planCardUpdate(
  pass: PassContext,
  update: MeetingCardUpdate,
  now: Date,
): Promise<Plan<MeetingCardUpdated>> {
  const { deps } = pass;
  const { message } = update;
  if (!message.sentActivityId)
    return { outcome: { state: 'failed', error: 'the message has no posted card to update' } };
  const snapshot = await pass.snapshots.get(message.forumId);
  let member: Member | null = null;
  let conversationId = message.recipientId;
  if (message.recipientKind === 'member') {
    member =
      snapshot?.members.get(message.recipientId) ?? (await deps.store.getMember(message.recipientId)) ?? null;
    const personal = member ? await deps.store.findPersonalConversation(member.aadObjectId) : undefined;
    if (!personal) return { outcome: { state: 'unreachable', error: 'the personal chat is not known' } };
    conversationId = personal.conversationId;
  }
  const conversation = reachable(await deps.store.getConversationRef(conversationId), CARD_CHAT);
  if (!conversation.ok) return { outcome: { state: 'unreachable', error: conversation.unreachable } };
  const { ref } = conversation;

  const locale = member?.locale ?? snapshot?.forum.defaultLocale ?? 'da';
  const department = message.departmentId ? snapshot?.departments.get(message.departmentId) : undefined;
  const current =
    update.view === 'erased' && snapshot && department
      ? await cardFor(pass, snapshot, department, member, message, now)
      : null;
  return {
    message: {
      reference: ref.reference,
      conversationId: ref.conversationId,
      activity: cardActivity(current ?? removedMeetingCard(locale)),
      replaces: message.sentActivityId,
    },
  };
}
