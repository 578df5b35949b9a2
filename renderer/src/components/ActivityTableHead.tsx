import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/locale.js';

/**
 * The header of a list of dialogue activities (a case's, a supplier's): the
 * same columns in the same words wherever activities are listed; a list
 * with more to say adds its columns after these.
 */
export function ActivityTableHead({
  numericAttended = false,
  children,
}: {
  numericAttended?: boolean;
  children?: ReactNode;
}) {
  const { t } = useLocale();
  return (
    <Table.Head>
      <Table.Row>
        <Table.HeaderCell>{t('fieldDate')}</Table.HeaderCell>
        <Table.HeaderCell>{t('fieldActivityTitle')}</Table.HeaderCell>
        <Table.HeaderCell>{t('fieldForm')}</Table.HeaderCell>
        <Table.HeaderCell className={numericAttended ? 'num' : undefined}>{t('attended')}</Table.HeaderCell>
        {children}
      </Table.Row>
    </Table.Head>
  );
}
