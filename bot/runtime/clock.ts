import { DateTime } from 'luxon';
import type { Clock } from '../../core/model';

export const systemClock: Clock = { now: () => new Date() };

/**
 * A demo clock: starts at `startAt` and runs `speed` times faster than real time,
 * so a newcomer can watch a whole forum period play out in minutes.
 */
export function demoClock(startAt: Date, speed: number, real: Clock = systemClock): Clock {
  const realStart = real.now().getTime();
  return {
    now: () => new Date(startAt.getTime() + (real.now().getTime() - realStart) * speed),
  };
}

/** The morning of a local date in a zone, as the demo clock's starting instant. */
export function localMorning(localDate: string, timeZone: string, hour = 8): Date {
  return DateTime.fromISO(localDate, { zone: timeZone }).set({ hour }).toJSDate();
}
