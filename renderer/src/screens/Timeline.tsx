import { daysPerStage, formatDate, formatDays, phaseDef, todayInOslo, type CaseDetail } from '../../../core/index.js';
import { PhaseTag } from '../components/PhaseTag.js';
import { useLocale } from '../i18n/locale.js';

export function Timeline({ c }: { c: CaseDetail }) {
  const { t, label, locale } = useLocale();
  const stages = daysPerStage(c.timeline, todayInOslo());
  return (
    <section aria-labelledby="timeline-h" className="timeline-section">
      <h2 id="timeline-h" className="ds-heading" data-size="sm">{t('timeline')}</h2>
      <ol className="timeline">
        {c.timeline.map((e) => (
          <li key={e.id} className={e.current ? 'current' : ''} data-testid="timeline-event">
            <div className="tl-date">{formatDate(e.date, locale)}</div>
            <div className="tl-body">
              <PhaseTag phase={e.phase} />
              {e.days !== null && (
                <span className="tl-days" data-testid="timeline-days">
                  {t('timelineDays', { days: formatDays(e.days, locale) })}
                  {e.current ? ` (${t('timelineCurrent')})` : ''}
                </span>
              )}
              {e.fromPhase && <span className="tl-from">{t('from', { phase: label(phaseDef(e.fromPhase)).toLowerCase() })}</span>}
              {e.note && <p className="tl-note">{e.note}</p>}
            </div>
          </li>
        ))}
      </ol>
      <dl className="stages" aria-label={t('daysPerStage')}>
        <div><dt>{t('stagePlanning')}</dt><dd>{formatDays(stages.planning, locale)}</dd></div>
        <div><dt>{t('stageCompetition')}</dt><dd>{formatDays(stages.competition, locale)}</dd></div>
        <div><dt>{t('stageFollowup')}</dt><dd>{formatDays(stages.followup, locale)}</dd></div>
      </dl>
    </section>
  );
}
