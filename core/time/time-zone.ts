import { IANAZone } from 'luxon';

/** The zone a forum gets when none is given. */
export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';

export type TimeZoneCheck = { ok: true; timeZone: string } | { ok: false; reason: 'empty' | 'unknown' };

/**
 * Validates an IANA time zone name ("Europe/Copenhagen"). Fixed offsets ("+01:00") are
 * refused: a forum's zone must follow daylight-saving rules. On success the canonical
 * spelling is returned ("europe/copenhagen" -> "Europe/Copenhagen").
 */
export function checkTimeZone(name: unknown): TimeZoneCheck {
  if (typeof name !== 'string' || name.trim() === '') return { ok: false, reason: 'empty' };
  const trimmed = name.trim();
  if (!IANAZone.isValidZone(trimmed)) return { ok: false, reason: 'unknown' };
  let canonical = trimmed;
  try {
    canonical = new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return { ok: false, reason: 'unknown' };
  }
  return { ok: true, timeZone: canonical };
}

export function isValidTimeZone(name: unknown): name is string {
  return checkTimeZone(name).ok;
}
