import { Field, Label, Select } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { Words } from '../../../core/index.js';
import { useLocale } from '../i18n/locale.js';

/**
 * A choice from a reference list (phases, risk levels, sanctions …), each
 * option named in the user's language. `empty` adds a first option for "none
 * chosen" with the words given; its value is ''. The error, where there is
 * one, stands under the field and marks it invalid.
 */
export function CodeSelect<C extends string>(props: {
  id: string;
  label: string;
  defs: readonly (Words<string> & { code: C })[];
  value: C | '';
  onChange(code: C | ''): void;
  empty?: string;
  error?: ReactNode;
}) {
  const { label } = useLocale();
  return (
    <Field>
      <Label htmlFor={props.id}>{props.label}</Label>
      <Select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as C | '')}
        aria-invalid={props.error ? true : undefined}
      >
        {props.empty !== undefined && <Select.Option value="">{props.empty}</Select.Option>}
        {props.defs.map((d) => (
          <Select.Option key={d.code} value={d.code}>
            {label(d)}
          </Select.Option>
        ))}
      </Select>
      {props.error && (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </Field>
  );
}
