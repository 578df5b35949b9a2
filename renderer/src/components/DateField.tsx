import { Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState, type ReactNode } from 'react';
import { formatDateInput, readDate } from '../../../core/index.js';
import { useLocale } from '../i18n/locale.js';

/**
 * A date field in the app's language, whatever the browser's: a text field
 * that shows and takes "25.11.2026" (nb, nn) or "25/11/2026" (en), and also
 * "25.11.26" and "2026-11-25", read by the import's date rule (readDate).
 *
 * Why not <input type="date">: Chromium draws its date field (and its
 * calendar) in the browser's or the operating system's locale, not by the
 * page's `lang`; an English Windows shows mm/dd/yyyy in the Norwegian app,
 * and nothing a page sets changes that. A text field follows the app.
 * The form gets the ISO date, or the text as typed when it is not a date
 * (the contract's schema then says so beside the field).
 */
export function DateField(props: {
  id?: string;
  label: string;
  value: string;
  onChange(v: string): void;
  error?: ReactNode;
  description?: ReactNode;
}) {
  const { t, locale } = useLocale();
  const [text, setText] = useState(() => formatDateInput(props.value, locale));
  // A value set from outside (a reset, a suggestion) is shown the language's way; what is being typed is left alone
  // (only a new value, not a new language, replaces the text here).
  useEffect(() => {
    setText((shown) =>
      shown === props.value || readDate(shown.trim()) === props.value ? shown : formatDateInput(props.value, locale),
    );
  }, [props.value]);
  // A change of language writes the date again in the new language's way.
  useEffect(() => {
    setText((shown) => {
      const iso = readDate(shown.trim());
      return iso ? formatDateInput(iso, locale) : shown;
    });
  }, [locale]);
  return (
    <Textfield
      id={props.id}
      label={props.label}
      description={props.description}
      lang={locale}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('datePlaceholder')}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const v = e.target.value.trim();
        props.onChange(v === '' ? '' : (readDate(v) ?? v));
      }}
      onBlur={() => {
        const iso = readDate(text.trim());
        if (iso) setText(formatDateInput(iso, locale));
      }}
      error={props.error}
    />
  );
}
