import { roundAnswers } from '../../core/answers';
import { localDateOf } from '../../core/time';
import type { Department, Forum, Round } from '../../core/model';
import type { AppDeps } from '../app-deps';
import { anonymityOf } from '../../core/summary';
import { groupPostShowsAnswers } from '../authz/rules';
import type { CardClose } from '../store/store';
import {
  buildClosedRoundActivity,
  buildErasedRoundActivity,
  buildRoundActivity,
  type SharedAnswer,
} from '../teams/cards';
import { departmentRoundAnswers } from '../teams/cards/shared-answers';
import { CARD_CHAT, reachable } from './destination';
import type { ForumSnapshot } from './forum-snapshot';
import { cardBase, openGroupPost, roundOf, type PassContext } from './pass-context';
import type { Plan, SendQueue } from './send-queue';

/**
 * After a forum's final meeting (its local date is past finalMeetingDate) every prompt card the
 * bot sent is updated in place to the closed view: once per delivery, leased like sends, through
 * the same rate limiter and retry rules. A crash leaves the lease to expire and the close is
 * claimed again; updating a card twice shows the same card, so a repeat is harmless.
 *
 * The same queue updates cards after an erasure (CardClose.view 'erased' / 'erased-closed'): the
 * member's own cards get a neutral "answer deleted" view, and the group cards of their departments
 * are rendered again from the store (without the erased answers; closed once the forum is over).
 * Before the retention purge ('purged') every card of the forum is closed showing no answers.
 */

/** How often (clock time) closed forums are scanned for newly sent prompt cards. */
export const CLOSE_SCAN_MS = 60_000;

/** The forum's local date is past its final meeting. */
function isForumOverAt(forum: Forum, now: Date): boolean {
  return localDateOf(now, forum.timeZone) > forum.finalMeetingDate;
}

/** Queues closes for every forum whose final meeting has passed. Returns how many were new. */
export async function enqueueDueCloses(deps: AppDeps, now: Date): Promise<number> {
  let added = 0;
  for (const forum of await deps.store.listForums()) {
    if (!isForumOverAt(forum, now)) continue;
    added += await deps.store.enqueueCardCloses(forum.id, now.toISOString());
  }
  return added;
}

/** Cards already sent, updated in place: to the closed view, or after an erasure or before the purge. */
export const cardCloses: SendQueue<CardClose, CardClosed> = {
  table: 'card_closes',
  noun: 'card close',
  idOf: (close) => close.deliveryId,
  attemptsOf: (close) => close.attempts,
  logFields: (close) => ({ deliveryId: close.deliveryId, view: close.view }),
  claim: (deps, request) => deps.store.claimCardCloses(request),
  plan: planClose,
  done: () => ({ state: 'closed' }),
  doneState: 'closed',
  complete: (deps, id, owner, outcome, at) => deps.store.completeCardClose(id, owner, outcome, at),
  // 403/404 on an update: the chat or the message is gone; recorded, never retried. The
  // conversation is not marked unreachable, since a 404 may mean only this message was deleted.
  repeatable: true,
};

export type CardClosed = { state: 'closed' };

async function planClose(pass: PassContext, close: CardClose, now: Date): Promise<Plan<CardClosed>> {
  const { deps } = pass;
  const delivery = await deps.store.getDelivery(close.deliveryId);
  if (!delivery?.sentActivityId || !delivery.sentConversationId)
    return { outcome: { state: 'failed', error: 'the delivery has no sent card to close' } };
  const [snapshot, found, stored] = await Promise.all([
    pass.snapshots.get(delivery.forumId),
    roundOf(pass, delivery.roundId),
    deps.store.getConversationRef(delivery.sentConversationId),
  ]);
  if (!snapshot || !found)
    return { outcome: { state: 'failed', error: 'the forum or round no longer exists' } };
  const conversation = reachable(stored, CARD_CHAT);
  if (!conversation.ok) return { outcome: { state: 'unreachable', error: conversation.unreachable } };
  const { ref } = conversation;

  const { forum } = snapshot;
  const closed = close.view !== 'erased' || isForumOverAt(forum, now);
  const erased = close.view !== 'closed';
  // Before the retention purge no card shows any answer (they are erased right after).
  const purged = close.view === 'purged';
  const base = cardBase(pass, snapshot, found, delivery.departmentId);
  const { department } = base;
  let activity;
  if (delivery.recipientKind === 'member') {
    const member =
      snapshot.members.get(delivery.recipientId) ??
      (await deps.store.getMember(delivery.recipientId)) ??
      null;
    const answers = member
      ? roundAnswers(await deps.store.listAnswers(delivery.forumId, { memberId: member.id }), found)
      : [];
    const input = { ...base, member, answers, locale: member?.locale ?? forum.defaultLocale };
    const inRound = new Set(found.questionIds);
    const answeredRound = answers.some((a) => inRound.has(a.questionId));
    // Purged: neutral where there were answers (they go right after), else closed and unanswered.
    // Erased: neutral, unless the person has answered this round again since (their current view).
    if (purged && answeredRound) activity = buildErasedRoundActivity(input, { closed });
    else if (erased && !purged && !answeredRound) activity = buildErasedRoundActivity(input, { closed });
    else activity = closed ? buildClosedRoundActivity(input) : buildRoundActivity(input);
  } else if (closed) {
    // The group post: the members' answers only when the forum shares answers in group chats.
    const shared = purged ? [] : await sharedGroupAnswers(deps, snapshot, department, found);
    activity = buildClosedRoundActivity(
      { ...base, member: null, answers: [], locale: forum.defaultLocale },
      shared,
    );
  } else {
    // Still open (an erasure): the group post as sent, so each chef's own view is refreshed.
    activity = await openGroupPost(pass, snapshot, base, delivery.departmentId);
  }
  return {
    message: {
      reference: ref.reference,
      conversationId: ref.conversationId,
      activity,
      replaces: delivery.sentActivityId,
    },
  };
}

/**
 * The answers a closed group card shows, chosen as for the open group card (bot/teams/round-view.ts):
 * the department's chefs' answers to the round's questions, at most MAX_SHARED_ANSWERS; none (and
 * nothing read) when the forum does not share answers in group chats. No viewer is left out: the
 * closed card is the same for everyone in the chat.
 */
async function sharedGroupAnswers(
  deps: AppDeps,
  snapshot: ForumSnapshot,
  department: Department | null,
  round: Round,
): Promise<SharedAnswer[]> {
  if (!department || !groupPostShowsAnswers(snapshot.forum)) return [];
  const answers = await deps.store.listAnswers(snapshot.forum.id, { departmentId: department.id });
  return departmentRoundAnswers(
    snapshot.members.values(),
    answers,
    department.id,
    round,
    anonymityOf(snapshot.forum),
  ).shared();
}
