import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  formatDate,
  formatNok,
  groundDef,
  isAwarded,
  kindDefs,
  phaseDef,
  procedureDefs,
  regimeDefs,
  themeDefs,
  type CaseDetail,
} from '../../../core/index.js';
import { call } from '../api/client.js';
import { query } from '../api/queries.js';
import { PhaseTag } from '../components/PhaseTag.js';
import { useLocale } from '../i18n/locale.js';
import { href } from '../lib/router.js';
import { CaseContractsSection } from './contracts/CaseContractsSection.js';
import { AuditHistory } from '../components/AuditHistory.js';
import { CaseExportButtons } from './CaseExportButtons.js';
import { CaseDialogueSection } from './dialogue/CaseDialogueSection.js';
import { SavingsPanel } from './savings/SavingsPanel.js';
import { PhaseMoveForm } from './PhaseMoveForm.js';
import { Timeline } from './Timeline.js';
import { Allowed } from '../components/Allowed.js';
import { CaseComments } from './office/CaseComments.js';
import { AwardPanel } from './award/AwardPanel.js';
import { NoticesPanel } from './award/NoticesPanel.js';
import { ComplaintsPanel } from './award/ComplaintsPanel.js';
import { JointPanel } from './award/JointPanel.js';

export function CasePage({ id }: { id: number }) {
  const { t } = useLocale();
  const q = useQuery(query('cases.get', { id }));

  if (q.error) {
    return (
      <>
        <Alert data-color="danger">{q.error.message}</Alert>
        <Paragraph>
          <a href={href.list()}>{t('backToList')}</a>
        </Paragraph>
      </>
    );
  }
  if (!q.data) return <Spinner aria-label={t('loading')} />;
  const c = q.data;

  return (
    <article className="case-page">
      <CaseHead c={c} />
      {c.warnings.length > 0 && (
        <Alert data-color="warning">
          <strong>{t('warnings')}: </strong>
          {c.warnings.map((w) => w.message).join(' ')}
        </Alert>
      )}
      <div className="case-grid">
        <CaseDetails c={c} />
        <div>
          <Timeline c={c} />
          {c.archived ? (
            <Alert data-color="info">{t('archivedNotice')}</Alert>
          ) : (
            <Allowed method="cases.changePhase" explain>
              <PhaseMoveForm c={c} />
            </Allowed>
          )}
        </div>
      </div>
      {/* What hangs on the case is the office's: a need owner (avdeling) sees the case itself. */}
      <Allowed method="protocol.get">
        {(phaseDef(c.phase).stage === 'competition' || phaseDef(c.phase).stage === 'followup') && <AwardPanel c={c} />}
      </Allowed>
      <Allowed method="joint.get">
        <JointPanel c={c} />
      </Allowed>
      <Allowed method="notices.list">{phaseDef(c.phase).stage !== 'planning' && <NoticesPanel c={c} />}</Allowed>
      <Allowed method="complaints.list">{phaseDef(c.phase).stage !== 'planning' && <ComplaintsPanel c={c} />}</Allowed>
      <Allowed method="contracts.list">
        <CaseContractsSection c={c} />
        {isAwarded(c.phase) && <SavingsPanel c={c} />}
      </Allowed>
      <Allowed method="dialogues.list">
        <CaseDialogueSection c={c} />
      </Allowed>
      <Allowed method="comments.forCase">
        <CaseComments c={c} />
      </Allowed>
      <AuditHistory entity="case" id={c.id} />
    </article>
  );
}

/** The case's title, number and phase, with what can be done to it: edit, protocol, export, archive. */
function CaseHead({ c }: { c: CaseDetail }) {
  const { t } = useLocale();
  const qc = useQueryClient();
  const archive = useMutation({
    mutationFn: (archived: boolean) => call('cases.archive', { id: c.id, version: c.version, archived }),
    onSuccess: (saved) => {
      qc.setQueryData(query('cases.get', { id: c.id }).queryKey, saved);
    },
  });
  return (
    <>
      <p className="breadcrumb">
        <a href={href.list()}>{t('navCases')}</a> / {c.caseNumber}
      </p>
      <div className="page-head">
        <div>
          <Heading level={1} data-size="lg">
            {c.title}
          </Heading>
          <p className="case-meta">
            <span className="mono">{c.caseNumber}</span> <PhaseTag phase={c.phase} />
            {c.archived && <span className="archived-mark">{t('archived')}</span>}
          </p>
        </div>
        <div className="actions">
          {!c.archived && (
            <Allowed method="cases.update">
              <Button variant="secondary" asChild>
                <a href={href.edit(c.id)}>{t('edit')}</a>
              </Button>
            </Allowed>
          )}
          <Allowed method="protocol.get">
            <Button variant="secondary" asChild>
              <a href={href.protocol(c.id)}>{t('protocolLink')}</a>
            </Button>
          </Allowed>
          <Allowed method="bundle.import">
            <CaseExportButtons id={c.id} caseNumber={c.caseNumber} />
          </Allowed>
          <Allowed method="cases.archive">
            <Button variant="tertiary" onClick={() => archive.mutate(!c.archived)} loading={archive.isPending}>
              {c.archived ? t('unarchive') : t('archive')}
            </Button>
          </Allowed>
        </div>
      </div>
      {archive.error && <Alert data-color="danger">{archive.error.message}</Alert>}
    </>
  );
}

