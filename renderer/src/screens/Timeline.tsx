import {
  daysPerStage,
  dialogueFormDefs,
  formatDate,
  formatDays,
  phaseDef,
  todayInOslo,
  type CaseDetail,
} from '../../../core/index.js';
import { Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { query } from '../api/queries.js';
import { href } from '../lib/router.js';
import { PhaseTag } from '../components/PhaseTag.js';
import { useLocale } from '../i18n/locale.js';

export function Timeline({ c }: { c: CaseDetail }) {
  const { t, label, locale } = useLocale();
  const stages = daysPerStage(c.timeline, todayInOslo());
  // The standstill from the award's notice to its end, as the protocol records it.
  const award = useQuery(query('protocol.get', { caseId: c.id })).data;
  const standstill =
    award?.fields.awardNoticeDate && award.award.standstillEnd
      ? { from: award.fields.awardNoticeDate, to: award.award.standstillEnd }
      : null;
  return (
    <section aria-labelledby="timeline-h" className="timeline-section">
      <h2 id="timeline-h" className="ds-heading" data-size="sm">
        {t('timeline')}
      </h2>
      <ol className="timeline">
        {entries(c, standstill).map((x) =>
          x.kind === 'standstill' ? (
            <li key="standstill" className="activity" data-testid="timeline-standstill">
              <div className="tl-date">{formatDate(x.date, locale)}</div>
              <div className="tl-body">
                <Tag data-color="warning" data-size="sm" variant="outline">
                  {t('awardStandstill')}
                </Tag>
                <span>{t('timelineStandstill', { date: formatDate(x.to, locale) })}</span>
              </div>
            </li>
          ) : x.kind === 'activity' ? (
            <li key={`a${x.a.id}`} className="activity" data-testid="timeline-activity">
              <div className="tl-date">{formatDate(x.a.date, locale)}</div>
              <div className="tl-body">
                <Tag data-color="neutral" data-size="sm" variant="outline">
                  {t('activityTimeline')}
                </Tag>
                <a href={href.activity(x.a.id)}>{x.a.title}</a>
                <span className="tl-from">{label(dialogueFormDefs.find((f) => f.code === x.a.form))}</span>
              </div>
            </li>
          ) : (
            <li key={x.e.id} className={x.e.current ? 'current' : ''} data-testid="timeline-event">
              <div className="tl-date">{formatDate(x.e.date, locale)}</div>
              <div className="tl-body">
                <PhaseTag phase={x.e.phase} />
                {x.e.days !== null && (
                  <span className="tl-days" data-testid="timeline-days">
                    {t('timelineDays', { days: formatDays(x.e.days, locale) })}
                    {x.e.current ? ` (${t('timelineCurrent')})` : ''}
                  </span>
                )}
                {x.e.fromPhase && (
                  <span className="tl-from">{t('from', { phase: label(phaseDef(x.e.fromPhase)).toLowerCase() })}</span>
                )}
                {x.e.note && <p className="tl-note">{x.e.note}</p>}
                {x.e.overrideReason && (
                  <p className="tl-note tl-override">
                    {t('overrideReason')}: {x.e.overrideReason}
                  </p>
                )}
              </div>
            </li>
          ),
        )}
      </ol>
      <dl className="stages" aria-label={t('daysPerStage')}>
        <div>
          <dt>{t('stagePlanning')}</dt>
          <dd>{formatDays(stages.planning, locale)}</dd>
        </div>
        <div>
          <dt>{t('stageCompetition')}</dt>
          <dd>{formatDays(stages.competition, locale)}</dd>
        </div>
        <div>
          <dt>{t('stageFollowup')}</dt>
          <dd>{formatDays(stages.followup, locale)}</dd>
        </div>
      </dl>
    </section>
  );
}

type Entry =
  | { kind: 'phase'; date: string; e: CaseDetail['timeline'][number] }
  | { kind: 'activity'; date: string; a: CaseDetail['activities'][number] }
  | { kind: 'standstill'; date: string; to: string };

/** Phase events, dialogue activities and the standstill in date order; on the same day the phase event comes first. */
function entries(c: CaseDetail, standstill: { from: string; to: string } | null): Entry[] {
  const all: Entry[] = [
    ...c.timeline.map((e) => ({ kind: 'phase' as const, date: e.date, e })),
    ...c.activities.map((a) => ({ kind: 'activity' as const, date: a.date, a })),
    ...(standstill ? [{ kind: 'standstill' as const, date: standstill.from, to: standstill.to }] : []),
  ];
  return all.sort((x, y) =>
    x.date < y.date ? -1 : x.date > y.date ? 1 : x.kind === y.kind ? 0 : x.kind === 'phase' ? -1 : 1,
  );
}
