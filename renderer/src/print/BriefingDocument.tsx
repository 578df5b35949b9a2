import type { ReactNode } from 'react';
import {
  briefingSectionDefs,
  confidentialityBasisDefs,
  dialogueFormDefs,
  exemptionText,
  formatDate,
  formatGoalValue,
  formatNok,
  formatNokShort,
  goalMeasureDef,
  phaseDef,
  procedureDefs,
  rw,
  sanctionDefs,
  themeDefs,
  type BriefingPack,
  type BriefingSection,
  type Phase,
  type ReportWord,
} from '../../../core/index.js';
import { useLocale } from '../i18n/locale.js';
import { PhaseDaysChart, StageShareBar } from '../screens/analytics/charts.js';
import { GoalTrendChart } from '../screens/strategy/GoalTrendChart.js';

// The briefing pack as printed pages: the same component in the print route
// (which Chromium turns into the PDF) and nowhere else, so what the preview
// shows is what the PDF holds. Every figure comes from the service's pack;
// this file only lays it out. Print rules live in print.css.

function Table({ head, rows, numeric = [], note }: { head: string[]; rows: ReactNode[][]; numeric?: number[]; note?: string | null }) {
  return (
    <table className="print-table">
      {note && <caption className="print-caption">{note}</caption>}
      <thead>
        <tr>{head.map((h, i) => <th key={i} className={numeric.includes(i) ? 'num' : undefined}>{h}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>{r.map((c, j) => <td key={j} className={numeric.includes(j) ? 'num' : undefined}>{c}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}

export function BriefingDocument({ pack }: { pack: BriefingPack }) {
  const { label, locale } = useLocale();
  const w = (k: ReportWord, p: Record<string, string | number> = {}) => rw(k, locale, p);
  const s = pack.spec;
  const closed = s.version === 'closed';
  const basesText = pack.cover.bases.map((b) => label(confidentialityBasisDefs.find((d) => d.code === b))).join('; ');
  const redacted = <span className="redacted">{w('redacted')}</span>;
  const phaseName = (p: Phase) => label(phaseDef(p));
  const sectionTitle = (k: BriefingSection) => label(briefingSectionDefs.find((d) => d.code === k));
  const nok = (n: number) => formatNok(n, locale);
  // When a long list is cut to its first rows, the table says so.
  const more = (shown: number, total: number, key: 'showingFirst' | 'showingLatest' | 'showingLargest') => (shown < total ? w(key, { shown, total }) : null);

  const sections: Record<BriefingSection, () => ReactNode> = {
    goals: () =>
      pack.goals ? (
        <>
          <p className="print-note">{pack.goals.strategyTitle}</p>
          <div className="print-goals">
            {pack.goals.goals.map((g, i) => {
              const def = goalMeasureDef(g.measure);
              const now = g.values.at(-1);
              return (
                <div key={i} className="print-goal">
                  <h3>{g.title}</h3>
                  <p>
                    {w('target')}: <strong>{formatGoalValue(def.unit, g.target, locale)}</strong>
                    {now && (
                      <>
                        {' · '}
                        {now.year}: <strong>{now.value === null ? '–' : formatGoalValue(def.unit, now.value, locale)}</strong> ({w(`status_${now.status}`)})
                      </>
                    )}
                  </p>
                  <GoalTrendChart title={g.title} unit={def.unit} target={g.target} values={g.values} />
                </div>
              );
            })}
          </div>
        </>
      ) : (
        <p>{w('noStrategy')}</p>
      ),
    phaseTimes: () => (
      <>
        <PhaseDaysChart stats={pack.phaseTimes.stats} label={sectionTitle('phaseTimes')} />
        <h3>{w('stageTrend')}</h3>
        {pack.phaseTimes.sharesByYear.map((y) => (
          <div key={y.year} className="print-share">
            <span className="print-share-year">{y.year}</span>
            <StageShareBar shares={y} label={String(y.year)} />
          </div>
        ))}
      </>
    ),
    portfolio: () => {
      const groups: [string, { key: string; n: number; value: number }[], (k: string) => string][] = [
        [w('phase'), pack.portfolio.byPhase, (k) => phaseName(k as Phase)],
        [w('procedure'), pack.portfolio.byProcedure, (k) => (k ? label(procedureDefs.find((d) => d.code === k)) : w('none'))],
        [w('department'), pack.portfolio.byDepartment, (k) => k],
        [w('theme'), pack.portfolio.byTheme, (k) => label(themeDefs.find((d) => d.code === k))],
      ];
      return (
        <div className="print-grid-2">
          {groups.map(([title, rows, name]) => (
            <Table key={title} head={[title, w('count'), w('valueSum')]} numeric={[1, 2]} rows={rows.map((r) => [name(r.key), r.n, formatNokShort(r.value, locale)])} />
          ))}
        </div>
      );
    },
    dialogue: () =>
      pack.dialogue.total === 0 ? (
        <p>{w('noneDialogue')}</p>
      ) : (
        <>
          <p>{pack.dialogue.byForm.map((f) => `${label(dialogueFormDefs.find((d) => d.code === f.form))}: ${f.n}`).join(' · ')}</p>
          <Table
            head={[w('date'), w('caseNumber'), w('title'), w('form'), w('suppliers'), w('outcome')]}
            rows={pack.dialogue.activities.map((a) => [
              formatDate(a.date, locale),
              a.caseNumber,
              a.title,
              label(dialogueFormDefs.find((d) => d.code === a.form)),
              `${a.invited} / ${a.attended}`,
              a.outcome === null ? redacted : a.outcome,
            ])}
            note={more(pack.dialogue.activities.length, pack.dialogue.total, 'showingLatest')}
          />
        </>
      ),
    plan: () =>
      pack.plan.length === 0 ? (
        <p>{w('nonePlan')}</p>
      ) : (
        pack.plan.map((q) => (
          <div key={`${q.year}-${q.quarter}`} className="print-block">
            <h3>
              {w('quarter', { q: q.quarter, year: q.year })} – {w(q.n === 1 ? 'quarterSummaryOne' : 'quarterSummary', { n: q.n, value: formatNokShort(q.value, locale) })}
            </h3>
            <Table
              head={[w('caseNumber'), w('title'), w('department'), w('plannedNotice'), w('value')]}
              numeric={[4]}
              rows={q.cases.map((c) => [c.caseNumber, c.title, c.department, formatDate(c.plannedNoticeDate, locale), nok(c.estimatedValue)])}
              note={more(q.cases.length, q.n, 'showingLargest')}
            />
          </div>
        ))
      ),
    contracts: () =>
      pack.contracts.rows.length === 0 ? (
        <p>{w('noneContracts')}</p>
      ) : (
        <Table
          head={[w('deadline'), w('what'), w('contract'), w('caseNumber'), w('owner')]}
          rows={pack.contracts.rows.map((d) => [
            <>
              {formatDate(d.date, locale)}
              {d.overdue && <strong> ({w('overdue')})</strong>}
            </>,
            d.kind === 'option' ? w('deadlineOption', { n: d.optionSeq ?? '' }) : w('deadlineExpiry'),
            d.contractTitle,
            d.caseNumber,
            d.owner,
          ])}
          note={more(pack.contracts.rows.length, pack.contracts.options + pack.contracts.expiries, 'showingFirst')}
        />
      ),
    payConditions: () => (
      <>
        <div className="print-figures">
          <div><span>{w('payCovered')}</span><strong>{pack.payConditions.covered}</strong></div>
          <div><span>{w('payAssessed')}</span><strong>{pack.payConditions.assessed}</strong></div>
          <div><span>{w('payControlled')}</span><strong>{pack.payConditions.controlled}</strong></div>
        </div>
        {pack.payConditions.controls.length === 0 ? (
          <p>{w('noneControls')}</p>
        ) : (
          <Table
            head={[w('date'), w('contract'), w('caseNumber'), w('findings'), w('report'), w('sanction')]}
            rows={pack.payConditions.controls.map((c) => [
              formatDate(c.date, locale),
              c.contractTitle,
              c.caseNumber,
              c.findings === null ? (c.sanction ? '' : redacted) : c.findings,
              c.reportWritten ? w('yes') : w('no'),
              c.sanction ? label(sanctionDefs.find((d) => d.code === c.sanction)) : '',
            ])}
            note={more(pack.payConditions.controls.length, pack.payConditions.controlsTotal, 'showingLatest')}
          />
        )}
      </>
    ),
    highlights: () =>
      pack.highlights.length === 0 ? (
        <p>{w('noneHighlights')}</p>
      ) : (
        pack.highlights.map((h, i) => (
          <div key={i} className="print-highlight">
            <h3>
              {h.caseNumber} {h.title}
            </h3>
            <p className="print-note">
              {h.department} · {phaseName(h.phase)} · {nok(h.estimatedValue)}
            </p>
            <p>{h.text === null ? redacted : h.text}</p>
          </div>
        ))
      ),
    appendix: () => (
      <Table
        head={[w('caseNumber'), w('title'), w('department'), w('procedure'), w('phase'), w('value')]}
        numeric={[5]}
        rows={pack.appendix.map((c) => [
          c.caseNumber,
          c.title,
          c.department,
          c.procedure ? label(procedureDefs.find((d) => d.code === c.procedure)) : w('none'),
          phaseName(c.phase),
          nok(c.estimatedValue),
        ])}
      />
    ),
  };

  return (
    <article className={`print-doc ${closed ? 'is-closed' : 'is-public'}`} lang={locale}>
      <section className="print-cover">
        {s.organisation && <p className="cover-org">{s.organisation}</p>}
        <h1>{s.title}</h1>
        <p className="cover-period">{w('coverPeriod', { from: formatDate(s.from, locale), to: formatDate(s.to, locale) })}</p>
        {(s.meeting || s.meetingDate) && <p className="cover-meeting">{[s.meeting, s.meetingDate ? formatDate(s.meetingDate, locale) : ''].filter(Boolean).join(', ')}</p>}
        <p className={`cover-version ${closed ? 'closed' : 'public'}`} data-testid="cover-version">{closed ? w('coverClosed') : w('coverPublic')}</p>
        <p className="cover-note">
          {closed
            ? `${exemptionText(pack.cover.bases, locale)}. ${w('coverClosedNote')}`
            : pack.cover.redactedCount === 0
              ? w('coverNothingRedacted')
              : w(pack.cover.redactedCount === 1 ? 'coverRedactedOne' : 'coverRedacted', { n: pack.cover.redactedCount, bases: basesText })}
        </p>
        <p className="cover-asof">{w('coverAsOf', { date: formatDate(pack.asOf, locale) })}</p>
      </section>
      <section className="print-section">
        <h2>{w('summary')}</h2>
        <div className="print-figures">
          <div><span>{w('figCases')}</span><strong>{pack.summary.casesHandled}</strong></div>
          <div><span>{w('figSaved')}</span><strong>{formatNokShort(pack.summary.savedPeriod, locale)}</strong></div>
          <div><span>{w('figSavedFour')}</span><strong>{formatNokShort(pack.summary.savedFourYears, locale)}</strong></div>
        </div>
        {pack.summary.sentences.map((x, i) => <p key={i} className="print-lead">{x}</p>)}
      </section>
      {s.sections.map((k) => (
        <section key={k} className={`print-section section-${k}`}>
          <h2>{sectionTitle(k)}</h2>
          {sections[k]()}
        </section>
      ))}
    </article>
  );
}
