import type { Forum } from '../../core/model';
import { addDays, daysBetween, localDateOf, localToInstant } from '../../core/time';
import type { RetentionInfo, RetentionStatus } from '../../core/api/privacy-types';
import type { RetentionPurge } from '../store/store';

export type { RetentionInfo, RetentionStatus };

/** When a forum's personal data will be (or was) purged. Pure: the caller passes now and the purge record. */
export function retentionInfo(forum: Forum, now: Date, purge?: RetentionPurge | null): RetentionInfo {
  const retentionDays = Math.max(0, Math.floor(forum.settings.retentionDays));
  const purgeOnDate = addDays(forum.finalMeetingDate, retentionDays);
  const purgeAt = localToInstant(purgeOnDate, '00:00', forum.timeZone);
  const today = localDateOf(now, forum.timeZone);
  const status: RetentionStatus = purge
    ? 'purged'
    : now.getTime() >= Date.parse(purgeAt)
      ? 'due'
      : today > forum.finalMeetingDate
        ? 'closed'
        : 'running';
  return {
    forumId: forum.id,
    finalMeetingDate: forum.finalMeetingDate,
    retentionDays,
    purgeOnDate,
    purgeAt,
    status,
    daysUntilPurge:
      status === 'due' || status === 'purged' ? 0 : Math.max(0, daysBetween(today, purgeOnDate)),
    purgedAt: purge?.purgedAt ?? null,
  };
}

/** Whether the retention period of a forum has run out at `now`. */
export function isPurgeDue(forum: Forum, now: Date): boolean {
  return retentionInfo(forum, now).status === 'due';
}
