import { Heading, Paragraph, Table, Tag, ToggleGroup } from '@digdir/designsystemet-react';
import { ExportXlsxButton } from '../../components/ExportXlsxButton.js';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../../../../core/index.js';
import { query } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';

/** What leadership asks for: options to decide and contracts expiring in the next 3, 6 or 12 months. */
export function DeadlinesScreen() {
  const { t, locale } = useLocale();
  const [months, setMonths] = useState<3 | 6 | 12>(6);
  const q = useQuery({ ...query('contracts.deadlines', { months }), placeholderData: keepPreviousData });
  return (
    <>
      <div className="page-head">
        <Heading level={1} data-size="lg">{t('deadlinesHeading')}</Heading>
        <ToggleGroup data-size="sm" value={String(months)} onChange={(v) => setMonths(Number(v) as 3 | 6 | 12)} aria-label={t('horizon')}>
          {[3, 6, 12].map((n) => (
            <ToggleGroup.Item key={n} value={String(n)}>{t('months', { n })}</ToggleGroup.Item>
          ))}
        </ToggleGroup>
        <ExportXlsxButton spec={{ list: 'deadlines', months }} />
      </div>
      <Paragraph className="muted">{t('deadlinesHelp')}</Paragraph>
      <div className="panel">
        {q.data && q.data.length === 0 ? (
          <p className="empty">{t('noDeadlines')}</p>
        ) : (
          <Table data-size="sm" className="full" data-testid="deadlines">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('colDate')}</Table.HeaderCell>
                <Table.HeaderCell>{t('colWhat')}</Table.HeaderCell>
                <Table.HeaderCell>{t('colContract')}</Table.HeaderCell>
                <Table.HeaderCell>{t('colCase')}</Table.HeaderCell>
                <Table.HeaderCell>{t('colOwner')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {q.data?.map((d) => (
                <Table.Row key={`${d.kind}-${d.contractId}-${d.optionSeq ?? 0}`} className={d.overdue ? 'is-overdue' : ''}>
                  <Table.Cell>
                    {formatDate(d.date, locale)} {d.overdue && <Tag data-color="danger" data-size="sm">{t('overdue')}</Tag>}
                  </Table.Cell>
                  <Table.Cell>{d.kind === 'option' ? t('deadline_option', { n: d.optionSeq ?? 1 }) : d.kind === 'expiry' ? t('deadline_expiry') : t('deadline_control')}</Table.Cell>
                  <Table.Cell><a href={href.contract(d.contractId)}>{d.contractTitle}</a></Table.Cell>
                  <Table.Cell><a href={href.case(d.caseId)}>{d.caseNumber}</a></Table.Cell>
                  <Table.Cell>{d.owner || t('none')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>
    </>
  );
}
