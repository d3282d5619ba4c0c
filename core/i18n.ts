import type { Locale, Localized } from './model';

export type MessageCatalog = Record<string, Localized>;

export type Params = Record<string, string | number>;

/** Picks the supported locale for a Teams/browser locale tag ("da-DK" -> "da"); Danish is the fallback. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const lang = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return lang === 'en' ? 'en' : 'da';
}

export function localize(text: Localized, locale: Locale): string {
  return text[locale] || text.da;
}

/** Fills {name} placeholders; unknown placeholders are left visible so a missing parameter is noticed. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** A typed translator over one catalog: t('da', 'welcome.title', { name }). */
export function translator<C extends MessageCatalog>(catalog: C) {
  return (locale: Locale, key: keyof C & string, params?: Params): string =>
    format(localize(catalog[key] as Localized, locale), params);
}
