import type { Forum } from '../model';
import { isValidLocalDate, isValidLocalTime, timeToMinutes } from '../time/local-date';

/** An agreed facilitator meeting as entered in a card or the tab. */
export interface MeetingInput {
  date: string;
  startTime: string | null;
  endTime: string | null;
}

/** Why an entered meeting is refused, by the field at fault. */
export type MeetingInputProblem =
  | { field: 'date'; reason: 'invalid' | 'outsidePeriod' }
  | { field: 'startTime'; reason: 'invalid' }
  | { field: 'endTime'; reason: 'invalid' | 'withoutStart' | 'notAfterStart' };

export type MeetingInputCheck =
  { ok: true; input: MeetingInput } | { ok: false; problem: MeetingInputProblem };

/**
 * The one rule for an entered meeting (the booking card and the tab both ask it): a local date from
 * kickoff to the final meeting, optional times ("HH:mm"; Teams' time input may add seconds, which
 * are dropped) and an end only after a start. Anything else is refused as a whole, with the field
 * at fault, so nothing half-valid is stored.
 */
export function checkMeetingInput(
  forum: Pick<Forum, 'kickoffDate' | 'finalMeetingDate'>,
  raw: { date?: unknown; startTime?: unknown; endTime?: unknown },
): MeetingInputCheck {
  const refuse = (problem: MeetingInputProblem): MeetingInputCheck => ({ ok: false, problem });
  const date = typeof raw.date === 'string' ? raw.date.trim() : '';
  if (!isValidLocalDate(date)) return refuse({ field: 'date', reason: 'invalid' });
  if (date < forum.kickoffDate || date > forum.finalMeetingDate)
    return refuse({ field: 'date', reason: 'outsidePeriod' });
  const startTime = time(raw.startTime);
  if (startTime === undefined) return refuse({ field: 'startTime', reason: 'invalid' });
  const endTime = time(raw.endTime);
  if (endTime === undefined) return refuse({ field: 'endTime', reason: 'invalid' });
  if (endTime !== null && startTime === null) return refuse({ field: 'endTime', reason: 'withoutStart' });
  if (endTime !== null && startTime !== null && timeToMinutes(endTime) <= timeToMinutes(startTime))
    return refuse({ field: 'endTime', reason: 'notAfterStart' });
  return { ok: true, input: { date, startTime, endTime } };
}

/** checkMeetingInput without the reason: the meeting, or null when it is refused. */
export function parseMeetingInput(
  forum: Pick<Forum, 'kickoffDate' | 'finalMeetingDate'>,
  raw: { date?: unknown; startTime?: unknown; endTime?: unknown },
): MeetingInput | null {
  const checked = checkMeetingInput(forum, raw);
  return checked.ok ? checked.input : null;
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
