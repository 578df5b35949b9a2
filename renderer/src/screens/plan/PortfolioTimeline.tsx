import { Checkbox, Field, Label, Paragraph, Select, Spinner } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { scaleLinear } from '@visx/scale';
import { useEffect, useRef, useState } from 'react';
import { addDays, formatDate, toDayNumber, todayInOslo, type Output, type Stage } from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';

const ROW = 30;
const LABEL_W = 300;
const PX_PER_DAY = 0.75;
/** Long-running follow-up would stretch the axis over a decade; older history is cut here. */
const MAX_PAST_DAYS = 3 * 365;
const STAGE_FILL: Record<Stage, string> = {
  planning: 'var(--ds-color-info-base-default)',
  competition: 'var(--ds-color-warning-base-default)',
  followup: 'var(--ds-color-success-base-default)',
};

type Portfolio = Output<'plan.portfolio'>;
type PortfolioRow = Portfolio['rows'][number];

/** The axis: from the first of January of the earliest year shown (at most MAX_PAST_DAYS back) to the end of the last. */
function timeScale(data: Portfolio | undefined, today: string) {
  const start = data
    ? toDayNumber(data.from) < toDayNumber(today) - MAX_PAST_DAYS
      ? addDays(today, -MAX_PAST_DAYS)
      : data.from
    : today;
  const from = `${start.slice(0, 4)}-01-01`;
  const to = `${Number((data?.to ?? today).slice(0, 4)) + 1}-01-01`;
  const width = Math.round((toDayNumber(to) - toDayNumber(from)) * PX_PER_DAY);
  const x = scaleLinear<number>({ domain: [toDayNumber(from), toDayNumber(to)], range: [0, width] });
  const px = (iso: string) => Math.max(0, x(toDayNumber(iso)));
  const years = Array.from(
    { length: Number(to.slice(0, 4)) - Number(from.slice(0, 4)) },
    (_, i) => Number(from.slice(0, 4)) + i,
  );
  return { width, px, years };
}
type TimeScale = ReturnType<typeof timeScale>;

function useStageNames(): Record<Stage, string> {
  const { t } = useLocale();
  return { planning: t('stagePlanning'), competition: t('stageCompetition'), followup: t('stageFollowup') };
}

/**
 * Every open (and planned) case as a bar through time, coloured by stage,
 * with its planned notice, award and contract start marked. Only the rows in
 * view are drawn, so thousands scroll as smoothly as ten.
 */
