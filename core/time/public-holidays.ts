import Holidays from 'date-holidays';
import type { Localized } from '../model';

/**
 * Public holidays of a country from `date-holidays`.
 *
 * Only holidays the library types as `public` count: observances (Fastelavn, Mors Dag,
 * 1. maj, …) are working days. For Denmark the library also treats Grundlovsdag (5 June) and
 * Juleaftensdag (24 Dec) as observances and does not list Nytårsaftensdag (31 Dec) at all.
 * In Danish public-sector workplaces (the app's audience) those three are customary days off
 * under the collective agreements, so for country "DK" we add them as `customary` closed days
 * unless `customaryDaysOff` is false. The library already drops Store Bededag from 2024 on.
 */

export type HolidayKind = 'public' | 'customary';

export interface PublicHoliday {
  date: string;
  name: Localized;
  kind: HolidayKind;
}

const DANISH_CUSTOMARY: ReadonlyArray<{ monthDay: string; name: Localized }> = [
  { monthDay: '06-05', name: { da: 'Grundlovsdag', en: 'Constitution Day' } },
  { monthDay: '12-24', name: { da: 'Juleaftensdag', en: 'Christmas Eve' } },
  { monthDay: '12-31', name: { da: 'Nytårsaftensdag', en: "New Year's Eve" } },
];

const libraries = new Map<string, Holidays>();
const yearCache = new Map<string, ReadonlyMap<string, PublicHoliday>>();

function library(country: string): Holidays {
  let lib = libraries.get(country);
  if (!lib) {
    lib = new Holidays(country, { types: ['public'] });
    libraries.set(country, lib);
  }
  return lib;
}

/** All closed days of a year for a country, keyed by local date. Cached; pure per input. */
export function holidaysOfYear(
  year: number,
  country = 'DK',
  customaryDaysOff = true,
): ReadonlyMap<string, PublicHoliday> {
  const key = `${country}|${year}|${customaryDaysOff ? 1 : 0}`;
  const cached = yearCache.get(key);
  if (cached) return cached;
  const lib = library(country);
  const result = new Map<string, PublicHoliday>();
  const danish = lib.getHolidays(year, 'da');
  const english = lib.getHolidays(year, 'en');
  danish.forEach((h, i) => {
    if (h.type !== 'public') return;
    const date = h.date.slice(0, 10);
    const en = english[i];
    const enName = en && en.date === h.date ? en.name : h.name;
    result.set(date, { date, name: { da: h.name, en: enName }, kind: 'public' });
  });
  if (country === 'DK' && customaryDaysOff) {
    for (const c of DANISH_CUSTOMARY) {
      const date = `${year}-${c.monthDay}`;
      if (!result.has(date)) result.set(date, { date, name: c.name, kind: 'customary' });
    }
  }
  yearCache.set(key, result);
  return result;
}

export function holidayOn(date: string, country = 'DK', customaryDaysOff = true): PublicHoliday | null {
  return holidaysOfYear(Number(date.slice(0, 4)), country, customaryDaysOff).get(date) ?? null;
}
