import { DateTime, FixedOffsetZone } from 'luxon';
import { daysInMonth, LOCAL_DATE_PATTERN } from './local-date';

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

/*
 * Adding days, differences and weekdays need no zone and no luxon: a local date is a day number
 * (days since 1970-01-01 on the proleptic Gregorian calendar), by H. Hinnant's days_from_civil
 * and civil_from_days. Every answer turn's card asks these a few times, and luxon's objects cost
 * more there than the rest of the card line.
 */
const DAYS_PER_ERA = 146_097; // 400 years
const DAY_OF_1970_IN_ERA = 719_468; // days from 0000-03-01 to 1970-01-01

/** Days since 1970-01-01; throws on an invalid date. */
function dayNumber(date: string): number {
  const m = LOCAL_DATE_PATTERN.exec(date);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(m[1]), month))
    throw new RangeError(`Invalid local date: ${date}`);
  // Years begin in March here, so the leap day is the last day of a year.
  const year = Number(m[1]) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - DAY_OF_1970_IN_ERA;
}

function fromDayNumber(day: number): string {
  const shifted = day + DAY_OF_1970_IN_ERA;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(date: string): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}
