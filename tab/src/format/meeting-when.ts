import type { AgreedMeeting } from '../../../core/api';
import type { Locale } from '../../../core/model';
import { formatLocalDate } from '../../../core/time/format-date';

/**
 * "22. oktober 2019 09:30–11:00": an agreed facilitator meeting, the date written the language's
 * way and the times as agreed (in the forum's time zone). The department page and the schedule
 * timeline both show it this way.
 */
export function meetingWhen(
  m: Pick<AgreedMeeting, 'date' | 'startTime' | 'endTime'>,
  locale: Locale,
): string {
  const times = m.startTime ? ` ${m.startTime}${m.endTime ? `–${m.endTime}` : ''}` : '';
  return `${formatLocalDate(m.date, locale)}${times}`;
}
