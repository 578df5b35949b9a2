import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { isLocale, localeOr, render, wordsIn, type ArgsOf, type Locale, type Words } from '../../../core/index.js';
import { setClientLocale } from '../api/client.js';
import { strings, type StringKey, type Strings } from './strings.js';

/** The UI's words in the screen's language: `t('casesCount', { n })`; a choice names its option, `t('contractStatus', { status })`. */
export type Translate = <K extends StringKey>(key: K, ...args: ArgsOf<Strings[K]>) => string;
interface LocaleValue {
  locale: Locale;
  setLocale(l: Locale): void;
  t: Translate;
  /** The name of a reference entry ({ code, nb, nn, en }) in the current language. */
  label(def: Words<string> | undefined): string;
}

const Ctx = createContext<LocaleValue | null>(null);
const STORAGE_KEY = 'anskaff.locale';

function initialLocale(): Locale {
  // A print route names its language (the printer has no stored choice).
  const asked = /[?&]lang=([a-z]+)\b/.exec(window.location.hash)?.[1];
  if (isLocale(asked)) return asked;
  return localeOr(localStorage.getItem(STORAGE_KEY));
}

function applyLanguage(l: Locale) {
  setClientLocale(l);
  document.documentElement.lang = l;
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<Locale>(() => {
    const l = initialLocale();
    applyLanguage(l);
    return l;
  });
  const setLocale = useCallback((l: Locale) => {
    localStorage.setItem(STORAGE_KEY, l);
    applyLanguage(l);
    setState(l);
  }, []);
  const value = useMemo<LocaleValue>(
    () => ({
      locale,
      setLocale,
      t: ((key: StringKey, params?: Record<string, string | number>) =>
        render(strings[key], locale, params)) as Translate,
      label: (def) => wordsIn(def, locale),
    }),
    [locale, setLocale],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useLocale(): LocaleValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useLocale outside LocaleProvider');
  return v;
}
