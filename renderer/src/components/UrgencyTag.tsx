import { Tag } from '@digdir/designsystemet-react';
import { useLocale } from '../i18n/locale.js';

/** The tag a date gets: overdue (danger), near (warning), else none. */
export function UrgencyTag({ urgency }: { urgency: 'overdue' | 'soon' | null }) {
  const { t } = useLocale();
  if (urgency === 'overdue')
    return (
      <Tag data-color="danger" data-size="sm">
        {t('overdue')}
      </Tag>
    );
  if (urgency === 'soon')
    return (
      <Tag data-color="warning" data-size="sm">
        {t('soon')}
      </Tag>
    );
  return null;
}
