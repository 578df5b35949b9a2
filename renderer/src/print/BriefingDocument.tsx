import type { ReactNode } from 'react';
import {
  briefingSectionDefs,
  briefingTables,
  codeName,
  formatDate,
  formatGoalValue,
  formatNokShort,
  goalMeasureDef,
  packSections,
  REDACTED,
  tableParts,
  rw,
  type BriefingPack,
  type BriefingSection,
  type Cell,
  type ReportWord,
  type TableModel,
} from '../../../core/index.js';
import { useLocale } from '../i18n/locale.js';
import { PhaseDaysChart, StageShareBar } from '../screens/analytics/charts.js';
import { GoalTrendChart } from '../screens/strategy/GoalTrendChart.js';

// The briefing pack as printed pages: the same component in the print route
// (which Chromium turns into the PDF) and nowhere else, so what the preview
// shows is what the PDF holds. Every figure comes from the service's pack;
// this file only lays it out. Print rules live in print.css.

// A grouped table (the appendix's departments) is one table per group, its
// heading part of the header that repeats on every page it runs over.
function Table({ model, redacted }: { model: TableModel; redacted: ReactNode }) {
  const cell = (c: Cell) => (c === REDACTED ? redacted : c);
  return (
    <>
      {tableParts(model).map((part, p) => (
        <table key={p} className={`print-table${part.heading ? ' grouped' : ''}`}>
          {p === 0 && model.note && <caption className="print-caption">{model.note}</caption>}
          <thead>
            {part.heading && (
              <tr className="group">
                <th colSpan={model.head.length}>{part.heading}</th>
              </tr>
            )}
            <tr>{model.head.map((h, i) => <th key={i} className={model.numeric.includes(i) ? 'num' : undefined}>{h}</th>)}</tr>
          </thead>
          <tbody>
            {part.rows.map((r, i) => (
              <tr key={i} className={model.stressed?.includes(part.first + i) ? 'stressed' : undefined}>
                {r.map((c, j) => <td key={j} className={model.numeric.includes(j) ? 'num' : undefined}>{cell(c)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {model.withheld?.map((x, i) => (
        <p key={i} className="print-note print-withheld" data-testid="withheld-note">{x}</p>
      ))}
    </>
  );
}

export function BriefingDocument({ pack }: { pack: BriefingPack }) {
  const { locale } = useLocale();
  const w = (k: Exclude<ReportWord, 'goalStatus'>, p: Record<string, string | number> = {}) => rw(k, locale, p);
  const s = pack.spec;
  const closed = s.version === 'closed';
  const redacted = <span className="redacted">{w('redacted')}</span>;
  const sectionTitle = (k: BriefingSection) => codeName(briefingSectionDefs, k, locale);
  const tables = briefingTables(pack, locale);

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
                        {now.year}: <strong>{now.value === null ? '–' : formatGoalValue(def.unit, now.value, locale)}</strong> ({rw('goalStatus', locale, { status: now.status })})
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
    portfolio: () => (
      <div className="print-grid-2">
        {tables.portfolio.map((m) => <Table key={m.head[0]} model={m} redacted={redacted} />)}
      </div>
    ),
    dialogue: () =>
      pack.dialogue.total === 0 ? (
        <p>{w('noneDialogue')}</p>
      ) : (
        <>
          <p>{tables.dialogueByForm}</p>
          <Table model={tables.dialogue} redacted={redacted} />
        </>
      ),
    plan: () =>
      tables.plan.length === 0 ? (
        <p>{w('nonePlan')}</p>
      ) : (
        tables.plan.map((q) => (
          <div key={q.heading} className="print-block">
            <h3>{q.heading}</h3>
            <Table model={q.table} redacted={redacted} />
          </div>
        ))
      ),
    contracts: () => (pack.contracts.rows.length === 0 ? <p>{w('noneContracts')}</p> : <Table model={tables.contracts} redacted={redacted} />),
    payConditions: () => (
      <>
        <div className="print-figures">
          {tables.payFigures.map((f) => (
            <div key={f.label}><span>{f.label}</span><strong>{f.value}</strong></div>
          ))}
        </div>
        {pack.payConditions.controls.length === 0 ? <p>{w('noneControls')}</p> : <Table model={tables.controls} redacted={redacted} />}
      </>
    ),
    highlights: () =>
      tables.highlights.length === 0 ? (
        <p>{w('noneHighlights')}</p>
      ) : (
        tables.highlights.map((h, i) => (
          <div key={i} className="print-highlight">
            <h3>{h.heading}</h3>
            <p className="print-note">{h.facts}</p>
            <p>{h.text === REDACTED ? redacted : h.text}</p>
          </div>
        ))
      ),
    appendix: () => <Table model={tables.appendix} redacted={redacted} />,
  };

  // The appendix as a file of its own: a heading that says what it belongs to, then every case of the period.
  if (s.part === 'appendix')
    return (
      <article className={`print-doc print-appendix ${closed ? 'is-closed' : 'is-public'}`} lang={locale}>
        <header className="appendix-head">
          {s.organisation && <p className="cover-org">{s.organisation}</p>}
          <h1>{sectionTitle('appendix')}</h1>
          <p>{s.title} · {w('coverPeriod', { from: formatDate(s.from, locale), to: formatDate(s.to, locale) })}</p>
          <p className={`cover-version ${closed ? 'closed' : 'public'}`} data-testid="cover-version">{closed ? w('coverClosed') : w('coverPublic')}</p>
          <p className="cover-asof">{w('coverAsOf', { date: formatDate(pack.asOf, locale) })}</p>
        </header>
        <section className="print-section section-appendix">{sections.appendix()}</section>
      </article>
    );

  return (
    <article className={`print-doc ${closed ? 'is-closed' : 'is-public'}`} lang={locale}>
      <section className="print-cover">
        {s.organisation && <p className="cover-org">{s.organisation}</p>}
        <h1>{s.title}</h1>
        <p className="cover-period">{w('coverPeriod', { from: formatDate(s.from, locale), to: formatDate(s.to, locale) })}</p>
        {(s.meeting || s.meetingDate) && <p className="cover-meeting">{[s.meeting, s.meetingDate ? formatDate(s.meetingDate, locale) : ''].filter(Boolean).join(', ')}</p>}
        <p className={`cover-version ${closed ? 'closed' : 'public'}`} data-testid="cover-version">{closed ? w('coverClosed') : w('coverPublic')}</p>
        <p className="cover-note">
          {tables.coverNote}
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
        {pack.ruleNotes.length > 0 && (
          <div className="print-rule-notes">
            <h3>{w('ruleNotes')}</h3>
            {pack.ruleNotes.map((x, i) => <p key={i} className="print-note" data-testid="rule-note">{x}</p>)}
          </div>
        )}
      </section>
      {packSections(s).map((k) => (
        <section key={k} className={`print-section section-${k}`}>
          <h2>{sectionTitle(k)}</h2>
          {sections[k]()}
        </section>
      ))}
    </article>
  );
}
