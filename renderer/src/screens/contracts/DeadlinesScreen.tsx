import { Heading, Paragraph, Table, ToggleGroup } from '@digdir/designsystemet-react';
import { ExportXlsxButton } from '../../components/ExportXlsxButton.js';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../../../../core/index.js';
import { query } from '../../api/queries.js';
import { AttentionFilters, type Attention } from '../../components/AttentionFilters.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { UrgencyTag } from '../../components/UrgencyTag.js';
import { FrameworksNearMaximum } from './FrameworksNearMaximum.js';
import { AwardDeadlines } from '../award/AwardDeadlines.js';

/**
 * What leadership asks for: options to decide and contracts expiring in the
 * next 3, 6 or 12 months, by buyer and department; and every other running
 * contract with its next deadline however far off (one whose first decision
 * is years away is still on Frister).
 */
export function DeadlinesScreen() {
  const { t, locale } = useLocale();
  const [months, setMonths] = useState<3 | 6 | 12>(6);
  // All buyers unless one is chosen (Frister is the office's list; "Min oversikt" is the user's).
  const [filter, setFilter] = useState<Attention>({ buyer: null, department: null });
  const settings = useQuery(query('settings.get', {}));
  const me = settings.data?.userName ?? '';
  const by = { buyer: filter.buyer === undefined ? me : filter.buyer, department: filter.department };
  const q = useQuery({
    ...query('contracts.deadlines', { months, ...by }),
    placeholderData: keepPreviousData,
    enabled: filter.buyer !== undefined || Boolean(settings.data),
  });
  const running = useQuery({
    ...query('contracts.running', { ...by, months }),
    placeholderData: keepPreviousData,
    enabled: filter.buyer !== undefined || Boolean(settings.data),
  });
  return (
    <>
      <div className="page-head">
        <Heading level={1} data-size="lg">
          {t('deadlinesHeading')}
        </Heading>
        <ToggleGroup
          data-size="sm"
          value={String(months)}
          onChange={(v) => setMonths(Number(v) as 3 | 6 | 12)}
          aria-label={t('horizon')}
        >
          {[3, 6, 12].map((n) => (
            <ToggleGroup.Item key={n} value={String(n)}>
              {t('months', { n })}
            </ToggleGroup.Item>
          ))}
        </ToggleGroup>
        <ExportXlsxButton spec={{ list: 'deadlines', months, ...by }} />
      </div>
      <Paragraph className="muted">{t('deadlinesHelp')}</Paragraph>
      <AttentionFilters value={filter} onChange={setFilter} me={me} />
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
                <Table.Row
                  key={`${d.kind}-${d.contractId}-${d.optionSeq ?? 0}`}
                  className={d.urgency === 'overdue' ? 'is-overdue' : ''}
                >
                  <Table.Cell>
                    {formatDate(d.date, locale)} <UrgencyTag urgency={d.urgency} />
                  </Table.Cell>
                  <Table.Cell>
                    {d.kind === 'option'
                      ? t('deadline_option', { n: d.optionSeq ?? 1 })
                      : d.kind === 'expiry'
                        ? t('deadline_expiry')
                        : t('deadline_control')}
                  </Table.Cell>
                  <Table.Cell>
                    <a href={href.contract(d.contractId)}>{d.contractTitle}</a>
                  </Table.Cell>
                  <Table.Cell>
                    <a href={href.case(d.caseId)}>{d.caseNumber}</a>
                  </Table.Cell>
                  <Table.Cell>{d.owner || t('none')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>
      {(filter.buyer !== undefined || settings.data) && <FrameworksNearMaximum by={by} />}
      <AwardDeadlines by={by} enabled={filter.buyer !== undefined || Boolean(settings.data)} />
      <section className="panel" aria-labelledby="running-h">
        <h2 id="running-h" className="ds-heading" data-size="sm">
          {t('runningHeading')}
        </h2>
        <Paragraph className="muted" data-size="sm">
          {t('runningHelp')}
        </Paragraph>
        {running.data && running.data.length === 0 ? (
          <p className="empty">{t('noRunning')}</p>
        ) : (
          <Table data-size="sm" className="full" data-testid="running">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('colContract')}</Table.HeaderCell>
                <Table.HeaderCell>{t('colCase')}</Table.HeaderCell>
                <Table.HeaderCell>{t('colNext')}</Table.HeaderCell>
                <Table.HeaderCell>{t('colCurrentEnd')}</Table.HeaderCell>
                <Table.HeaderCell>{t('colOwner')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {running.data?.map((k) => (
                <Table.Row key={k.contractId}>
                  <Table.Cell>
                    <a href={href.contract(k.contractId)}>{k.contractTitle}</a>
                  </Table.Cell>
                  <Table.Cell>
                    <a href={href.case(k.caseId)}>{k.caseNumber}</a>
                  </Table.Cell>
                  <Table.Cell>
                    {k.next
                      ? `${formatDate(k.next.date, locale)}: ${k.next.kind === 'option' ? t('deadline_option', { n: k.next.optionSeq ?? 1 }) : k.next.kind === 'expiry' ? t('deadline_expiry') : t('deadline_control')}`
                      : t('none')}
                  </Table.Cell>
                  <Table.Cell>{formatDate(k.currentEnd, locale)}</Table.Cell>
                  <Table.Cell>{k.owner || t('none')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>
    </>
  );
}
