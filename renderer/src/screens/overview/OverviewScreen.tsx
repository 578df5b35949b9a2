import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate, phaseDef, type Output } from '../../../../core/index.js';
import { useAccess } from '../../api/access.js';
import { query } from '../../api/queries.js';
import { AttentionFilters, type Attention } from '../../components/AttentionFilters.js';
import { useLocale } from '../../i18n/locale.js';
import { href, type Href } from '../../lib/router.js';
import { Welcome } from '../CaseListScreen.js';
import { UrgencyTag } from '../../components/UrgencyTag.js';

type Row = Output<'overview.get'>['rows'][number];

/** Where each thing is done: a contract's page, the case's protocol, or the case's page (its phase, plan and dialogue). */
function whereDone(r: Row): Href {
  switch (r.kind) {
    case 'option':
    case 'expiry':
    case 'control':
    case 'riskAssessment':
      return href.contract(r.contractId!);
    case 'protocol':
    case 'standstill':
      return href.protocol(r.caseId);
    default:
      return href.case(r.caseId);
  }
}

/** "Min oversikt": the start page, what needs the user's attention, each row a thing to do and a link to where it is done. */
export function OverviewScreen() {
  const { t, locale, label } = useLocale();
  const [filter, setFilter] = useState<Attention>({ buyer: undefined, department: null });
  const input = { ...(filter.buyer === undefined ? {} : { buyer: filter.buyer }), department: filter.department };
  const q = useQuery({ ...query('overview.get', input), placeholderData: keepPreviousData });
  const all = useQuery(query('cases.list', { limit: 1, includeArchived: true }));
  const settings = useQuery(query('settings.get', {}));
  // On the office server the signed-in user's name is "me"; only on one PC is it the name under Innstillinger.
  const access = useAccess();
  if (all.data?.total === 0) {
    return (
      <>
        <div className="page-head">
          <Heading level={1} data-size="lg">
            {t('overviewHeading')}
          </Heading>
        </div>
        <Welcome />
      </>
    );
  }
  const rows = q.data?.rows;
  return (
    <>
      <div className="page-head">
        <Heading level={1} data-size="lg">
          {t('overviewHeading')}
        </Heading>
        <Paragraph className="count" aria-live="polite">
          {rows ? t('overviewCount', { n: rows.length }) : ''}
        </Paragraph>
      </div>
      <Paragraph className="muted">{t('overviewHelp')}</Paragraph>
      {access.ready && !access.user && settings.data && !settings.data.userNameSet && (
        <Paragraph data-size="sm" data-testid="set-your-name">
          <a href={href.settings()}>{t('setYourName')}</a>
        </Paragraph>
      )}
      <AttentionFilters value={filter} onChange={setFilter} me={q.data?.me ?? ''} />
      <div className="panel">
        {rows && rows.length === 0 ? (
          <p className="empty">{t('overviewEmpty')}</p>
        ) : (
          <Table data-size="sm" className="full" data-testid="overview">
            <caption className="visually-hidden">{t('overviewTable')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('colDue')}</Table.HeaderCell>
                <Table.HeaderCell>{t('colTodo')}</Table.HeaderCell>
                <Table.HeaderCell>{t('colCase')}</Table.HeaderCell>
                <Table.HeaderCell>{t('filterBuyer')}</Table.HeaderCell>
                <Table.HeaderCell>{t('filterDepartment')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows?.map((r) => (
                <Table.Row key={`${r.kind}-${r.caseId}-${r.contractId ?? 0}-${r.optionSeq ?? 0}`} data-kind={r.kind}>
                  <Table.Cell className="nowrap">
                    {r.date ? formatDate(r.date, locale) : t('noDate')} <UrgencyTag urgency={r.urgency} />
                  </Table.Cell>
                  <Table.Cell>
                    <a href={whereDone(r)}>
                      {t('overviewTodo', {
                        kind: r.kind,
                        n: r.n ?? r.optionSeq ?? 0,
                        days: r.n ?? 0,
                        norm: r.norm ?? 0,
                        phase: label(phaseDef(r.phase)).toLowerCase(),
                      })}
                    </a>
                    {r.contractTitle && (
                      <span className="row-sub">
                        {t('colContract')}: {r.contractTitle}
                      </span>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <a href={href.case(r.caseId)}>{r.caseNumber}</a> {r.caseTitle}
                  </Table.Cell>
                  <Table.Cell className="nowrap">{r.buyer}</Table.Cell>
                  <Table.Cell className="nowrap">{r.department}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>
    </>
  );
}
