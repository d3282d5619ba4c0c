import type { QuietHours } from '../model';
import { timeToMinutes } from '../time/local-date';

/**
 * Quiet hours are [start, end) in local wall-clock time; when start > end they span midnight
 * (17:00–08:00). start === end means no quiet hours.
 */
export function isInQuietHours(time: string, quiet: QuietHours | null): boolean {
  if (!quiet) return false;
  const t = timeToMinutes(time);
  const s = timeToMinutes(quiet.start);
  const e = timeToMinutes(quiet.end);
  if (s === e) return false;
  return s < e ? t >= s && t < e : t >= s || t < e;
}

/**
 * The time a round is actually sent on its day: the send time, or - if that lies within quiet
 * hours - the end of quiet hours on the same day (which is always outside them).
 */
export function effectiveSendTime(sendTime: string, quiet: QuietHours | null): string {
  return quiet && isInQuietHours(sendTime, quiet) ? quiet.end : sendTime;
}
