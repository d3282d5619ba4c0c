import type { DateRange, Forum, Localized } from '../model';
import { addDays, isDateInRange, isWeekend } from './local-date';
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
      const step = n > 0 ? 1 : -1;
      let remaining = Math.abs(n);
      let current = date;
      for (let scanned = 0; scanned < MAX_SCAN_DAYS; scanned++) {
        current = addDays(current, step);
        if (isWorkingDay(current) && --remaining === 0) return current;
      }
      throw new RangeError(`No ${n} working days found from ${date}`);
    },
    workingDaysBetween(afterDate, beforeDate) {
      const days: string[] = [];
      for (let d = addDays(afterDate, 1); d < beforeDate; d = addDays(d, 1)) {
        if (isWorkingDay(d)) days.push(d);
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
