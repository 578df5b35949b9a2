import { Button, Field, Heading, Label, Paragraph, Select, Spinner, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  formatAmount,
  formatDate,
  formatGoalValue,
  goalMeasureDef,
  themeDefs,
  type GoalStatus,
  type Output,
} from '../../../../core/index.js';
import { query } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { GoalTrendChart } from './GoalTrendChart.js';

const STATUS_COLOR: Record<GoalStatus, 'success' | 'info' | 'warning' | 'neutral'> = {
  met: 'success',
  on_track: 'info',
  behind: 'warning',
  no_data: 'neutral',
};

type Dashboard = Output<'strategy.dashboard'>;

/** The dashboard: each goal of the adopted strategy, its target, where it stands and its trend. */
export function GoalsScreen() {
  const { t } = useLocale();
  const [id, setId] = useState<number | undefined>(undefined);
  const q = useQuery(query('strategy.dashboard', id === undefined ? {} : { id }));
  if (!q.data) return <Spinner aria-label="…" />;
  const d = q.data;
  if (!d.strategy) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {t('goalsHeading')}
        </Heading>
        <Paragraph>{t('noStrategy')}</Paragraph>
        <Button asChild>
          <a href={href.newStrategy()}>{t('newStrategy')}</a>
        </Button>
      </>
    );
  }
  const year = d.years.at(-1)!;
  return (
    <>
      <StrategyHead strategy={d.strategy} strategies={d.strategies} onPick={setId} />
      <ul className="goal-grid" aria-label={t('goalsHeading')}>
        {d.goals.map((g) => (
          <GoalCard key={g.id} g={g} year={year} />
        ))}
      </ul>
    </>
  );
}

/** The strategy's title and period, a choice among strategies when there are several, and editing or making one. */
function StrategyHead({
  strategy: s,
  strategies,
  onPick,
}: {
  strategy: NonNullable<Dashboard['strategy']>;
  strategies: Dashboard['strategies'];
  onPick: (id: number) => void;
}) {
  const { t, locale } = useLocale();
  return (
    <div className="page-head">
      <div>
        <Heading level={1} data-size="lg">
          {s.title}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('strategyPeriod', { from: s.fromYear, to: s.toYear })}
          {s.adoptedDate
            ? ` · ${t('strategyAdopted', { date: formatDate(s.adoptedDate, locale), by: s.adoptedBy || '–' })}`
            : ''}
        </Paragraph>
      </div>
      <div className="actions">
        {strategies.length > 1 && (
          <Field>
            <Label htmlFor="strategy-pick">{t('strategyPick')}</Label>
            <Select id="strategy-pick" value={String(s.id)} onChange={(e) => onPick(Number(e.target.value))}>
              {strategies.map((x) => (
                <Select.Option
                  key={x.id}
                  value={String(x.id)}
                >{`${x.title} (${x.fromYear}–${x.toYear})`}</Select.Option>
              ))}
            </Select>
          </Field>
        )}
        <Button asChild variant="secondary">
          <a href={href.editStrategy(s.id)}>{t('editStrategy')}</a>
        </Button>
        <Button asChild variant="tertiary">
          <a href={href.newStrategy()}>{t('newStrategy')}</a>
        </Button>
      </div>
    </div>
  );
}

/** One goal: its theme and status, the figure for the year against the target, and its trend. */
function GoalCard({ g, year }: { g: Dashboard['goals'][number]; year: number }) {
  const { t, label, locale } = useLocale();
  const def = goalMeasureDef(g.measure);
  const now = g.values.find((v) => v.year === year);
  const fmt = (v: number) => formatGoalValue(def.unit, v, locale);
  return (
    <li className="goal-card" data-testid={`goal-${g.measure}`}>
      <div className="goal-top">
        <Tag data-size="sm" data-color="neutral">
          {label(themeDefs.find((x) => x.code === g.theme))}
        </Tag>
        {now && (
          <Tag data-size="sm" data-color={STATUS_COLOR[now.status]} data-testid="goal-status">
            {t('goalStatus', { status: now.status })}
          </Tag>
        )}
      </div>
      <Heading level={2} data-size="xs" className="goal-title">
        {g.title}
      </Heading>
      <div className="goal-figures">
        <div>
          <span className="figure-label">{t('goalNow', { year })}</span>
          <span className="figure" data-testid="goal-value" data-value={now?.value ?? ''}>
            {now?.value === null || !now ? t('goalNoFigure') : fmt(now.value)}
          </span>
          {def.unit === 'share' && now && now.den > 0 && (
            <span className="figure-basis">
              {t(g.measure === 'effort_share' ? 'goalBasisDays' : 'goalBasis', {
                num: formatAmount(now.num, locale),
                den: formatAmount(now.den, locale),
              })}
            </span>
          )}
        </div>
        <div>
          <span className="figure-label">{t('goalTarget')}</span>
          <span className="figure target">{fmt(g.target)}</span>
        </div>
      </div>
      {g.title !== def[locale] && (
        <Paragraph data-size="xs" className="muted">
          {def[locale]}
        </Paragraph>
      )}
      <GoalTrendChart title={g.title} unit={def.unit} target={g.target} values={g.values} />
    </li>
  );
}
