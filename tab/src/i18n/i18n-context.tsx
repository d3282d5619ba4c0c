import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { translator, type MessageCatalog, type Params } from '../../../core/i18n';
import type { Locale } from '../../../core/model';

interface I18nState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18nState>({ locale: 'da', setLocale: () => undefined });

export function I18nProvider(props: { locale: Locale; setLocale(l: Locale): void; children: ReactNode }) {
  const value = useMemo(
    () => ({ locale: props.locale, setLocale: props.setLocale }),
    [props.locale, props.setLocale],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useLocale(): I18nState {
  return useContext(I18nContext);
}

/** A translator bound to the current locale over one catalog: const t = useT(catalog); t('key'). */
export function useT<C extends MessageCatalog>(catalog: C) {
  const { locale } = useLocale();
  const tr = useMemo(() => translator(catalog), [catalog]);
  return useCallback((key: keyof C & string, params?: Params) => tr(locale, key, params), [tr, locale]);
}
