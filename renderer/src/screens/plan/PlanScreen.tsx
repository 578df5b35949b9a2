import { Button, Heading, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate, formatNok, formatNokShort, type Output } from '../../../../core/index.js';
import { query } from '../../api/queries.js';
import { PhaseTag } from '../../components/PhaseTag.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { PortfolioTimeline } from './PortfolioTimeline.js';

type Planned = Output<'plan.get'>['unscheduled'][number];

/** The procurement plan (anskaffelsesplan) by quarter, and the portfolio's timeline. */
export function PlanScreen() {
  const { t } = useLocale();
  const [view, setView] = useState<'quarters' | 'timeline'>('quarters');
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('planHeading')}
      </Heading>
      <div className="view-switch" role="group" aria-label={t('planHeading')}>
        <Button
          variant={view === 'quarters' ? 'primary' : 'secondary'}
          data-size="sm"
          aria-pressed={view === 'quarters'}
          onClick={() => setView('quarters')}
        >
          {t('planTabQuarters')}
        </Button>
        <Button
          variant={view === 'timeline' ? 'primary' : 'secondary'}
          data-size="sm"
          aria-pressed={view === 'timeline'}
          onClick={() => setView('timeline')}
        >
          {t('planTabTimeline')}
        </Button>
      </div>
      {view === 'quarters' ? <Quarters /> : <PortfolioTimeline />}
    </>
  );
}

function Quarters() {
  const { t, locale } = useLocale();
  const q = useQuery(query('plan.get', {}));
  if (!q.data) return <Spinner aria-label="…" />;
  const { quarters, late, unscheduled } = q.data;
  if (!quarters.length && !late.length && !unscheduled.length) return <Paragraph>{t('planEmpty')}</Paragraph>;
  return (
    <>
      <Paragraph className="lead">{t('planLead')}</Paragraph>
      {late.length > 0 && <PlanTable heading={t('planLate')} rows={late} testid="plan-late" />}
      {quarters.map((qt) => (
        <PlanTable
          key={`${qt.year}-${qt.quarter}`}
          heading={t('planQuarter', { q: qt.quarter, year: qt.year })}
          summary={t('planQuarterSummary', { n: qt.cases.length, value: formatNokShort(qt.value, locale) })}
          rows={qt.cases}
          testid={`plan-${qt.year}-q${qt.quarter}`}
        />
      ))}
      {unscheduled.length > 0 && (
        <PlanTable heading={t('planUnscheduled')} rows={unscheduled} testid="plan-unscheduled" />
      )}
    </>
  );
}

function PlanTable({
  heading,
  summary,
  rows,
  testid,
}: {
  heading: string;
  summary?: string;
  rows: readonly Planned[];
  testid: string;
}) {
  const { t, locale } = useLocale();
  const id = `h-${testid}`;
  return (
    <section className="panel plan-quarter" aria-labelledby={id} data-testid={testid}>
      <div className="section-head">
        <Heading level={2} data-size="sm" id={id}>
          {heading}
        </Heading>
        {summary && (
          <Paragraph data-size="sm" className="muted">
            {summary}
          </Paragraph>
        )}
      </div>
      <Table data-size="sm" className="full">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('colCaseNumber')}</Table.HeaderCell>
            <Table.HeaderCell>{t('colTitle')}</Table.HeaderCell>
            <Table.HeaderCell>{t('department')}</Table.HeaderCell>
            <Table.HeaderCell>{t('colPhase')}</Table.HeaderCell>
            <Table.HeaderCell>{t('colPlannedNotice')}</Table.HeaderCell>
            <Table.HeaderCell>{t('colPlannedAward')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('value')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.id}>
              <Table.Cell className="mono">{r.caseNumber}</Table.Cell>
              <Table.Cell>
                <a href={href.case(r.id)}>{r.title}</a>
              </Table.Cell>
              <Table.Cell>{r.department}</Table.Cell>
              <Table.Cell>
                <PhaseTag phase={r.phase} />
              </Table.Cell>
              <Table.Cell>{formatDate(r.plannedNoticeDate, locale) || t('none')}</Table.Cell>
              <Table.Cell>{formatDate(r.plannedAwardDate, locale) || t('none')}</Table.Cell>
              <Table.Cell className="num">{formatNok(r.estimatedValue, locale)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}
