import { checkTimeZone, isValidTimeZone } from '../../../core';

describe('time zone validation', () => {
  it('accepts IANA names and returns the canonical spelling', () => {
    expect(checkTimeZone('Europe/Copenhagen')).toEqual({ ok: true, timeZone: 'Europe/Copenhagen' });
    expect(checkTimeZone(' europe/copenhagen ')).toEqual({ ok: true, timeZone: 'Europe/Copenhagen' });
    expect(isValidTimeZone('UTC')).toBe(true);
  });

  it('refuses empty, unknown and fixed-offset zones', () => {
    expect(checkTimeZone('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkTimeZone(undefined)).toEqual({ ok: false, reason: 'empty' });
    expect(checkTimeZone('Europe/Aarhus')).toEqual({ ok: false, reason: 'unknown' });
    expect(isValidTimeZone('+01:00')).toBe(false);
  });
});
