import type { Forum } from '../model';
import { isValidLocalDate, isValidLocalTime, timeToMinutes } from '../time/local-date';

/** An agreed facilitator meeting as entered in a card or the tab. */
export interface MeetingInput {
  date: string;
  startTime: string | null;
  endTime: string | null;
}

/**
 * Checks an entered meeting: a local date from kickoff to the final meeting, optional times
 * ("HH:mm"; Teams' time input may add seconds, which are dropped) and an end after the start.
 * Anything else is refused as a whole (null), so nothing half-valid is stored.
 */
export function parseMeetingInput(
  forum: Pick<Forum, 'kickoffDate' | 'finalMeetingDate'>,
  raw: { date?: unknown; startTime?: unknown; endTime?: unknown },
): MeetingInput | null {
  const date = typeof raw.date === 'string' ? raw.date.trim() : '';
  if (!isValidLocalDate(date) || date < forum.kickoffDate || date > forum.finalMeetingDate) return null;
  const startTime = time(raw.startTime);
  const endTime = time(raw.endTime);
  if (startTime === undefined || endTime === undefined) return null;
  if (endTime !== null && (startTime === null || timeToMinutes(endTime) <= timeToMinutes(startTime)))
    return null;
  return { date, startTime, endTime };
}

/** null: not given; undefined: given but invalid. */
function time(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return null;
  const hhmm = /^\d{2}:\d{2}:\d{2}$/.test(trimmed) ? trimmed.slice(0, 5) : trimmed;
  return isValidLocalTime(hhmm) ? hhmm : undefined;
}
