import type { Localized } from '../model';

/**
 * Characters no database of ours stores faithfully: NUL (PostgreSQL refuses it in text) and lone
 * UTF-16 surrogates (not Unicode; encoded as U+FFFD, so what is read back differs from what was
 * sent). Every input edge — API bodies, query strings, path parameters, the members CSV, card
 * submits from Teams — refuses such text with `unstorableTextMessage`, before anything is stored.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** The dotted path of the first string (or object key) in a JSON-like value that is not storable, or null. */
export function findUnstorableText(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path.join('.') || '_';
  if (!value || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    if (!isStorableText(key)) return [...path, '(key)'].join('.');
    const found = findUnstorableText(inner, [...path, key]);
    if (found) return found;
  }
  return null;
}

export const unstorableTextMessage: Localized = {
  da: 'Teksten indeholder tegn, der ikke kan gemmes (et NUL-tegn eller et ufuldstændigt tegn). Fjern dem, og prøv igen.',
  en: 'The text contains characters that cannot be stored (a NUL character or an incomplete character). Remove them and try again.',
};
