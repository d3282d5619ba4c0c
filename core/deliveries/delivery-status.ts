import type { MeetingMessageGroupStatus, MeetingMessageRow } from '../api/meeting-types';
import type { DeliveryCounts, DeliveryStatusResponse, RoundDeliveryStatus } from '../api/types';
import type { Answer, Delivery, Member, Round } from '../model';

/** What the delivery status is read from; rounds in the order shown (the store's: by due time). */
export interface DeliveryStatusFacts {
  rounds: readonly Round[];
  deliveries: readonly Delivery[];
  members: readonly Pick<Member, 'id' | 'name'>[];
  answers: readonly Pick<Answer, 'memberId' | 'questionId'>[];
  /**
   * The bot's messages about the meetings: the facilitator meetings' (nudges, briefings, reminders,
   * takeaway requests) and the forum's card in the final meeting's chat.
   */
  meetingMessages?: readonly MeetingMessageRow[];
}

/**
 * Who got each round: counts by state, how many answered every question of the round, and one row
 * per recipient (by name); and who got each of the facilitator meetings' messages, the same way.
 * The one read model behind the tab's delivery page and the bot's "leveringer" command.
 */
export function deliveryStatus(facts: DeliveryStatusFacts): DeliveryStatusResponse {
  const names = new Map(facts.members.map((m) => [m.id, m.name]));
  const answeredBy = answeredQuestions(facts.answers);
  const byRound = new Map<string, Delivery[]>(facts.rounds.map((r) => [r.id, []]));
  for (const d of facts.deliveries) byRound.get(d.roundId)?.push(d);
  return {
    rounds: [...facts.rounds]
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
      .map((round) => roundStatus(round, byRound.get(round.id)!, names, answeredBy)),
    meetingMessages: meetingMessageGroups(facts.meetingMessages ?? [], names),
  };
}

/**
 * The meetings' messages by occasion (department or the forum, kind, date), in the order they fall
 * due; at the same time the forum's own before the departments'.
 */
function meetingMessageGroups(
  messages: readonly MeetingMessageRow[],
  names: ReadonlyMap<string, string>,
): MeetingMessageGroupStatus[] {
  const groups = new Map<string, MeetingMessageGroupStatus & { dueAt: string }>();
  for (const message of messages) {
    const key = `${message.departmentId ?? ''}|${message.kind}|${message.occasion}`;
    let group = groups.get(key);
    if (!group) {
      const counts = { pending: 0, leased: 0, sent: 0, failed: 0, unreachable: 0, cancelled: 0, total: 0 };
      group = { ...pick(message), counts, rows: [], dueAt: message.dueAt };
      groups.set(key, group);
    }
    group.counts[message.state]++;
    group.counts.total++;
    if (message.dueAt < group.dueAt) group.dueAt = message.dueAt;
    const recipientName =
      message.recipientKind === 'member' ? (names.get(message.recipientId) ?? null) : null;
    group.rows.push({ message, recipientName });
  }
  return [...groups.values()]
    .sort(
      (a, b) => a.dueAt.localeCompare(b.dueAt) || (a.departmentId ?? '').localeCompare(b.departmentId ?? ''),
    )
    .map(({ dueAt: _dueAt, ...group }) => ({
      ...group,
      rows: group.rows.sort((a, b) => (a.recipientName ?? '').localeCompare(b.recipientName ?? '', 'da')),
    }));
}

function pick(m: MeetingMessageRow): Pick<MeetingMessageGroupStatus, 'departmentId' | 'kind' | 'occasion'> {
  return { departmentId: m.departmentId, kind: m.kind, occasion: m.occasion };
}

export type DeliveryProblemRow = RoundDeliveryStatus['rows'][number] & {
  delivery: Delivery & { state: 'failed' | 'unreachable' };
};

/** The deliveries an organizer should look at (failed or unreachable), round by round. */
export function deliveryProblems(status: DeliveryStatusResponse): DeliveryProblemRow[] {
  return status.rounds.flatMap((r) =>
    r.rows.filter(
      (row): row is DeliveryProblemRow =>
        row.delivery.state === 'failed' || row.delivery.state === 'unreachable',
    ),
  );
}

function answeredQuestions(answers: DeliveryStatusFacts['answers']): Map<string, Set<string>> {
  const byMember = new Map<string, Set<string>>();
  for (const a of answers) {
    let set = byMember.get(a.memberId);
    if (!set) byMember.set(a.memberId, (set = new Set()));
    set.add(a.questionId);
  }
  return byMember;
}

function roundStatus(
  round: Round,
  deliveries: readonly Delivery[],
  names: ReadonlyMap<string, string>,
  answeredBy: ReadonlyMap<string, Set<string>>,
): RoundDeliveryStatus {
  const counts: DeliveryCounts = {
    pending: 0,
    leased: 0,
    sent: 0,
    failed: 0,
    unreachable: 0,
    cancelled: 0,
    total: 0,
    answered: 0,
  };
  const rows = deliveries
    .map((delivery) => {
      counts[delivery.state]++;
      counts.total++;
      const isMember = delivery.recipientKind === 'member';
      const answered =
        isMember && round.questionIds.every((q) => answeredBy.get(delivery.recipientId)?.has(q));
      if (answered) counts.answered++;
      return {
        delivery,
        recipientName: isMember ? (names.get(delivery.recipientId) ?? null) : null,
        answered,
      };
    })
    .sort((a, b) => (a.recipientName ?? '').localeCompare(b.recipientName ?? '', 'da'));
  return { round, counts, rows };
}
