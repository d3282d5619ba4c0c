import { INTL_TAG } from '../../../core/i18n';
import type { Locale } from '../../../core/model';
export { formatLocalDate } from '../../../core/time/format-date';

/** An instant shown in the forum's time zone: "3. sep. 2019 09.15". */
export function formatInstant(iso: string, locale: Locale, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(INTL_TAG[locale], {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(date);
  } catch {
    return new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(
      date,
    );
  }
}

export function formatPercent(rate: number): number {
  return Math.round(rate * 100);
}
