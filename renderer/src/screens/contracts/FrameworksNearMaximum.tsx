import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { formatNok, formatShare, usedShare } from '../../../../core/index.js';
import { query } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { ExportXlsxButton } from '../../components/ExportXlsxButton.js';

/** Frister's running frameworks at 80 % of their maximum or more, nearest first (the same filter as the deadlines). */
export function FrameworksNearMaximum({ by }: { by: { buyer: string | null; department: string | null } }) {
  const { t, locale } = useLocale();
  const q = useQuery({
    ...query('contracts.frameworkSpend', { ...by, minLevel: 'warning' }),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="panel" aria-labelledby="fw-near-h">
      <div className="page-head">
        <h2 id="fw-near-h" className="ds-heading" data-size="sm">
          {t('frameworksNearMaximumHeading')}
        </h2>
        <ExportXlsxButton spec={{ list: 'frameworks', ...by }} />
      </div>
      <Paragraph className="muted" data-size="sm">
        {t('frameworksNearMaximumHelp')}
      </Paragraph>
      {q.data && q.data.length === 0 ? (
        <p className="empty">{t('noFrameworksNearMaximum')}</p>
      ) : (
        <Table data-size="sm" className="full" data-testid="frameworks-near-maximum">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('colContract')}</Table.HeaderCell>
              <Table.HeaderCell>{t('colCase')}</Table.HeaderCell>
              <Table.HeaderCell>{t('colUsed')}</Table.HeaderCell>
              <Table.HeaderCell className="num">{t('colSpend')}</Table.HeaderCell>
              <Table.HeaderCell>{t('colOwner')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {q.data?.map((r) => (
              <Table.Row key={r.contractId}>
                <Table.Cell>
                  <a href={href.contract(r.contractId)}>{r.contractTitle}</a>
                </Table.Cell>
                <Table.Cell className="nowrap">
                  <a href={href.case(r.caseId)}>{r.caseNumber}</a>
                </Table.Cell>
                <Table.Cell>
                  <Tag data-size="sm" data-color={r.level === 'reached' ? 'danger' : 'warning'}>
                    {t('spendLevel', { level: r.level })}
                  </Tag>{' '}
                  {formatShare(usedShare(r), locale)}
                </Table.Cell>
                <Table.Cell className="num">
                  {r.maxValue !== null
                    ? t('spendOf', { total: formatNok(r.total, locale), max: formatNok(r.maxValue, locale) })
                    : formatNok(r.total, locale)}
                </Table.Cell>
                <Table.Cell>{r.owner || t('none')}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}
