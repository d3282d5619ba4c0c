import type { Locale } from '../../../core/model';
import type { ThemeName } from './theme-name';

/** The person's explicit choices in this browser (language switch, theme switch outside Teams). */
const LOCALE_KEY = 'samskab.locale';
const THEME_KEY = 'samskab.theme';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* storage unavailable: the choice lasts for this page only */
  }
}

export const preferences = {
  locale: (): Locale | null => {
    const v = read(LOCALE_KEY);
    return v === 'da' || v === 'en' ? v : null;
  },
  setLocale: (locale: Locale) => write(LOCALE_KEY, locale),
  theme: (): string | null => read(THEME_KEY),
  setTheme: (theme: ThemeName) => write(THEME_KEY, theme),
};
