import type { Forum, Round } from '../model';
import { localToInstant } from '../time/zoned-time';
import { effectiveSendTime } from './send-time';

/** A planned round's new local time and instant after the forum's timing settings changed. */
export interface RoundRetime {
  roundId: string;
  localDate: string;
  before: { localTime: string; dueAt: string };
  after: { localTime: string; dueAt: string };
}

/** The settings a round's instant is derived from. */
export function timingChanged(before: Forum, after: Forum): boolean {
  return (
    before.timeZone !== after.timeZone ||
    before.settings.sendTime !== after.settings.sendTime ||
    JSON.stringify(before.settings.quietHours) !== JSON.stringify(after.settings.quietHours)
  );
}

/**
 * Every planned round re-derived from its local date and time under the forum's new time zone,
 * send time and quiet hours:
 *
 * - a round at the forum's (old) send time - as the plan puts them - follows the new send time
 *   (moved out of the new quiet hours like the plan does);
 * - a round at a time of its own keeps that wall-clock time, moved to the end of the new quiet
 *   hours (same day) if it now falls inside them;
 * - the instant (dueAt) is that local date and time in the new zone (daylight saving respected).
 *
 * Rounds not 'planned' (materialized, i.e. sent or being sent, missed, cancelled) keep their time.
 * Returns only the rounds whose local time or instant changes. Pure.
 */
export function retimeRounds(rounds: readonly Round[], before: Forum, after: Forum): RoundRetime[] {
  const oldSendTime = effectiveSendTime(before.settings.sendTime, before.settings.quietHours);
  const newSendTime = effectiveSendTime(after.settings.sendTime, after.settings.quietHours);
  const changes: RoundRetime[] = [];
  for (const round of rounds) {
    if (round.state !== 'planned' || round.forumId !== after.id) continue;
    const localTime =
      round.localTime === oldSendTime
        ? newSendTime
        : effectiveSendTime(round.localTime, after.settings.quietHours);
    const dueAt = localToInstant(round.localDate, localTime, after.timeZone);
    if (localTime === round.localTime && dueAt === round.dueAt) continue;
    changes.push({
      roundId: round.id,
      localDate: round.localDate,
      before: { localTime: round.localTime, dueAt: round.dueAt },
      after: { localTime, dueAt },
    });
  }
  return changes;
}
