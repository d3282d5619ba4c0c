/**
 * Calendar arithmetic on local dates ("YYYY-MM-DD") and local times ("HH:mm").
 * A local date has no time zone: it is a day on the wall calendar. All arithmetic is done
 * on the proleptic Gregorian calendar with UTC milliseconds, so it never depends on the
 * machine's zone.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

export function isValidLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
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

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Milliseconds of the local date's midnight read as if it were UTC (a day number in ms). */
export function localDateToEpochDay(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Invalid local date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function epochDayToLocalDate(day: number): string {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth() + 1;
  const da = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${pad2(mo)}-${pad2(da)}`;
}

export function addDays(date: string, days: number): string {
  return epochDayToLocalDate(localDateToEpochDay(date) + days);
}

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return localDateToEpochDay(to) - localDateToEpochDay(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const dow = new Date(localDateToEpochDay(date) * DAY_MS).getUTCDay();
  return dow === 0 ? 7 : dow;
}

export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

/** Minutes since midnight for "HH:mm". */
export function timeToMinutes(time: string): number {
  const m = TIME_RE.exec(time);
  if (!m) throw new RangeError(`Invalid local time: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function minutesToTime(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
}

/** Inclusive range test on local dates (string comparison is safe for "YYYY-MM-DD"). */
export function isDateInRange(date: string, from: string, to: string): boolean {
  return date >= from && date <= to;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
