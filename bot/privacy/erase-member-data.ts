import type { Logger } from 'pino';
import type { Clock, Member } from '../../core/model';
import type { AuditActor, AuditLog } from '../audit/audit-log';
import type { MeetingStore } from '../store/meetings';
import type { ChangeFeed, Store } from '../store/store';

export interface EraseDeps {
  store: Store;
  /** The facilitator meetings: the person's name on dates they recorded, and the notes they wrote. */
  meetings: MeetingStore;
  clock: Clock;
  changes: ChangeFeed;
  log: Logger;
  audit: AuditLog;
}

export interface EraseReport {
  memberId: string;
  forumId: string;
  answers: number;
  revisions: number;
  /** Departments whose summary lost answers (live views are told). */
  departmentIds: string[];
  /** Cards in Teams chats queued to be updated in place without the erased answers. */
  cardsQueued: number;
  /**
   * Departments of the person whose shared takeaways exist: group text, co-edited, not erased.
   * Reported so the person (or organizer) can ask the group to edit it.
   */
  takeawaysKept: Array<{ departmentId: string; version: number }>;
  /**
   * Facilitator meetings: dates whose recorder was erased (the dates stay), notes erased with their
   * author, and meeting cards in Teams chats queued to be updated in place.
   */
  meetings: { datesRecorded: number; notes: number; cardsQueued: number };
}

/**
 * Erases one membership's answers everywhere they are stored (answers and every revision; the
 * summaries and exports are derived from them, so they follow), keeps the erased counts, tells
 * live views, and records the erasure in the audit log. The member stays a member.
 *
 * Facilitator meetings: the person's name goes from the meeting dates they recorded (the
 * department's date stays: it is the department's plan) and the notes they wrote go with their
 * author (MeetingStore.eraseMeetingAuthor, one transaction of its own after the answers'; it is
 * idempotent, so asking again finishes what a crash between the two left). In that transaction the
 * meeting cards already in Teams that may show what went (the facilitator's takeaways card with the
 * notes, the briefings with the chefs' answers and names) are queued for an update in place.
 *
 * Copies in Teams chats: in the same transaction as the erasure, every sent card that may show
 * the answers (the member's own cards, the group cards of the departments they answered in) is
 * queued for an update in place (the card-update queue, leased and rate-limited like sends), so a
 * crash between the two cannot leave a card showing erased text.
 */
export async function eraseMemberData(
  deps: EraseDeps,
  request: { member: Member; reason: 'subject' | 'organizer'; actor: AuditActor },
): Promise<EraseReport> {
  const { store, clock } = deps;
  const { member } = request;
  const at = clock.now().toISOString();
  const { result, cardsQueued } = await store.transaction(async (tx) => {
    const erased = await tx.eraseAnswersOfMember(member.id, request.reason, at);
    const queued =
      erased.answers === 0
        ? 0
        : await tx.enqueueErasedCards({
            forumId: member.forumId,
            memberId: member.id,
            departmentIds: [...new Set(erased.tallies.map((t) => t.departmentId))],
            at,
          });
    return { result: erased, cardsQueued: queued };
  });
  const departmentIds = [...new Set(result.tallies.map((t) => t.departmentId))];
  // Their departments too: a repeat after a crash finds no answers left but still queues the cards.
  const meetings = await deps.meetings.eraseMeetingAuthor(member.id, {
    at,
    departmentIds: [...new Set([...member.departmentIds, ...departmentIds])],
  });
  const takeawaysKept: EraseReport['takeawaysKept'] = [];
  for (const departmentId of [...new Set([...member.departmentIds, ...departmentIds])]) {
    const takeaways = await store.getTakeaways(departmentId);
    if (takeaways.version > 0) takeawaysKept.push({ departmentId, version: takeaways.version });
  }
  await deps.audit.record({
    ...request.actor,
    forumId: member.forumId,
    action: 'privacy.erase',
    target: { kind: 'member', id: member.id },
    details: {
      reason: request.reason,
      answers: result.answers,
      revisions: result.revisions,
      takeawaysKept: takeawaysKept.length,
      cardsQueued,
      meetingDatesRecorded: meetings.datesRecorded,
      meetingNotes: meetings.notes,
      meetingCardsQueued: meetings.cards,
    },
  });
  if (meetings.datesRecorded + meetings.notes > 0)
    await deps.changes
      .publish({ forumId: member.forumId, departmentId: null, topic: 'forum' })
      .catch(() => undefined);
  for (const departmentId of departmentIds) {
    await deps.changes
      .publish({ forumId: member.forumId, departmentId, topic: 'answer' })
      .catch(() => undefined);
  }
  deps.log.info(
    { component: 'privacy', memberId: member.id, reason: request.reason, answers: result.answers },
    'privacy: answers erased',
  );
  return {
    memberId: member.id,
    forumId: member.forumId,
    answers: result.answers,
    revisions: result.revisions,
    departmentIds,
    cardsQueued,
    takeawaysKept,
    meetings: { datesRecorded: meetings.datesRecorded, notes: meetings.notes, cardsQueued: meetings.cards },
  };
}
