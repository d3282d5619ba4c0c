import { createWorkingCalendar, holidaysOfYear, isoWeekday, addDays } from '../../../core';

const calendar = createWorkingCalendar({
  blackoutPeriods: [
    { from: '2019-10-14', to: '2019-10-18', label: { da: 'Efterårsferie', en: 'Autumn half-term' } },
  ],
});

describe('working-day calendar', () => {
  it('closes weekends', () => {
    expect(calendar.closedReason('2019-08-31')).toEqual({ kind: 'weekend' });
    expect(calendar.closedReason('2019-09-01')).toEqual({ kind: 'weekend' });
    expect(calendar.isWorkingDay('2019-09-02')).toBe(true);
  });

  it('closes Danish public holidays (Easter, Kristi Himmelfart, Pinse, Christmas)', () => {
    for (const d of [
      '2019-04-18',
      '2019-04-19',
      '2019-04-22',
      '2019-05-17',
      '2019-05-30',
      '2019-06-10',
      '2019-12-25',
      '2019-12-26',
      '2020-01-01',
    ]) {
      expect(calendar.closedReason(d)).toMatchObject({ kind: 'holiday' });
    }
    expect(calendar.closedReason('2019-05-30')).toEqual({
      kind: 'holiday',
      name: { da: 'Kristi Himmelfartsdag', en: 'Ascension Day' },
    });
  });

  it('closes the customary days off Grundlovsdag, 24 and 31 December', () => {
    for (const d of ['2019-06-05', '2019-12-24', '2019-12-31']) expect(calendar.isWorkingDay(d)).toBe(false);
    const strict = createWorkingCalendar({ blackoutPeriods: [], customaryDaysOff: false });
    for (const d of ['2019-06-05', '2019-12-24', '2019-12-31']) expect(strict.isWorkingDay(d)).toBe(true);
  });

  it('keeps observances (Fastelavn, 1. maj, Mors Dag) as working days', () => {
    expect(calendar.isWorkingDay('2019-03-04')).toBe(true);
    expect(calendar.isWorkingDay('2019-05-01')).toBe(true);
    const names = [...holidaysOfYear(2019).values()].map((h) => h.name.da);
    expect(names).not.toContain('Fastelavn');
    expect(names).not.toContain('Mors Dag');
  });

  it('follows the abolition of Store Bededag from 2024', () => {
    expect(calendar.isWorkingDay('2023-05-05')).toBe(false);
    expect(isoWeekday('2024-04-26')).toBe(5);
    expect(calendar.isWorkingDay('2024-04-26')).toBe(true);
  });

  it('closes blackout periods with their label', () => {
    expect(calendar.closedReason('2019-10-16')).toEqual({
      kind: 'blackout',
      label: { da: 'Efterårsferie', en: 'Autumn half-term' },
    });
    expect(calendar.isWorkingDay('2019-10-21')).toBe(true);
  });

  it('counts working days forwards and backwards, skipping closed days', () => {
    expect(calendar.addWorkingDays('2019-08-30', 1)).toBe('2019-09-02');
    expect(calendar.addWorkingDays('2019-10-10', 3)).toBe('2019-10-22');
    expect(calendar.addWorkingDays('2019-11-21', -5)).toBe('2019-11-14');
    expect(calendar.addWorkingDays('2019-12-20', 1)).toBe('2019-12-23');
    expect(calendar.addWorkingDays('2019-12-23', 1)).toBe('2019-12-27');
  });

  it('lists working days strictly between two dates', () => {
    expect(calendar.workingDaysBetween('2019-10-11', '2019-10-22')).toEqual(['2019-10-21']);
    expect(calendar.workingDaysBetween('2019-08-30', '2019-09-02')).toEqual([]);
  });

  it('does not loop forever when no working day exists', () => {
    const closed = createWorkingCalendar({ blackoutPeriods: [{ from: '2000-01-01', to: '2099-12-31' }] });
    expect(() => closed.addWorkingDays('2019-01-01', 1)).toThrow(RangeError);
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
  });
});