/** The case's facts as registered: who, what, how it is procured and under which rules, and its planned dates. */
function CaseDetails({ c }: { c: CaseDetail }) {
  const { t, label, locale } = useLocale();
  const regime = regimeDefs.find((r) => r.code === c.regime);
  const ground = c.procedureGround ? groundDef(c.procedureGround) : undefined;
  return (
    <section aria-labelledby="details-h">
      <h2 id="details-h" className="ds-heading" data-size="sm">
        {t('details')}
      </h2>
      {c.description && <Paragraph className="description">{c.description}</Paragraph>}
      <dl className="details">
        <div>
          <dt>{t('department')}</dt>
          <dd>{c.department}</dd>
        </div>
        <div>
          <dt>{t('needOwner')}</dt>
          <dd>{c.needOwner || t('none')}</dd>
        </div>
        <div>
          <dt>{t('buyer')}</dt>
          <dd>{c.buyer}</dd>
        </div>
        <div>
          <dt>{t('value')}</dt>
          <dd>{formatNok(c.estimatedValue, locale)}</dd>
        </div>
        <div>
          <dt>{t('kind')}</dt>
          <dd>{label(kindDefs.find((k) => k.code === c.kind))}</dd>
        </div>
        <div>
          <dt>{t('fieldProcedure')}</dt>
          <dd>{c.procedure ? label(procedureDefs.find((p) => p.code === c.procedure)) : t('fieldProcedureNone')}</dd>
        </div>
        {(c.procedureGround || c.groundedProcedures.some((g) => g.procedure === c.procedure)) && (
          <div>
            <dt>{t('caseGround')}</dt>
            <dd data-testid="case-ground">
              {ground ? `${ground.ref[locale]}: ${label(ground)}` : t('groundNone')}
              {c.procedureGroundNote && (
                <>
                  <br />
                  {c.procedureGroundNote}
                </>
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('regimeHeading')}</dt>
          <dd>{regime ? label(regime) : t('none')}</dd>
        </div>
        <div>
          <dt>{t('fieldCpv')}</dt>
          <dd data-testid="case-cpv">{c.cpvLabel ?? t('none')}</dd>
        </div>
        <div>
          <dt>{t('themes')}</dt>
          <dd>
            {c.themes.length ? c.themes.map((th) => label(themeDefs.find((d) => d.code === th))).join(', ') : t('none')}
          </dd>
        </div>
        <ClimateSummary c={c} />
        <div>
          <dt>{t('registered')}</dt>
          <dd>{formatDate(c.registeredDate, locale)}</dd>
        </div>
        <div>
          <dt>{t('fieldPlannedNotice')}</dt>
          <dd>{formatDate(c.plannedNoticeDate, locale) || t('none')}</dd>
        </div>
        <div>
          <dt>{t('fieldPlannedAward')}</dt>
          <dd>{formatDate(c.plannedAwardDate, locale) || t('none')}</dd>
        </div>
        <div>
          <dt>{t('fieldPlannedStart')}</dt>
          <dd>{formatDate(c.plannedContractStart, locale) || t('none')}</dd>
        </div>
      </dl>
    </section>
  );
}

/** How the case weighs climate, and whether that meets the rule. */
function ClimateSummary({ c }: { c: CaseDetail }) {
  const { t } = useLocale();
  const rule =
    c.climateStatus === 'met'
      ? t('climateMeetsRule')
      : c.climateStatus === 'exempt'
        ? t('climateExemptRule')
        : c.climateStatus === 'outside'
          ? t('climateOutsideRule')
          : c.climateStatus === 'pending'
            ? t('climatePendingRule')
            : t('climateBelowRule');
  return (
    <div>
      <dt>{t('climateLegend')}</dt>
      <dd data-testid="climate-summary">
        {[
          c.climateWeightPct !== null ? t('climateWeighted', { pct: c.climateWeightPct }) : t('climateNotWeighted'),
          c.climateRequirements ? t('climateWithRequirements') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
        {' – '}
        {rule}
        {c.climateJustification && (
          <>
            <br />
            <span className="muted">{c.climateJustification}</span>
          </>
        )}
      </dd>
    </div>
  );
}
