import type { DateRange, Forum, Localized } from '../model';
import { isWeekend, localDay, toLocalDate } from './calendar-days';
import { isDateInRange } from './local-date';
import { holidayOn } from './public-holidays';

/**
 * Which local dates are working days: not Saturday/Sunday, not a public (or customary, see
 * public-holidays.ts) holiday, not inside one of the forum's blackout periods.
 */

export type ClosedReason =
  { kind: 'weekend' } | { kind: 'holiday'; name: Localized } | { kind: 'blackout'; label: Localized | null };

export interface CalendarOptions {
  blackoutPeriods: readonly DateRange[];
  /** ISO country code for public holidays; default "DK". */
  country?: string;
  /** Treat Grundlovsdag, 24 Dec and 31 Dec as closed (Denmark); default true. */
  customaryDaysOff?: boolean;
}

export interface WorkingCalendar {
  closedReason(date: string): ClosedReason | null;
  isWorkingDay(date: string): boolean;
  /** The n-th working day after `date` (n > 0) or before it (n < 0); `date` itself never counts. */
  addWorkingDays(date: string, n: number): string;
  /** Working days strictly between two dates, ascending. */
  workingDaysBetween(afterDate: string, beforeDate: string): string[];
}

/** Upper bound on the days scanned by addWorkingDays, so a calendar that is all blackout cannot loop. */
const MAX_SCAN_DAYS = 3660;

export function createWorkingCalendar(options: CalendarOptions): WorkingCalendar {
  const country = options.country ?? 'DK';
  const customary = options.customaryDaysOff ?? true;
  const blackouts = options.blackoutPeriods;

  const closedReason = (date: string): ClosedReason | null => {
    if (isWeekend(date)) return { kind: 'weekend' };
    const holiday = holidayOn(date, country, customary);
    if (holiday) return { kind: 'holiday', name: holiday.name };
    for (const b of blackouts) {
      if (isDateInRange(date, b.from, b.to)) return { kind: 'blackout', label: b.label ?? null };
    }
    return null;
  };
  const isWorkingDay = (date: string) => closedReason(date) === null;

  return {
    closedReason,
    isWorkingDay,
    addWorkingDays(date, n) {
      if (n === 0) return date;
      const step = { days: n > 0 ? 1 : -1 };
      let remaining = Math.abs(n);
      let current = localDay(date);
      for (let scanned = 0; scanned < MAX_SCAN_DAYS; scanned++) {
        current = current.plus(step);
        const day = toLocalDate(current);
        if (isWorkingDay(day) && --remaining === 0) return day;
      }
      throw new RangeError(`No ${n} working days found from ${date}`);
    },
    workingDaysBetween(afterDate, beforeDate) {
      const days: string[] = [];
      const end = localDay(beforeDate);
      for (let d = localDay(afterDate).plus({ days: 1 }); d < end; d = d.plus({ days: 1 })) {
        const day = toLocalDate(d);
        if (isWorkingDay(day)) days.push(day);
      }
      return days;
    },
  };
}

export function forumCalendar(
  forum: Pick<Forum, 'settings'>,
  options: Omit<CalendarOptions, 'blackoutPeriods'> = {},
): WorkingCalendar {
  return createWorkingCalendar({ ...options, blackoutPeriods: forum.settings.blackoutPeriods });
}
