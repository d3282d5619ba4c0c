import { retimeRounds, timingChanged, type Forum, type Round } from '../../../core';
import { example } from '../helpers';

const ex = example();
const base: Forum = {
  ...ex.forum,
  timeZone: 'Europe/Copenhagen',
  settings: { ...ex.forum.settings, sendTime: '09:00', quietHours: { start: '17:00', end: '08:00' } },
};

function round(
  id: string,
  localDate: string,
  localTime: string,
  dueAt: string,
  state: Round['state'] = 'planned',
): Round {
  return {
    id,
    forumId: base.id,
    departmentId: null,
    kind: 'prompt',
    questionIds: ['q1'],
    localDate,
    localTime,
    dueAt,
    state,
    createdAt: '2019-08-01T00:00:00.000Z',
    updatedAt: '2019-08-01T00:00:00.000Z',
  };
}

const rounds = [
  round('summer', '2019-10-01', '09:00', '2019-10-01T07:00:00.000Z'), // CEST, UTC+2
  round('winter', '2019-11-05', '09:00', '2019-11-05T08:00:00.000Z'), // CET, UTC+1
  round('custom', '2019-10-02', '14:30', '2019-10-02T12:30:00.000Z'),
  round('sent', '2019-09-03', '09:00', '2019-09-03T07:00:00.000Z', 'materialized'),
  round('missed', '2019-09-04', '09:00', '2019-09-04T07:00:00.000Z', 'missed'),
];
const byId = (changes: ReturnType<typeof retimeRounds>) => new Map(changes.map((c) => [c.roundId, c.after]));

describe('retimeRounds: planned rounds re-derived from their local date and time', () => {
  it('a 09:00 round is sent at 09:00 in New York after the switch (13:00Z, 14:00Z after the US DST end), not at 07:00Z', () => {
    const after = { ...base, timeZone: 'America/New_York' };
    expect(timingChanged(base, after)).toBe(true);
    const changes = byId(retimeRounds(rounds, base, after));
    expect(changes.get('summer')).toEqual({ localTime: '09:00', dueAt: '2019-10-01T13:00:00.000Z' });
    expect(changes.get('winter')).toEqual({ localTime: '09:00', dueAt: '2019-11-05T14:00:00.000Z' });
    expect(changes.get('custom')).toEqual({ localTime: '14:30', dueAt: '2019-10-02T18:30:00.000Z' });
    // Rounds already sent, or missed, keep their time.
    expect(changes.has('sent')).toBe(false);
    expect(changes.has('missed')).toBe(false);
  });

  it('a new send time moves the rounds planned at the old one; a round at its own time keeps it', () => {
    const after = { ...base, settings: { ...base.settings, sendTime: '10:15' } };
    const changes = byId(retimeRounds(rounds, base, after));
    expect(changes.get('summer')).toEqual({ localTime: '10:15', dueAt: '2019-10-01T08:15:00.000Z' });
    expect(changes.get('winter')).toEqual({ localTime: '10:15', dueAt: '2019-11-05T09:15:00.000Z' });
    expect(changes.has('custom')).toBe(false);
  });

  it('new quiet hours move rounds inside them to their end, the send time as the plan does', () => {
    const after = { ...base, settings: { ...base.settings, quietHours: { start: '12:00', end: '15:00' } } };
    const changes = byId(retimeRounds(rounds, base, after));
    expect(changes.get('custom')).toEqual({ localTime: '15:00', dueAt: '2019-10-02T13:00:00.000Z' });
    expect(changes.has('summer')).toBe(false); // 09:00 is outside the new quiet hours
    const early = { ...base, settings: { ...base.settings, quietHours: { start: '18:00', end: '09:30' } } };
    expect(byId(retimeRounds(rounds, base, early)).get('summer')).toEqual({
      localTime: '09:30',
      dueAt: '2019-10-01T07:30:00.000Z',
    });
  });

  it('without a timing change nothing moves, other forums are left alone, and the input is not changed', () => {
    const other = { ...base, settings: { ...base.settings, shareSummaries: !base.settings.shareSummaries } };
    expect(timingChanged(base, other)).toBe(false);
    expect(retimeRounds(rounds, base, other)).toEqual([]);
    const foreign = { ...rounds[0]!, forumId: 'another-forum' };
    const copy = structuredClone(rounds);
    expect(retimeRounds([foreign], base, { ...base, timeZone: 'America/New_York' })).toEqual([]);
    retimeRounds(rounds, base, { ...base, timeZone: 'America/New_York' });
    expect(rounds).toEqual(copy);
  });
});
