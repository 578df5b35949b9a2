import { Alert, Button, Heading, Paragraph, Spinner, Tag } from '@digdir/designsystemet-react';
import { AuditHistory } from '../../components/AuditHistory.js';
import { useQuery } from '@tanstack/react-query';
import {
  followupKindDefs,
  formatDate,
  formatNok,
  riskLevelDefs,
  sanctionDefs,
  type ContractDetail,
} from '../../../../core/index.js';
import { query } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { FollowupForm } from './FollowupForm.js';
import { ContractDuties } from './ContractDuties.js';
import { ContractOptions } from './ContractOptions.js';
import { Allowed } from '../../components/Allowed.js';
import { FrameworkSection } from './FrameworkSection.js';

export const STATUS_COLOR = {
  not_started: 'info',
  active: 'success',
  expired: 'neutral',
  terminated: 'danger',
} as const;

export function ContractPage({ id }: { id: number }) {
  const { t, locale } = useLocale();
  const q = useQuery(query('contracts.get', { id }));
  if (q.error) return <Alert data-color="danger">{q.error.message}</Alert>;
  if (!q.data) return <Spinner aria-label={t('loading')} />;
  const k = q.data;
  return (
    <article>
      <p className="breadcrumb">
        <a href={href.case(k.caseId)}>
          {k.caseNumber} {k.caseTitle}
        </a>{' '}
        / {t('contractsHeading')}
      </p>
      <div className="page-head">
        <div>
          <Heading level={1} data-size="lg">
            {k.title}
          </Heading>
          <p className="case-meta">
            <Tag data-color={STATUS_COLOR[k.status]} data-size="sm">
              {t('contractStatus', { status: k.status })}
            </Tag>
            {k.suppliers.map((s) => (
              <a key={s.id} href={href.supplier(s.id)}>
                {s.name}
              </a>
            ))}
          </p>
        </div>
        {!k.terminatedDate && (
          <Allowed method="contracts.update">
            <div className="actions">
              <Button variant="secondary" asChild>
                <a href={href.editContract(k.id)}>{t('edit')}</a>
              </Button>
            </div>
          </Allowed>
        )}
      </div>
      {k.terminatedDate && (
        <Alert data-color="danger">
          {t('terminatedNote', { date: formatDate(k.terminatedDate, locale), reason: k.terminationReason })}
        </Alert>
      )}
      <div className="case-grid">
        <section aria-labelledby="k-h">
          <h2 id="k-h" className="ds-heading" data-size="sm">
            {t('details')}
          </h2>
          <dl className="details">
            <div>
              <dt>{t('contractValue')}</dt>
              <dd>{formatNok(k.value, locale)}</dd>
            </div>
            <div>
              <dt>{t('signedDate')}</dt>
              <dd>{formatDate(k.signedDate, locale) || t('none')}</dd>
            </div>
            <div>
              <dt>{t('startDate')}</dt>
              <dd>{formatDate(k.startDate, locale)}</dd>
            </div>
            <div>
              <dt>{t('endDate')}</dt>
              <dd>{formatDate(k.endDate, locale)}</dd>
            </div>
            <div>
              <dt>{t('currentEnd')}</dt>
              <dd data-testid="current-end">{formatDate(k.currentEnd, locale)}</dd>
            </div>
            <div>
              <dt>{t('latestEnd')}</dt>
              <dd>{formatDate(k.latestEnd, locale)}</dd>
            </div>
            <div>
              <dt>{t('noticeMonths')}</dt>
              <dd>{k.noticeMonths}</dd>
            </div>
            <div>
              <dt>{t('owner')}</dt>
              <dd>{k.owner || t('none')}</dd>
            </div>
            <div>
              <dt>{t('administrator')}</dt>
              <dd>{k.administrator || t('none')}</dd>
            </div>
          </dl>
          <ContractOptions k={k} />
        </section>
        <section aria-labelledby="f-h">
          <h2 id="f-h" className="ds-heading" data-size="sm">
            {t('followups')}
          </h2>
          {k.payConditionsCovered && <Paragraph data-size="sm">{t('payConditions')}</Paragraph>}
          {k.controlDue && (
            <Alert data-color="warning" data-size="sm" data-testid="control-due">
              {t('controlDueNote', { date: formatDate(k.controlDue, locale) })}
            </Alert>
          )}
          {k.followups.length === 0 ? <Paragraph className="muted">{t('noFollowups')}</Paragraph> : <Followups k={k} />}
          {!k.terminatedDate && <FollowupForm k={k} />}
        </section>
      </div>
      <FrameworkSection key={`fw-${k.version}`} k={k} />
      <ContractDuties key={k.version} k={k} />
      <AuditHistory entity="contract" id={k.id} />
    </article>
  );
}

function Followups({ k }: { k: ContractDetail }) {
  const { label, t, locale } = useLocale();
  return (
    <ol className="items" data-testid="followups">
      {k.followups.map((f) => (
        <li key={f.id} className="item">
          <div className="item-head">
            <strong>{formatDate(f.date, locale)}</strong>
            <Tag data-size="sm" data-color="neutral">
              {label(followupKindDefs.find((d) => d.code === f.kind))}
            </Tag>
            <span>{f.title}</span>
          </div>
          {f.riskLevel && (
            <p className="item-question">
              {t('riskLevel')}: {label(riskLevelDefs.find((r) => r.code === f.riskLevel))}
              {f.nextControlDue ? ` · ${t('nextControlDue')} ${formatDate(f.nextControlDue, locale)}` : ''}
            </p>
          )}
          {f.findings && (
            <p className="prewrap item-question">
              {t('findings')}: {f.findings}
              {f.reportWritten ? ` (${t('reportWritten').toLowerCase()})` : ''}
            </p>
          )}
          {f.sanction && (
            <p className="item-question">
              {t('sanction')}: {label(sanctionDefs.find((s) => s.code === f.sanction))}
            </p>
          )}
          {f.notes && <p className="prewrap item-question">{f.notes}</p>}
        </li>
      ))}
    </ol>
  );
}
