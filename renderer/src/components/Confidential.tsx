import { Checkbox, Field, Label, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { confidentialityBasisDefs, type ConfidentialityBasis } from '../../../core/index.js';
import { useLocale } from '../i18n/locale.js';

/** A long text that may be marked as under the duty of confidentiality, with its legal basis. */
export function ConfidentialTextfield(props: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
  basis: ConfidentialityBasis | null;
  onBasis(b: ConfidentialityBasis | null): void;
  error?: string;
  rows?: number;
}) {
  const { t, label } = useLocale();
  return (
    <div className={`confidential-field ${props.basis ? 'is-confidential' : ''}`}>
      <Textfield
        id={props.id}
        label={props.label}
        multiline
        rows={props.rows ?? 5}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        error={props.error}
      />
      <div className="confidential-controls">
        <Checkbox
          data-size="sm"
          label={t('confidentialCheck')}
          checked={props.basis !== null}
          onChange={(e) => props.onBasis(e.target.checked ? 'foa_7_4' : null)}
        />
        {props.basis && (
          <Field data-size="sm">
            <Label htmlFor={`${props.id}-basis`}>{t('confidentialBasis')}</Label>
            <Select
              id={`${props.id}-basis`}
              value={props.basis}
              onChange={(e) => props.onBasis(e.target.value as ConfidentialityBasis)}
            >
              {confidentialityBasisDefs.map((b) => (
                <Select.Option key={b.code} value={b.code}>
                  {label(b)}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
      </div>
    </div>
  );
}

/** Shows a text, clearly marked when it is confidential. */
export function ConfidentialText({ text, basis }: { text: string | null; basis: ConfidentialityBasis | null }) {
  const { t, label } = useLocale();
  if (!text && !basis) return null;
  return (
    <div className={basis ? 'confidential-text' : undefined}>
      {basis && (
        <Tag data-color="danger" data-size="sm" className="confidential-tag">
          {t('confidentialMark', { basis: label(confidentialityBasisDefs.find((b) => b.code === basis)) })}
        </Tag>
      )}
      {text && <Paragraph className="prewrap">{text}</Paragraph>}
    </div>
  );
}
