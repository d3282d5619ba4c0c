import { deliveryProblems, deliveryStatus } from '../../../core/deliveries';
import type { Delivery, DeliveryState, Round } from '../../../core/model';

const round = (id: string, dueAt: string, questionIds: string[]): Round => ({
  id,
  forumId: 'f',
  departmentId: null,
  kind: 'prompt',
  questionIds,
  localDate: dueAt.slice(0, 10),
  localTime: '09:00',
  dueAt,
  state: 'materialized',
  createdAt: dueAt,
  updatedAt: dueAt,
});

const delivery = (
  id: string,
  roundId: string,
  recipientId: string,
  state: DeliveryState,
  recipientKind: Delivery['recipientKind'] = 'member',
): Delivery => ({
  id,
  roundId,
  forumId: 'f',
  recipientKind,
  recipientId,
  departmentId: 'd',
  dueAt: '2019-09-02T07:00:00Z',
  nextAttemptAt: '2019-09-02T07:00:00Z',
  state,
  attempts: state === 'pending' ? 0 : 1,
  leaseOwner: null,
  leaseUntil: null,
  sentActivityId: null,
  sentConversationId: null,
  lastError: state === 'failed' ? 'HTTP 500' : null,
  updatedAt: '2019-09-02T07:00:01Z',
});

const members = [
  { id: 'm-b', name: 'Bente' },
  { id: 'm-a', name: 'Åse' },
  { id: 'm-c', name: 'Carl' },
];

describe('deliveryStatus', () => {
  const later = round('r2', '2019-10-01T07:00:00Z', ['q1']);
  const first = round('r1', '2019-09-02T07:00:00Z', ['q1', 'q2']);
  const status = deliveryStatus({
    rounds: [later, first],
    deliveries: [
      delivery('d1', 'r1', 'm-a', 'sent'),
      delivery('d2', 'r1', 'm-b', 'failed'),
      delivery('d3', 'r1', 'm-c', 'unreachable'),
      delivery('d4', 'r1', 'chat-1', 'sent', 'conversation'),
      delivery('d5', 'r2', 'm-a', 'pending'),
      delivery('d6', 'other-round', 'm-a', 'sent'),
    ],
    members,
    answers: [
      { memberId: 'm-a', questionId: 'q1' },
      { memberId: 'm-a', questionId: 'q2' },
      { memberId: 'm-b', questionId: 'q1' },
    ],
  });

  it('orders rounds by due time and counts each state, leaving out deliveries of other rounds', () => {
    expect(status.rounds.map((r) => r.round.id)).toEqual(['r1', 'r2']);
    expect(status.rounds[0]!.counts).toEqual({
      pending: 0,
      leased: 0,
      sent: 2,
      failed: 1,
      unreachable: 1,
      cancelled: 0,
      total: 4,
      answered: 1,
    });
    expect(status.rounds[1]!.counts).toEqual(expect.objectContaining({ pending: 1, total: 1, answered: 1 }));
  });

  it('answered means every question of the round, by members only; rows by Danish name order', () => {
    const rows = status.rounds[0]!.rows;
    expect(rows.map((r) => [r.recipientName, r.answered])).toEqual([
      [null, false],
      ['Bente', false],
      ['Carl', false],
      ['Åse', true],
    ]);
  });

  it('problems are the failed and unreachable rows, round by round', () => {
    expect(deliveryProblems(status).map((p) => [p.recipientName, p.delivery.state])).toEqual([
      ['Bente', 'failed'],
      ['Carl', 'unreachable'],
    ]);
  });
});
