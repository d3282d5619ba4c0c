import { DateTime, FixedOffsetZone } from 'luxon';
import { LOCAL_DATE_PATTERN } from './local-date';

/**
 * Calendar arithmetic on local dates ("YYYY-MM-DD"), with luxon on days in UTC, so it never
 * depends on the machine's zone. Kept apart from local-date.ts, which the tab's bundle uses
 * for validation only and so stays without luxon.
 */

const UTC = FixedOffsetZone.utcInstance;

/** The local date as a luxon day (midnight UTC); throws on an invalid date. */
export function localDay(date: string): DateTime<true> {
  const m = LOCAL_DATE_PATTERN.exec(date);
  const day = m
    ? DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, { zone: UTC })
    : null;
  if (!day?.isValid) throw new RangeError(`Invalid local date: ${date}`);
  return day;
}

/** A luxon day as a local date "YYYY-MM-DD". */
export function toLocalDate(day: DateTime<true>): string {
  return day.toISODate();
}

export function addDays(date: string, days: number): string {
  return toLocalDate(localDay(date).plus({ days }));
}

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return localDay(to).diff(localDay(from)).as('days');
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return localDay(date).weekday;
}

export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}
