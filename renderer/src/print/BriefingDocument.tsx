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
  const cell = (c: Cell, j: number) =>
    c === REDACTED
      ? redacted
      : model.keepItems?.includes(j)
        ? // Each item on one line ("Doffin 2026-815622" is not broken at its hyphen); the list wraps between them.
          c.split(', ').flatMap((x, i) => [
            ...(i > 0 ? [', '] : []),
            <span key={i} className="keep-item">
              {x}
            </span>,
          ])
        : c;
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
            <tr>
              {model.head.map((h, i) => (
                <th key={i} className={model.numeric.includes(i) ? 'num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {part.rows.map((r, i) => (
              <tr key={i} className={model.stressed?.includes(part.first + i) ? 'stressed' : undefined}>
                {r.map((c, j) => (
                  <td key={j} className={model.numeric.includes(j) ? 'num' : undefined}>
                    {cell(c, j)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {model.withheld?.map((x, i) => (
        <p key={i} className="print-note print-withheld" data-testid="withheld-note">
          {x}
        </p>
      ))}
    </>
  );
}

/** The words of the printed report, in the pack's language. */
function useWords() {
  const { locale } = useLocale();
  return (k: Exclude<ReportWord, 'goalStatus'>, p: Record<string, string | number> = {}) => rw(k, locale, p);
}

/** What every section is laid out from: the pack, its tables, and how a left-out text shows. */
interface SectionProps {
  pack: BriefingPack;
  tables: ReturnType<typeof briefingTables>;
  redacted: ReactNode;
}

/** One goal: its target, the latest value and status, and the trend. */
function GoalCard({ goal: g }: { goal: NonNullable<BriefingPack['goals']>['goals'][number] }) {
  const { locale } = useLocale();
  const w = useWords();
  const def = goalMeasureDef(g.measure);
  const now = g.values.at(-1);
  return (
    <div className="print-goal">
      <h3>{g.title}</h3>
      <p>
        {w('target')}: <strong>{formatGoalValue(def.unit, g.target, locale)}</strong>
        {now && (
          <>
            {' · '}
            {now.year}: <strong>{now.value === null ? '–' : formatGoalValue(def.unit, now.value, locale)}</strong> (
            {rw('goalStatus', locale, { status: now.status })})
          </>
        )}
      </p>
      <GoalTrendChart title={g.title} unit={def.unit} target={g.target} values={g.values} />
    </div>
  );
}

function GoalsSection({ pack, tables }: SectionProps) {
  const w = useWords();
  if (!pack.goals) return <p>{w('noStrategy')}</p>;
  return (
    <>
      <p className="print-note">{pack.goals.strategyTitle}</p>
      {tables.goalsNote && <p className="print-note">{tables.goalsNote}</p>}
      <div className="print-goals">
        {pack.goals.goals.map((g, i) => (
          <GoalCard key={i} goal={g} />
        ))}
      </div>
    </>
  );
}

function PhaseTimesSection({ pack }: SectionProps) {
  const { locale } = useLocale();
  const w = useWords();
  return (
    <>
      {pack.phaseTimes.stats.length === 0 ? (
        <p>{w('nonePhaseTimes')}</p>
      ) : (
        <>
          <PhaseDaysChart stats={pack.phaseTimes.stats} label={codeName(briefingSectionDefs, 'phaseTimes', locale)} />
          <p className="print-note">{w('phaseDaysKey')}</p>
        </>
      )}
      {pack.phaseTimes.sharesByYear.length > 0 && (
        // The years together with their heading: not one year alone over a page.
        <div className="print-block">
          <h3>{w('stageTrend')}</h3>
          {pack.phaseTimes.sharesByYear.map((y) => (
            <div key={y.year} className="print-share">
              <span className="print-share-year">{y.year}</span>
              <StageShareBar shares={y} label={String(y.year)} />
            </div>
          ))}
        </div>
      )}
    </>
  );
}

function PortfolioSection({ pack, tables, redacted }: SectionProps) {
  const w = useWords();
  if (pack.summary.casesHandled === 0) return <p>{w('nonePortfolio')}</p>;
  return (
    <>
      {tables.portfolioNote && <p className="print-note">{tables.portfolioNote}</p>}
      <div className="print-grid-2">
        {tables.portfolio.map((m) => (
          <Table key={m.head[0]} model={m} redacted={redacted} />
        ))}
      </div>
    </>
  );
}

function DialogueSection({ pack, tables, redacted }: SectionProps) {
  const w = useWords();
  if (pack.dialogue.total === 0) return <p>{w('noneDialogue')}</p>;
  return (
    <>
      <p>{tables.dialogueByForm}</p>
      <Table model={tables.dialogue} redacted={redacted} />
    </>
  );
}

function PlanSection({ tables, redacted }: SectionProps) {
  const w = useWords();
  if (tables.plan.length === 0) return <p>{w('nonePlan')}</p>;
  return tables.plan.map((q) => (
    <div key={q.heading} className="print-block">
      <h3>{q.heading}</h3>
      <Table model={q.table} redacted={redacted} />
    </div>
  ));
}

function ContractsSection({ pack, tables, redacted }: SectionProps) {
  const w = useWords();
  return (
    <>
      {pack.contracts.rows.length === 0 ? (
        <p>{w('noneContracts')}</p>
      ) : (
        <Table model={tables.contracts} redacted={redacted} />
      )}
      {(pack.contracts.frameworks ?? []).length > 0 && (
        <div data-testid="briefing-frameworks">
          <h3>{w('frameworksTitle')}</h3>
          <Table model={tables.frameworks} redacted={redacted} />
        </div>
      )}
    </>
  );
}

function PayConditionsSection({ pack, tables, redacted }: SectionProps) {
  const w = useWords();
  return (
    <>
      <div className="print-figures">
        {tables.payFigures.map((f) => (
          <div key={f.label}>
            <span>{f.label}</span>
            <strong>{f.value}</strong>
          </div>
        ))}
      </div>
      {pack.payConditions.controls.length === 0 ? (
        <p>{w('noneControls')}</p>
      ) : (
        <Table model={tables.controls} redacted={redacted} />
      )}
    </>
  );
}

function HighlightsSection({ tables, redacted }: SectionProps) {
  const w = useWords();
  if (tables.highlights.length === 0) return <p>{w('noneHighlights')}</p>;
  return tables.highlights.map((h, i) => (
    <div key={i} className="print-highlight">
      <h3>{h.heading}</h3>
      <p className="print-note">{h.facts}</p>
      <p>{h.text === REDACTED ? redacted : h.text}</p>
    </div>
  ));
}

function AppendixSection({ tables, redacted }: SectionProps) {
  return <Table model={tables.appendix} redacted={redacted} />;
}

const SECTIONS: Record<BriefingSection, (props: SectionProps) => ReactNode> = {
  goals: GoalsSection,
  phaseTimes: PhaseTimesSection,
  portfolio: PortfolioSection,
  dialogue: DialogueSection,
  plan: PlanSection,
  contracts: ContractsSection,
  payConditions: PayConditionsSection,
  highlights: HighlightsSection,
  appendix: AppendixSection,
};

/** Says which version this is: the closed one is marked on its face. */
function VersionMark({ closed }: { closed: boolean }) {
  const w = useWords();
  return (
    <p className={`cover-version ${closed ? 'closed' : 'public'}`} data-testid="cover-version">
      {closed ? w('coverClosed') : w('coverPublic')}
    </p>
  );
}

/** The appendix as a file of its own: a heading that says what it belongs to, then every case of the period. */
function AppendixFile({ pack, tables, redacted }: SectionProps) {
  const { locale } = useLocale();
  const w = useWords();
  const s = pack.spec;
  const closed = s.version === 'closed';
  return (
    <article className={`print-doc print-appendix ${closed ? 'is-closed' : 'is-public'}`} lang={locale}>
      <header className="appendix-head">
        {s.organisation && <p className="cover-org">{s.organisation}</p>}
        <h1>{codeName(briefingSectionDefs, 'appendix', locale)}</h1>
        <p>
          {s.title} · {w('coverPeriod', { from: formatDate(s.from, locale), to: formatDate(s.to, locale) })}
        </p>
        <VersionMark closed={closed} />
        <p className="cover-asof">{w('coverAsOf', { date: formatDate(pack.asOf, locale) })}</p>
      </header>
      <section className="print-section section-appendix">
        <AppendixSection pack={pack} tables={tables} redacted={redacted} />
      </section>
    </article>
  );
}

/** The cover: organisation, title, period, meeting, version, what was left out, and the date the figures stand at. */
function Cover({ pack, tables }: SectionProps) {
  const { locale } = useLocale();
  const w = useWords();
  const s = pack.spec;
  return (
    <section className="print-cover">
      {s.organisation && <p className="cover-org">{s.organisation}</p>}
      <h1>{s.title}</h1>
      <p className="cover-period">
        {w('coverPeriod', { from: formatDate(s.from, locale), to: formatDate(s.to, locale) })}
      </p>
      {(s.meeting || s.meetingDate) && (
        <p className="cover-meeting">
          {[s.meeting, s.meetingDate ? formatDate(s.meetingDate, locale) : ''].filter(Boolean).join(', ')}
        </p>
      )}
      <VersionMark closed={s.version === 'closed'} />
      <p className="cover-note">{tables.coverNote}</p>
      <p className="cover-asof">{w('coverAsOf', { date: formatDate(pack.asOf, locale) })}</p>
    </section>
  );
}

/** The summary: the key figures, the sentences and the notes on the thresholds judged by. */
function Summary({ pack }: { pack: BriefingPack }) {
  const { locale } = useLocale();
  const w = useWords();
  return (
    <section className="print-section">
      <h2>{w('summary')}</h2>
      <div className="print-figures">
        <div>
          <span>{w('figCases')}</span>
          <strong>{pack.summary.casesHandled}</strong>
        </div>
        <div>
          <span>{w('figSaved')}</span>
          <strong>{formatNokShort(pack.summary.savedPeriod, locale)}</strong>
        </div>
        <div>
          <span>{w('figSavedFour')}</span>
          <strong>{formatNokShort(pack.summary.savedFourYears, locale)}</strong>
        </div>
      </div>
      {pack.summary.sentences.map((x, i) => (
        <p key={i} className="print-lead">
          {x}
        </p>
      ))}
      {pack.ruleNotes.length > 0 && (
        <div className="print-rule-notes">
          <h3>{w('ruleNotes')}</h3>
          {pack.ruleNotes.map((x, i) => (
            <p key={i} className="print-note" data-testid="rule-note">
              {x}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}

export function BriefingDocument({ pack }: { pack: BriefingPack }) {
  const { locale } = useLocale();
  const s = pack.spec;
  const closed = s.version === 'closed';
  const w = useWords();
  const props: SectionProps = {
    pack,
    tables: briefingTables(pack, locale),
    redacted: <span className="redacted">{w('redacted')}</span>,
  };

  if (s.part === 'appendix') return <AppendixFile {...props} />;
  return (
    <article className={`print-doc ${closed ? 'is-closed' : 'is-public'}`} lang={locale}>
      <Cover {...props} />
      <Summary pack={pack} />
      {packSections(s).map((k) => {
        const Section = SECTIONS[k];
        return (
          <section key={k} className={`print-section section-${k}`}>
            <h2>{codeName(briefingSectionDefs, k, locale)}</h2>
            <Section {...props} />
          </section>
        );
      })}
    </article>
  );
}