export function PortfolioTimeline() {
  const { t } = useLocale();
  const [department, setDepartment] = useState('');
  const [includeFollowup, setIncludeFollowup] = useState(false);
  const q = useQuery({
    queryKey: ['plan.portfolio', department, includeFollowup],
    queryFn: () => call('plan.portfolio', { includeFollowup, ...(department ? { department } : {}) }),
  });
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = q.data?.rows ?? [];
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 10,
  });

  const today = todayInOslo();
  const scale = timeScale(q.data, today);
  const { width, px } = scale;
  // Open on today, with the months ahead (the planned dates) in view.
  useEffect(() => {
    const el = scrollRef.current;
    if (el) el.scrollLeft = Math.max(0, px(today) - (el.clientWidth - LABEL_W) * 0.4);
  }, [q.data]);

  return (
    <section aria-labelledby="portfolio-heading">
      <h2 id="portfolio-heading" className="visually-hidden">
        {t('planTabTimeline')}
      </h2>
      <div className="filters-row">
        <PortfolioFilters
          department={department}
          setDepartment={setDepartment}
          includeFollowup={includeFollowup}
          setIncludeFollowup={setIncludeFollowup}
        />
        <Paragraph data-size="sm" aria-live="polite" data-testid="portfolio-count">
          {q.data ? t('portfolioCount', { n: rows.length }) : ''}
        </Paragraph>
      </div>
      <StageLegend />
      {!q.data ? (
        <Spinner aria-label="…" />
      ) : (
        <div className="gantt" ref={scrollRef} role="region" aria-label={t('planTabTimeline')} tabIndex={0}>
          <div className="gantt-inner" style={{ width: LABEL_W + width }}>
            <TimelineAxis scale={scale} today={today} />
            <ul className="gantt-body" style={{ height: virtualizer.getTotalSize() }}>
              <li className="gantt-today" style={{ left: LABEL_W + px(today) }} aria-hidden="true" />
              {virtualizer.getVirtualItems().map((v) => (
                <TimelineRow
                  key={rows[v.index]!.id}
                  r={rows[v.index]!}
                  index={v.index}
                  top={v.start}
                  count={rows.length}
                  scale={scale}
                />
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}

/** Which cases the timeline shows: one department or all, and those in follow-up or not. */
function PortfolioFilters(p: {
  department: string;
  setDepartment: (d: string) => void;
  includeFollowup: boolean;
  setIncludeFollowup: (b: boolean) => void;
}) {
  const { t } = useLocale();
  const facets = useQuery(query('cases.facets', {}));
  return (
    <>
      <Field>
        <Label htmlFor="pf-department">{t('filterDepartment')}</Label>
        <Select id="pf-department" value={p.department} onChange={(e) => p.setDepartment(e.target.value)}>
          <Select.Option value="">{t('allDepartments')}</Select.Option>
          {facets.data?.departments.map((d) => (
            <Select.Option key={d} value={d}>
              {d}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label={t('portfolioIncludeFollowup')}
        checked={p.includeFollowup}
        onChange={(e) => p.setIncludeFollowup(e.target.checked)}
      />
    </>
  );
}

function StageLegend() {
  const { t } = useLocale();
  const stageName = useStageNames();
  return (
    <div className="legend" aria-hidden="true">
      {(['planning', 'competition', 'followup'] as const).map((s) => (
        <span key={s}>
          <span className="swatch" style={{ background: STAGE_FILL[s] }} />
          {stageName[s]}
        </span>
      ))}
      <span>
        <span className="marker-key" />
        {t('portfolioLegendPlanned')}
      </span>
    </div>
  );
}

/** The years and their quarters across the top, and today marked. */
function TimelineAxis({ scale: { width, px, years }, today }: { scale: TimeScale; today: string }) {
  const { t } = useLocale();
  return (
    <div className="gantt-axis" style={{ paddingLeft: LABEL_W }} aria-hidden="true">
      <svg width={width} height={26}>
        {years.map((y) => (
          <g key={y}>
            <line x1={px(`${y}-01-01`)} x2={px(`${y}-01-01`)} y1={0} y2={26} className="gantt-year-line" />
            <text x={px(`${y}-01-01`) + 4} y={12} className="chart-axis">
              {y}
            </text>
            {[4, 7, 10].map((m) => (
              <line
                key={m}
                x1={px(`${y}-${String(m).padStart(2, '0')}-01`)}
                x2={px(`${y}-${String(m).padStart(2, '0')}-01`)}
                y1={16}
                y2={26}
                className="gantt-quarter-line"
              />
            ))}
          </g>
        ))}
        <text x={px(today) + 3} y={24} className="chart-axis today-label">
          {t('portfolioToday')}
        </text>
      </svg>
    </div>
  );
}

/** One case: its label, its stages as bars, and its planned dates as markers; the bars said in words for a screen reader. */
function TimelineRow({
  r,
  index,
  top,
  count,
  scale: { width, px },
}: {
  r: PortfolioRow;
  index: number;
  top: number;
  count: number;
  scale: TimeScale;
}) {
  const { t, locale } = useLocale();
  const stageName = useStageNames();
  const text = [
    ...r.segments.map((s) => `${stageName[s.stage]} ${formatDate(s.from, locale)}–${formatDate(s.to, locale)}`),
    r.plannedNoticeDate ? `${t('colPlannedNotice')} ${formatDate(r.plannedNoticeDate, locale)}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <li
      className="gantt-row"
      aria-setsize={count}
      aria-posinset={index + 1}
      style={{ transform: `translateY(${top}px)`, height: ROW }}
    >
      <a className="gantt-label" href={href.case(r.id)} style={{ width: LABEL_W }} title={r.title}>
        <span className="mono">{r.caseNumber}</span> {r.title}
      </a>
      <svg width={width} height={ROW} role="img" aria-label={text}>
        {r.segments.map((s, i) => (
          <rect
            key={i}
            x={px(s.from)}
            y={8}
            width={Math.max(2, px(s.to) - px(s.from))}
            height={ROW - 16}
            rx={2}
            style={{ fill: STAGE_FILL[s.stage] }}
          />
        ))}
        {[r.plannedNoticeDate, r.plannedAwardDate, r.plannedContractStart].map((d, i) =>
          d ? <path key={i} d={`M${px(d)},${ROW / 2 - 6} l5,6 l-5,6 l-5,-6 z`} className="gantt-marker" /> : null,
        )}
      </svg>
    </li>
  );
}
