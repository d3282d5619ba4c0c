import { addDays, daysBetween, isoWeekday, isWeekend } from '../../../core/time/calendar-days';
import { isValidLocalDate } from '../../../core/time/local-date';

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

  test('results are remembered, errors are not: asked again, the same answers and the same RangeErrors', () => {
    const days = Array.from({ length: 1500 }, (_, i) => i - 700); // more than are kept at once
    const first = days.map((d) => [
      addDays('2019-09-02', d),
      daysBetween('2019-09-02', addDays('2019-09-02', d)),
    ]);
    const again = days.map((d) => [
      addDays('2019-09-02', d),
      daysBetween('2019-09-02', addDays('2019-09-02', d)),
    ]);
    expect(again).toEqual(first);
    expect(first.every(([, between], i) => between === days[i])).toBe(true);
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    for (let i = 0; i < 2; i++) {
      expect(() => addDays('2019-02-29', 1)).toThrow(RangeError);
      expect(() => daysBetween('2019-02-29', '2019-03-01')).toThrow(RangeError);
    }
  });
});
