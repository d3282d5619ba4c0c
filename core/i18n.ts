import {
  isPluralElement,
  isSelectElement,
  isTagElement,
  TYPE,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale, Localized } from './model';

export type MessageCatalog = Record<string, Localized>;

export type Params = Record<string, string | number>;

/** The BCP 47 tag behind each supported locale: Danish as in Denmark, English as in the UK. */
export const INTL_TAG: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

/** Picks the supported locale for a Teams/browser locale tag ("da-DK" -> "da"); Danish is the fallback. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const lang = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return lang === 'en' ? 'en' : 'da';
}

export function localize(text: Localized, locale: Locale): string {
  return text[locale] || text.da;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as people read it: "1.234,5" in Danish, "1,234.5" in English. */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  const key = `${locale}${JSON.stringify(options)}`;
  let formatter = numberFormats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(INTL_TAG[locale], options);
    numberFormats.set(key, formatter);
  }
  return formatter.format(value);
}

/** One decimal, always shown: "3,0" / "3.0" (ratings, sizes). */
export function formatDecimal(value: number, locale: Locale): string {
  return formatNumber(value, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

interface Compiled {
  message: IntlMessageFormat;
  /** Every placeholder the message names. */
  names: ReadonlySet<string>;
  /** Placeholders that choose a plural form or a branch: they get the raw value. */
  selectors: ReadonlySet<string>;
  /** A message without placeholders, formatted once (most labels of a card are). */
  fixed: string | null;
}

const compiledMessages = new Map<string, Compiled>();

function collect(
  elements: readonly MessageFormatElement[],
  names: Set<string>,
  selectors: Set<string>,
): void {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (isTagElement(element)) {
      collect(element.children, names, selectors);
      continue;
    }
    names.add(element.value);
    if (isPluralElement(element) || isSelectElement(element)) {
      selectors.add(element.value);
      for (const option of Object.values(element.options)) collect(option.value, names, selectors);
    }
  }
}

function compile(template: string, locale: Locale): Compiled {
  const key = `${locale}\u0000${template}`;
  let compiled = compiledMessages.get(key);
  if (!compiled) {
    const message = new IntlMessageFormat(template, INTL_TAG[locale], undefined, { ignoreTag: true });
    const names = new Set<string>();
    const selectors = new Set<string>();
    collect(message.getAst(), names, selectors);
    const fixed = names.size === 0 ? message.format({}) : null;
    compiled = { message, names, selectors, fixed: typeof fixed === 'string' ? fixed : null };
    compiledMessages.set(key, compiled);
  }
  return compiled;
}

/**
 * Fills an ICU message: `{name}` placeholders, plural forms chosen by `Intl.PluralRules`
 * (`{count, plural, one {# række} other {# rækker}}`), numbers formatted for the locale.
 * A missing parameter stays visible as `{name}`, so it is noticed rather than crashing a reply.
 */
export function format(template: string, params: Params = {}, locale: Locale = 'da'): string {
  const { message, names, selectors, fixed } = compile(template, locale);
  if (fixed !== null) return fixed;
  const values: Record<string, string | number> = {};
  for (const name of names) {
    const value = params[name];
    if (value === undefined) values[name] = `{${name}}`;
    else if (typeof value === 'number' && !selectors.has(name)) values[name] = formatNumber(value, locale);
    else values[name] = value;
  }
  return String(message.format(values));
}

/** A typed translator over one catalog: t('da', 'welcome.title', { name }). */
export function translator<C extends MessageCatalog>(catalog: C) {
  return (locale: Locale, key: keyof C & string, params?: Params): string =>
    format(localize(catalog[key] as Localized, locale), params, locale);
}

/** Both languages of one catalog entry, filled: for errors that carry `{ da, en }`. */
export function formatBoth(text: Localized, params: Params = {}): Localized {
  return { da: format(text.da, params, 'da'), en: format(text.en, params, 'en') };
}
