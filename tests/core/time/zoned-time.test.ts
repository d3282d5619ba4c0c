import { instantToLocal, localDateOf, localDayAt, localToInstant, resolveLocalTime } from '../../../core';

const CPH = 'Europe/Copenhagen';

describe('local time to instant in Europe/Copenhagen', () => {
  it('puts 09:00 local at 07:00Z in summer time (before 2019-10-27)', () => {
    expect(localToInstant('2019-10-25', '09:00', CPH)).toBe('2019-10-25T07:00:00.000Z');
  });

  it('puts 09:00 local at 08:00Z in winter time (from 2019-10-27)', () => {
    expect(localToInstant('2019-10-27', '09:00', CPH)).toBe('2019-10-27T08:00:00.000Z');
    expect(localToInstant('2019-10-28', '09:00', CPH)).toBe('2019-10-28T08:00:00.000Z');
  });

  it('moves a nonexistent time in the spring-forward gap forward by the gap', () => {
    expect(resolveLocalTime('2019-03-31', '02:30', CPH)).toEqual({
      instant: '2019-03-31T01:30:00.000Z',
      status: 'nonexistent',
    });
    expect(instantToLocal('2019-03-31T01:30:00.000Z', CPH)).toEqual({ date: '2019-03-31', time: '03:30' });
  });

  it('resolves an ambiguous time in the autumn overlap to its first occurrence', () => {
    expect(resolveLocalTime('2019-10-27', '02:30', CPH)).toEqual({
      instant: '2019-10-27T00:30:00.000Z',
      status: 'ambiguous',
    });
  });

  it('does not depend on the zone of the machine', () => {
    expect(localToInstant('2019-08-30', '00:00', 'America/New_York')).toBe('2019-08-30T04:00:00.000Z');
    expect(localToInstant('2019-08-30', '12:00', 'UTC')).toBe('2019-08-30T12:00:00.000Z');
  });

  it('reads the local date of an instant in the zone', () => {
    expect(localDateOf('2019-10-10T22:30:00.000Z', CPH)).toBe('2019-10-11');
    expect(localDateOf('2019-10-10T21:30:00.000Z', CPH)).toBe('2019-10-10');
  });

  it('knows when the local day ends: after 25 hours on the autumn change, 23 on the spring one', () => {
    const at = (iso: string) => localDayAt(Date.parse(iso), CPH);
    expect(at('2019-10-26T22:30:00Z')).toEqual({
      date: '2019-10-27',
      nextDayMs: Date.parse('2019-10-27T23:00:00Z'),
    });
    expect(at('2019-10-27T22:59:59.999Z').date).toBe('2019-10-27');
    expect(at('2019-03-30T23:00:00Z')).toEqual({
      date: '2019-03-31',
      nextDayMs: Date.parse('2019-03-31T22:00:00Z'),
    });
    expect(at('2019-11-21T12:00:00Z')).toEqual({
      date: '2019-11-21',
      nextDayMs: Date.parse('2019-11-21T23:00:00Z'),
    });
  });

  it('round-trips every quarter hour of a DST-change day that exists once', () => {
    for (let m = 0; m < 24 * 60; m += 15) {
      const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      const r = resolveLocalTime('2019-10-27', time, CPH);
      if (r.status === 'ok') expect(instantToLocal(r.instant, CPH)).toEqual({ date: '2019-10-27', time });
    }
  });

  it('refuses invalid local dates and times', () => {
    expect(() => localToInstant('2019-02-29', '09:00', CPH)).toThrow(RangeError);
    expect(() => localToInstant('2019-02-28', '24:00', CPH)).toThrow(RangeError);
  });
});
