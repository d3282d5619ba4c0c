import { instantToLocal } from '../../core/time/zoned-time';

/** "2019-09-05 10:00" in the forum's time zone: sortable, read the same in every spreadsheet. */
export function formatInstantForCsv(instant: string, timeZone: string): string {
  const local = instantToLocal(instant, timeZone);
  return `${local.date} ${local.time}`;
}
