import { DateTime, IANAZone } from 'luxon';
import { localDay, toLocalDate } from './calendar-days';
import { isValidLocalDate, isValidLocalTime, timeToMinutes } from './local-date';

/**
 * Local date/time <-> instant conversion in an IANA zone, independent of the machine's zone.
 *
 * Daylight-saving transitions are resolved deterministically, like Temporal's
 * "compatible" disambiguation:
 * - a nonexistent local time (inside the spring-forward gap, e.g. 02:30 on 2019-03-31 in
 *   Copenhagen) is moved forward by the length of the gap (-> 03:30 CEST);
 * - an ambiguous local time (repeated in the autumn fall-back, e.g. 02:30 on 2019-10-27)
 *   resolves to its earlier occurrence (02:30 CEST = 00:30Z).
 */

export type LocalTimeStatus = 'ok' | 'nonexistent' | 'ambiguous';

export interface ResolvedLocalTime {
  /** ISO-8601 UTC instant. */
  instant: string;
  status: LocalTimeStatus;
}

const zoneCache = new Map<string, IANAZone>();

function zoneOf(timeZone: string): IANAZone {
  let zone = zoneCache.get(timeZone);
  if (!zone) {
    zone = IANAZone.create(timeZone);
    if (!zone.isValid) throw new RangeError(`Invalid time zone: ${timeZone}`);
    zoneCache.set(timeZone, zone);
  }
  return zone;
}

export function resolveLocalTime(localDate: string, localTime: string, timeZone: string): ResolvedLocalTime {
  if (!isValidLocalDate(localDate)) throw new RangeError(`Invalid local date: ${localDate}`);
  if (!isValidLocalTime(localTime)) throw new RangeError(`Invalid local time: ${localTime}`);
  // The wall-clock reading as if it were UTC; each candidate offset turns it into an instant.
  const wall = localDay(localDate)
    .plus({ minutes: timeToMinutes(localTime) })
    .toMillis();
  const zone = zoneOf(timeZone);
  const before = zone.offset(wall - 86_400_000);
  const after = zone.offset(wall + 86_400_000);
  const candidates: number[] = [];
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = wall - offset * 60_000;
    if (zone.offset(instant) === offset) candidates.push(instant);
  }
  if (candidates.length === 0) {
    // In the gap: read the wall time with the offset in force before the transition.
    return { instant: new Date(wall - before * 60_000).toISOString(), status: 'nonexistent' };
  }
  const earliest = Math.min(...candidates);
  return {
    instant: new Date(earliest).toISOString(),
    status: candidates.length > 1 ? 'ambiguous' : 'ok',
  };
}

/** The instant of a local date and time in a zone (see the module note for DST gaps/overlaps). */
export function localToInstant(localDate: string, localTime: string, timeZone: string): string {
  return resolveLocalTime(localDate, localTime, timeZone).instant;
}

export interface LocalDateTime {
  date: string;
  time: string;
}

/** The wall-clock date and time ("HH:mm", seconds dropped) of an instant in a zone. */
export function instantToLocal(instant: string | Date, timeZone: string): LocalDateTime {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Invalid instant: ${String(instant)}`);
  const local = DateTime.fromMillis(ms, { zone: zoneOf(timeZone) });
  if (!local.isValid) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return { date: toLocalDate(local), time: local.toFormat('HH:mm') };
}

/** The local calendar date of an instant in a zone ("today" for a clock reading). */
export function localDateOf(instant: string | Date, timeZone: string): string {
  return instantToLocal(instant, timeZone).date;
}

/**
 * The local date of an instant (ms) in a zone, and the instant (ms) the next local day begins:
 * 23 or 25 hours later on a daylight-saving day.
 */
export function localDayAt(epochMs: number, timeZone: string): { date: string; nextDayMs: number } {
  const local = DateTime.fromMillis(epochMs, { zone: zoneOf(timeZone) });
  if (!local.isValid) throw new RangeError(`Invalid instant: ${epochMs}`);
  return { date: toLocalDate(local), nextDayMs: local.startOf('day').plus({ days: 1 }).toMillis() };
}
