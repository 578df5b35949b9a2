import { Field, Label, Select } from '@digdir/designsystemet-react';
import { localeOr, locales, type Locale } from '../../../core/index.js';
import { useLocale } from '../i18n/locale.js';

/**
 * The language a printed document is written in, chosen per document: the
 * screen's by default, and e.g. nynorsk for a nynorsk council's pack whatever
 * the buyer's own screens say.
 */
export function DocumentLanguage({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: Locale;
  onChange: (l: Locale) => void;
}) {
  const { t } = useLocale();
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} data-size="sm" value={value} onChange={(e) => onChange(localeOr(e.target.value))}>
        {locales.map((l) => (
          <Select.Option key={l} value={l} lang={l}>
            {t('languageName', { lang: l })}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
