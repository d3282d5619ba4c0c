import { DateTime, FixedOffsetZone } from 'luxon';
import { addDays, daysBetween, isoWeekday, isWeekend } from '../../../core/time/calendar-days';
import { isValidLocalDate } from '../../../core/time/local-date';

const UTC = FixedOffsetZone.utcInstance;

describe('calendar days', () => {
  test('known days: month and year ends, leap days, weekdays', () => {
    expect(addDays('2019-11-21', 365)).toBe('2020-11-20');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-02-28', 1)).toBe('2019-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2019-01-01', -1)).toBe('2018-12-31');
    expect(addDays('1970-01-01', -719_162)).toBe('0001-01-01');
    expect(daysBetween('2019-08-30', '2019-11-21')).toBe(83);
    expect(daysBetween('2019-11-21', '2019-08-30')).toBe(-83);
    expect(daysBetween('2019-11-21', '2019-11-21')).toBe(0);
    expect(isoWeekday('2019-08-30')).toBe(5); // a Friday
    expect(isoWeekday('2019-09-01')).toBe(7);
    expect(isoWeekday('1969-12-29')).toBe(1);
    expect(isWeekend('2019-08-31')).toBe(true);
    expect(isWeekend('2019-09-02')).toBe(false);
  });

  test('agree with luxon on every 97th day from year 1 to 2400, at several distances', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (let day = DateTime.fromObject({ year: 1, month: 1, day: 1 }, { zone: UTC }); day.year < 2400;) {
      const date = day.toISODate()!;
      for (const distance of [-1000, -366, -1, 0, 1, 28, 59, 365, 1461]) {
        const other = day.plus({ days: distance });
        if (other.year < 1) continue;
        if (addDays(date, distance) !== other.toISODate()!) mismatches.push(`${date} + ${distance}`);
        if (daysBetween(date, other.toISODate()!) !== distance) mismatches.push(`${date} .. ${distance}`);
      }
      if (isoWeekday(date) !== day.weekday) mismatches.push(`weekday of ${date}`);
      checked++;
      day = day.plus({ days: 97 });
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(8_000);
  });

  test('an invalid date is a RangeError, as validation sees it', () => {
    for (const bad of [
      '2019-02-29',
      '2100-02-29',
      '2019-13-01',
      '2019-00-10',
      '2019-04-31',
      '2019-1-01',
      'x',
    ]) {
      expect(isValidLocalDate(bad)).toBe(false);
      expect(() => addDays(bad, 1)).toThrow(RangeError);
      expect(() => daysBetween('2019-01-01', bad)).toThrow(RangeError);
    }
    expect(isValidLocalDate('2000-02-29')).toBe(true);
    expect(isValidLocalDate('0100-02-29')).toBe(false);
  });
});
