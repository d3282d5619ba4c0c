import type { Forum } from '../model';
import { isInQuietHours } from '../planner/send-time';
import { instantToLocal } from '../time/zoned-time';

/** The chefs hear about waiting voices at most once in this interval (per department). */
export const VOICE_NOTICE_INTERVAL_MS = 24 * 3_600_000;

/**
 * The forum's local date on which a notice may go out now, or null inside the forum's quiet hours
 * (the notice waits for their end, like the rounds' prompts).
 */
export function voiceNoticeDay(forum: Pick<Forum, 'timeZone' | 'settings'>, now: Date): string | null {
  const local = instantToLocal(now, forum.timeZone);
  return isInQuietHours(local.time, forum.settings.quietHours) ? null : local.date;
}
