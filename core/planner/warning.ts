import type { Params } from '../i18n';
import { LOCALES, type Locale, type Localized } from '../model';
import { formatLocalDate } from '../time/format-date';
import { isValidLocalDate } from '../time/local-date';
import { tPlanner, type PlannerMessageKey } from './messages';

/** Dates read as people write them ("8. september 2019"); everything else as given. */
function readable(params: Params, locale: Locale): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'string' && isValidLocalDate(value) ? formatLocalDate(value, locale) : value;
  }
  return out;
}

/** Renders a planner message in every language; params may differ per language. */
export function localizedMessage(
  key: PlannerMessageKey,
  params: Params | ((locale: Locale) => Params),
): Localized {
  const out = {} as Localized;
  for (const locale of LOCALES) {
    out[locale] = tPlanner(
      locale,
      key,
      readable(typeof params === 'function' ? params(locale) : params, locale),
    );
  }
  return out;
}
