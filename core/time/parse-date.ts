import { DateTime } from 'luxon';

/** How people type a date: ISO as date pickers send it, and the Danish ways (15-11-2019, 15.11.2019, 15/11/2019). */
const FORMATS = ['yyyy-MM-dd', 'd-M-yyyy', 'd.M.yyyy', 'd/M/yyyy', 'd. MMMM yyyy', 'd MMMM yyyy'];

/** A typed date as "YYYY-MM-DD", or the input unchanged when it is no date (validation then names it). */
export function parseTypedDate(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  const text = input.trim();
  for (const format of FORMATS) {
    for (const locale of ['da', 'en']) {
      const parsed = DateTime.fromFormat(text, format, { locale, zone: 'utc' });
      if (parsed.isValid) return parsed.toISODate();
    }
  }
  return input;
}
