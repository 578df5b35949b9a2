import { Textfield } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { currencyMark, formatNok, parseMoney } from '../../../core/index.js';
import { useLocale } from '../i18n/locale.js';

/**
 * A money field: takes what offices type ("1,8 mill", "kr 250 000,-",
 * "250.000"; the rule is in core/rules/money.ts) and says, as the person
 * types, the amount it has read ("Lest som 1 800 000 kr"), so a misreading
 * is seen before saving. What it cannot read the form refuses on save
 * (`check` with the field's text in `useIssues`).
 */
export function MoneyField(props: {
  id?: string;
  label: string;
  value: string;
  onChange(text: string): void;
  error?: ReactNode;
  description?: ReactNode;
}) {
  const { t, locale } = useLocale();
  const read = parseMoney(props.value);
  return (
    <Textfield
      id={props.id}
      label={props.label}
      inputMode="decimal"
      autoComplete="off"
      suffix={currencyMark(locale)}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      error={props.error}
      description={
        <>
          {props.description}
          {props.description ? ' ' : null}
          <span className="money-read" aria-live="polite" data-testid={props.id ? `${props.id}-read` : undefined}>
            {read.ok ? t('moneyReadAs', { amount: formatNok(read.value, locale) }) : ''}
          </span>
        </>
      }
    />
  );
}
