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

/**
 * A pure function of two arguments that keeps its results (not its errors): every card turn asks
 * for the same few dates (the forum's, today's), and luxon's parsing and arithmetic cost more
 * than the rest of a card. Emptied when it holds `limit` results, so it stays small.
 */
function remembered<A extends string | number, B extends string | number, R>(
  compute: (a: A, b: B) => R,
  limit = 1024,
): (a: A, b: B) => R {
  const results = new Map<string, R>();
  return (a, b) => {
    const key = `${a}\u0000${b}`;
    const known = results.get(key);
    if (known !== undefined) return known;
    const result = compute(a, b);
    if (results.size >= limit) results.clear();
    results.set(key, result);
    return result;
  };
}

export const addDays: (date: string, days: number) => string = remembered((date, days) =>
  toLocalDate(localDay(date).plus({ days })),
);

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export const daysBetween: (from: string, to: string) => number = remembered((from, to) =>
  localDay(to).diff(localDay(from)).as('days'),
);

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return localDay(date).weekday;
}

export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}
