import type { Locale } from '../../../core/model';
export { formatLocalDate } from '../../../core/time/format-date';

const INTL_TAG: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

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

/** A count for a sentence ("1.234") and its plural form ('one' | 'other'), through Intl for the locale. */
export function countWords(count: number, locale: Locale): { count: string; plural: 'one' | 'other' } {
  const plural = new Intl.PluralRules(INTL_TAG[locale]).select(count) === 'one' ? 'one' : 'other';
  return { count: new Intl.NumberFormat(INTL_TAG[locale]).format(count), plural };
}
