import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../../core/index.js';
import { setClientLocale } from '../api/client.js';
import { strings, type StringKey } from './strings.js';

type Translate = (key: StringKey, params?: Record<string, string | number>) => string;
interface LocaleValue {
  locale: Locale;
  setLocale(l: Locale): void;
  t: Translate;
  /** Picks the label in the current language from a reference entry ({ nb, en }). */
  label(def: { nb: string; en: string } | undefined): string;
}

const Ctx = createContext<LocaleValue | null>(null);
const STORAGE_KEY = 'anskaff.locale';

function initialLocale(): Locale {
  // A print route names its language (the printer has no stored choice).
  const asked = /[?&]lang=(nb|en)\b/.exec(window.location.hash)?.[1];
  if (asked) return asked as Locale;
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nb';
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<Locale>(() => {
    const l = initialLocale();
    setClientLocale(l);
    document.documentElement.lang = l === 'nb' ? 'nb' : 'en';
    return l;
  });
  const setLocale = useCallback((l: Locale) => {
    localStorage.setItem(STORAGE_KEY, l);
    setClientLocale(l);
    document.documentElement.lang = l === 'nb' ? 'nb' : 'en';
    setState(l);
  }, []);
  const value = useMemo<LocaleValue>(
    () => ({
      locale,
      setLocale,
      t: (key, params = {}) => {
        // "1 sak", "2 saker": a key may have a `_one` form for n = 1.
        const one = `${key}_one` as StringKey;
        // An unknown key (a method name from a newer history entry) is shown as itself, never a crash.
        const text: string = (params.n === 1 && one in strings[locale] ? strings[locale][one] : strings[locale][key]) ?? key;
        return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
      },
      label: (def) => (def ? def[locale] : ''),
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
