import { bookingNudgeDates, dueMeetingOccasions, meetingOccasions, type Forum } from '../../../core';
import { example } from '../helpers';

const HOUR = 3_600_000;

describe('the facilitator meeting schedule', () => {
  const { forum } = example();
  const noDate = { id: 'd1', facilitatorMeetingDate: null };

  test('booking nudges: 5 working days after kickoff, then every 5, skipping the blackout week, until the final meeting', () => {
    // Kickoff Friday 30 Aug 2019; autumn blackout 14-18 Oct; final 21 Nov.
    expect(bookingNudgeDates(forum)).toEqual([
      '2019-09-06',
      '2019-09-13',
      '2019-09-20',
      '2019-09-27',
      '2019-10-04',
      '2019-10-11',
      '2019-10-25',
      '2019-11-01',
      '2019-11-08',
      '2019-11-15',
    ]);
  });

  test('the configured numbers of working days; public holidays do not count', () => {
    const christmas: Forum = {
      ...forum,
      kickoffDate: '2019-12-20',
      finalMeetingDate: '2020-01-10',
      settings: { ...forum.settings, meetings: { bookingAfterWorkingDays: 2, bookingRepeatWorkingDays: 3 } },
    };
    // Mon 23 Dec, then 24 (customary), 25, 26 closed -> 27 Dec is the 2nd working day;
    // then 30 Dec, (31 Dec and 1 Jan closed) 2 Jan, 3 Jan -> 3 Jan; then 6, 7, 8 Jan -> 8 Jan.
    expect(bookingNudgeDates(christmas)).toEqual(['2019-12-27', '2020-01-03', '2020-01-08']);
  });

  test('each occasion at the send time in the forum zone, moved out of quiet hours', () => {
    const [first] = meetingOccasions(forum, noDate);
    expect(first).toEqual({
      departmentId: 'd1',
      kind: 'booking',
      localDate: '2019-09-06',
      localTime: '09:00',
      dueAt: '2019-09-06T07:00:00.000Z',
    });
    const quiet: Forum = { ...forum, settings: { ...forum.settings, sendTime: '06:30' } };
    const nov = meetingOccasions(quiet, noDate).find((o) => o.localDate === '2019-11-01')!;
    // 06:30 is quiet (17:00-08:00): sent at 08:00 CET = 07:00Z.
    expect(nov.localTime).toBe('08:00');
    expect(nov.dueAt).toBe('2019-11-01T07:00:00.000Z');
  });

  test('with a meeting date: the briefing and the open-questions reminder N working days before, the takeaways the working day after', () => {
    // Meeting Tuesday 22 Oct 2019: 2 working days before skips the blackout week -> Fri 11 Oct.
    const occasions = meetingOccasions(forum, { id: 'd1', facilitatorMeetingDate: '2019-10-22' });
    expect(occasions.map((o) => [o.kind, o.localDate])).toEqual([
      ['briefing', '2019-10-11'],
      ['openQuestions', '2019-10-11'],
      ['takeaways', '2019-10-23'],
    ]);
    const three: Forum = {
      ...forum,
      settings: { ...forum.settings, meetings: { briefingWorkingDaysBefore: 3 } },
    };
    // Meeting Monday 9 Sep: 3 working days before -> Wed 4 Sep; the day after -> Tue 10 Sep.
    expect(
      meetingOccasions(three, { id: 'd1', facilitatorMeetingDate: '2019-09-09' }).map((o) => o.localDate),
    ).toEqual(['2019-09-04', '2019-09-04', '2019-09-10']);
    // Recording a date ends the booking nudges.
    expect(
      meetingOccasions(forum, { id: 'd1', facilitatorMeetingDate: '2019-10-22' }).some(
        (o) => o.kind === 'booking',
      ),
    ).toBe(false);
    // A meeting on the final day asks for no takeaways after the forum is over.
    expect(
      meetingOccasions(forum, { id: 'd1', facilitatorMeetingDate: '2019-11-21' }).map((o) => o.kind),
    ).toEqual(['briefing', 'openQuestions']);
  });

  test('due now: reached and within the grace period; only the latest booking nudge', () => {
    const grace = 12 * HOUR;
    expect(dueMeetingOccasions(forum, [noDate], '2019-09-06T06:59:59.000Z', grace)).toEqual([]);
    expect(
      dueMeetingOccasions(forum, [noDate], '2019-09-06T07:00:00.000Z', grace).map((o) => o.localDate),
    ).toEqual(['2019-09-06']);
    // After a week of downtime the missed nudge of 6 Sep is not sent, nor added to the one of 13 Sep.
    expect(
      dueMeetingOccasions(forum, [noDate], '2019-09-13T08:00:00.000Z', grace).map((o) => o.localDate),
    ).toEqual(['2019-09-13']);
    expect(dueMeetingOccasions(forum, [noDate], '2019-09-13T20:00:00.000Z', grace)).toEqual([]);
    const dated = { id: 'd2', facilitatorMeetingDate: '2019-10-22' };
    expect(
      dueMeetingOccasions(forum, [noDate, dated], '2019-10-11T07:30:00.000Z', grace).map((o) => [
        o.departmentId,
        o.kind,
      ]),
    ).toEqual([
      ['d1', 'booking'],
      ['d2', 'briefing'],
      ['d2', 'openQuestions'],
    ]);
  });
});
