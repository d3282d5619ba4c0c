/**
 * Local dates ("YYYY-MM-DD") and local times ("HH:mm"): validation and reading. A local date has
 * no time zone: it is a day on the wall calendar. Arithmetic on them is in calendar-days.ts.
 */

/** "YYYY-MM-DD", with the year, month and day as groups. */
export const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = LOCAL_DATE_PATTERN.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function isValidLocalTime(value: unknown): value is string {
  return typeof value === 'string' && TIME_RE.test(value);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a year of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

/** Minutes since midnight for "HH:mm". */
export function timeToMinutes(time: string): number {
  const m = TIME_RE.exec(time);
  if (!m) throw new RangeError(`Invalid local time: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Inclusive range test on local dates (string comparison is safe for "YYYY-MM-DD"). */
export function isDateInRange(date: string, from: string, to: string): boolean {
  return date >= from && date <= to;
}
