import type { Params } from '../i18n';
import { LOCALES, type Locale, type Localized } from '../model';
import { tPlanner, type PlannerMessageKey } from './messages';

/** Renders a planner message in every language; params may differ per language. */
export function localizedMessage(
  key: PlannerMessageKey,
  params: Params | ((locale: Locale) => Params),
): Localized {
  const out = {} as Localized;
  for (const locale of LOCALES) {
    out[locale] = tPlanner(locale, key, typeof params === 'function' ? params(locale) : params);
  }
  return out;
}
