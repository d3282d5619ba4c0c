import type { Locale } from '../model';
import { isValidLocalDate } from './local-date';

const MONTHS: Record<Locale, readonly string[]> = {
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** "2019-11-21" -> "21. november 2019" (da) / "21 November 2019" (en). Deterministic, no Intl. */
export function formatLocalDate(date: string, locale: Locale): string {
  if (!isValidLocalDate(date)) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = MONTHS[locale][m - 1] ?? '';
  return locale === 'da' ? `${d}. ${month} ${y}` : `${d} ${month} ${y}`;
}
