import type { MeetingMessageRow } from '../../../core/api';
import { deliveryStatus } from '../../../core/deliveries';

const message = (
  id: string,
  over: Partial<MeetingMessageRow> & Pick<MeetingMessageRow, 'departmentId' | 'kind' | 'occasion'>,
): MeetingMessageRow => ({
  id,
  recipientKind: 'member',
  recipientId: 'm1',
  dueAt: `${over.occasion}T07:00:00.000Z`,
  state: 'sent',
  attempts: 1,
  lastError: null,
  updatedAt: `${over.occasion}T07:00:01.000Z`,
  ...over,
});

describe('the delivery status of the meetings’ messages (the one read model)', () => {
  it('groups them by occasion in the order they fall due, counts states and names the recipients', () => {
    const status = deliveryStatus({
      rounds: [],
      deliveries: [],
      answers: [],
      members: [
        { id: 'm1', name: 'Ørsted' },
        { id: 'm2', name: 'Andersen' },
      ],
      meetingMessages: [
        message('b', { departmentId: 'd1', kind: 'briefing', occasion: '2019-10-18', recipientId: 'm2' }),
        message('n1', { departmentId: 'd1', kind: 'booking', occasion: '2019-09-06' }),
        message('n2', {
          departmentId: 'd1',
          kind: 'booking',
          occasion: '2019-09-06',
          recipientId: 'm2',
          state: 'failed',
          lastError: 'HTTP 500',
        }),
        message('g', {
          departmentId: 'd2',
          kind: 'booking',
          occasion: '2019-09-06',
          recipientKind: 'conversation',
          recipientId: '19:chat',
          state: 'cancelled',
        }),
      ],
    });
    expect(status.meetingMessages.map((g) => [g.departmentId, g.kind, g.occasion])).toEqual([
      ['d1', 'booking', '2019-09-06'],
      ['d2', 'booking', '2019-09-06'],
      ['d1', 'briefing', '2019-10-18'],
    ]);
    const [nudges, group] = status.meetingMessages;
    expect(nudges!.counts).toEqual({
      pending: 0,
      leased: 0,
      sent: 1,
      failed: 1,
      unreachable: 0,
      cancelled: 0,
      total: 2,
    });
    expect(nudges!.rows.map((r) => r.recipientName)).toEqual(['Andersen', 'Ørsted']);
    expect(group!.rows[0]!.recipientName).toBeNull();
    expect(group!.counts.cancelled).toBe(1);
  });

  it("shows the forum's own message (no department) as an occasion of its own, before the departments' at the same time", () => {
    const status = deliveryStatus({
      rounds: [],
      deliveries: [],
      answers: [],
      members: [],
      meetingMessages: [
        message('t', { departmentId: 'd1', kind: 'takeaways', occasion: '2019-11-21' }),
        message('c', {
          departmentId: null,
          kind: 'finalMeetingChat',
          occasion: '2019-11-21',
          recipientKind: 'conversation',
          recipientId: '19:meeting_x@thread.v2',
          state: 'pending',
          attempts: 1,
          lastError: 'HTTP 429',
        }),
      ],
    });
    expect(status.meetingMessages.map((g) => [g.departmentId, g.kind])).toEqual([
      [null, 'finalMeetingChat'],
      ['d1', 'takeaways'],
    ]);
    const [chat] = status.meetingMessages;
    expect(chat!.counts).toMatchObject({ pending: 1, sent: 0, total: 1 });
    expect(chat!.rows).toEqual([
      { message: expect.objectContaining({ id: 'c', lastError: 'HTTP 429' }), recipientName: null },
    ]);
  });

  it('has no meeting messages when none are given', () => {
    expect(deliveryStatus({ rounds: [], deliveries: [], members: [], answers: [] }).meetingMessages).toEqual(
      [],
    );
  });
});
