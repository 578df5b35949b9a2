import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { themeDefs, type Theme } from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { useLocale } from '../../i18n/locale.js';

/** Non-financial benefits, one text per strategic theme the case serves. */
export function BenefitsEditor({
  caseId,
  themes,
  benefits,
}: {
  caseId: number;
  themes: readonly Theme[];
  benefits: readonly { theme: Theme; text: string }[];
}) {
  const { t, label } = useLocale();
  if (themes.length === 0) return null;
  return (
    <div className="benefits">
      <h3 className="ds-heading" data-size="xs">
        {t('benefits')}
      </h3>
      <Paragraph data-size="sm" className="muted">
        {t('benefitsHelp')}
      </Paragraph>
      {themes.map((th) => (
        <BenefitRow
          key={th}
          caseId={caseId}
          theme={th}
          label={label(themeDefs.find((d) => d.code === th))}
          initial={benefits.find((b) => b.theme === th)?.text ?? ''}
        />
      ))}
    </div>
  );
}

function BenefitRow({
  caseId,
  theme,
  label,
  initial,
}: {
  caseId: number;
  theme: Theme;
  label: string;
  initial: string;
}) {
  const { t } = useLocale();
  const [text, setText] = useState(initial);
  const save = useMutation({ mutationFn: () => call('savings.setBenefit', { caseId, theme, text }) });
  return (
    <div className="benefit-row">
      <Textfield label={label} multiline rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      <Button
        data-size="sm"
        variant="secondary"
        onClick={() => save.mutate()}
        loading={save.isPending}
        disabled={text === initial}
        aria-label={`${t('saveBenefit')}: ${label}`}
      >
        {t('saveBenefit')}
      </Button>
    </div>
  );
}
