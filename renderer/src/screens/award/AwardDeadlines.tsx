import { Paragraph, Table } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { formatDate } from '../../../../core/index.js';
import { query } from '../../api/queries.js';
import { UrgencyTag } from '../../components/UrgencyTag.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { ExportXlsxButton } from '../../components/ExportXlsxButton.js';

/** On "Frister": standstills ending and contract award notices due, by the same buyer and department as the rest. */
export function AwardDeadlines({
  by,
  enabled,
}: {
  by: { buyer: string | null; department: string | null };
  enabled: boolean;
}) {
  const { t, locale } = useLocale();
  const q = useQuery({ ...query('overview.awardDeadlines', by), placeholderData: keepPreviousData, enabled });
  return (
    <section className="panel" aria-labelledby="award-deadlines-h">
      <div className="page-head">
        <h2 id="award-deadlines-h" className="ds-heading" data-size="sm">
          {t('awardDeadlinesHeading')}
        </h2>
        <ExportXlsxButton spec={{ list: 'complaints', ...by }} label={t('complaintsRegisterXlsx')} />
      </div>
      <Paragraph className="muted" data-size="sm">
        {t('awardDeadlinesHelp')}
      </Paragraph>
      {q.data && q.data.length === 0 ? (
        <p className="empty">{t('noAwardDeadlines')}</p>
      ) : (
        <Table data-size="sm" className="full" data-testid="award-deadlines">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('colDate')}</Table.HeaderCell>
              <Table.HeaderCell>{t('colWhat')}</Table.HeaderCell>
              <Table.HeaderCell>{t('colCase')}</Table.HeaderCell>
              <Table.HeaderCell>{t('filterBuyer')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {q.data?.map((r) => (
              <Table.Row key={`${r.kind}-${r.caseId}`} className={r.urgency === 'overdue' ? 'is-overdue' : ''}>
                <Table.Cell className="nowrap">
                  {formatDate(r.date ?? '', locale)} <UrgencyTag urgency={r.urgency} />
                </Table.Cell>
                <Table.Cell>{t('overviewTodo', { kind: r.kind, n: 0, days: 0, norm: 0, phase: '' })}</Table.Cell>
                <Table.Cell>
                  <a href={href.case(r.caseId)}>{r.caseNumber}</a> {r.caseTitle}
                </Table.Cell>
                <Table.Cell className="nowrap">{r.buyer}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}
