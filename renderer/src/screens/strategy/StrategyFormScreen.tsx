import { Alert, Button, Fieldset, Heading, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  goalMeasureDef,
  goalMeasureDefs,
  currencyMark,
  themeDefs,
  type GoalMeasure,
  type Strategy,
  type Theme,
} from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { FormErrors } from '../../components/FormErrors.js';
import { useLocale } from '../../i18n/locale.js';
import type { StringKey } from '../../i18n/strings.js';
import { href, navigate } from '../../lib/router.js';
import { moneyOf, useIssues } from '../../lib/useIssues.js';
import { DateField } from '../../components/DateField.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { FormActions } from '../../components/FormActions.js';
import { useEditConflict } from '../../lib/useEditConflict.js';

const LABELS: Record<string, StringKey> = {
  title: 'strategyTitle',
  fromYear: 'strategyFrom',
  toYear: 'strategyTo',
  adoptedDate: 'strategyAdoptedDate',
  adoptedBy: 'strategyAdoptedBy',
  goals: 'strategyGoals',
};

interface GoalRow {
  measure: GoalMeasure;
  theme: Theme;
  /** As typed: per cent for a share, a number or kroner otherwise. */
  target: string;
  title: string;
}

export function StrategyFormScreen({ id }: { id?: number }) {
  const existing = useQuery({ ...query('strategy.get', { id: id! }), enabled: id !== undefined });
  if (id !== undefined && !existing.data)
    return existing.error ? <Alert data-color="danger">{existing.error.message}</Alert> : <Spinner aria-label="…" />;
  return <StrategyForm key={id ?? 'new'} existing={existing.data} />;
}

const targetText = (measure: GoalMeasure, v: number) => {
  const unit = goalMeasureDef(measure).unit;
  return unit === 'share' ? String(Math.round(v * 1000) / 10) : String(v);
};

/** A strategy's values as the form holds them. */
const valuesOf = (s: Strategy) => ({
  title: s.title,
  fromYear: String(s.fromYear),
  toYear: String(s.toYear),
  adoptedDate: s.adoptedDate ?? '',
  adoptedBy: s.adoptedBy,
  goals: s.goals.map((g): GoalRow => ({
    measure: g.measure,
    theme: g.theme,
    target: targetText(g.measure, g.target),
    title: g.title,
  })),
});
type Values = ReturnType<typeof valuesOf>;

/** The strategy a save sends, from the form's values (a target that cannot be read is sent as typed, for the check to name). */
const strategyOf = (v: Values) => ({
  title: v.title,
  fromYear: Number(v.fromYear),
  toYear: Number(v.toYear),
  adoptedDate: v.adoptedDate || null,
  adoptedBy: v.adoptedBy,
  goals: v.goals.map((g) => {
    const unit = goalMeasureDef(g.measure).unit;
    const n = unit === 'nok' ? (moneyOf(g.target) ?? null) : Number(g.target.replace(',', '.').replace(/[%\s]/g, ''));
    const target = g.target.trim() === '' || n === null || Number.isNaN(n) ? g.target : unit === 'share' ? n / 100 : n;
    return { measure: g.measure, theme: g.theme, target, title: g.title };
  }),
});

function StrategyForm({ existing: current }: { existing?: Strategy }) {
  // The strategy as the form opened it: a refresh showing another's newer save must not carry the form over it (a 409 says so).
  const [existing] = useState(current);
  const { t, label, locale } = useLocale();
  const f = useIssues({ prefix: 'strategy.' });
  const year = new Date().getFullYear();
  const [title, setTitle] = useState(existing?.title ?? '');
  const [fromYear, setFromYear] = useState(String(existing?.fromYear ?? year));
  const [toYear, setToYear] = useState(String(existing?.toYear ?? year + 3));
  const [adoptedDate, setAdoptedDate] = useState(existing?.adoptedDate ?? '');
  const [adoptedBy, setAdoptedBy] = useState(existing?.adoptedBy ?? '');
  const [goals, setGoals] = useState<GoalRow[]>(
    existing?.goals.map((g) => ({
      measure: g.measure,
      theme: g.theme,
      target: targetText(g.measure, g.target),
      title: g.title,
    })) ?? goalMeasureDefs.map((d) => ({ measure: d.code, theme: d.theme, target: '', title: '' })),
  );
  const save = useMutation({
    mutationFn: (input: unknown) => call('strategy.save', input as never),
    onSuccess: () => {
      navigate(href.goals());
    },
    onError: (e) => void (edit.caught(e) || f.fromError(e)),
  });
  const values: Values = { title, fromYear, toYear, adoptedDate, adoptedBy, goals };
  function load(v: Values) {
    setTitle(v.title);
    setFromYear(v.fromYear);
    setToYear(v.toYear);
    setAdoptedDate(v.adoptedDate);
    setAdoptedBy(v.adoptedBy);
    setGoals(v.goals);
  }
  // The version a save goes on from, and a save that crossed another's (lib/useEditConflict.tsx).
  const edit = useEditConflict({
    opened: existing,
    valuesOf,
    values,
    load,
    send: (from: Strategy, v) => send(from, v),
    // Each goal as one line: its measure by name, its target as typed, its own title.
    shown: (v) => ({
      ...v,
      goals: v.goals.map((g) =>
        [
          label(goalMeasureDef(g.measure)),
          g.target && `${g.target}${goalMeasureDef(g.measure).unit === 'share' ? ' %' : ''}`,
          g.title,
        ]
          .filter(Boolean)
          .join(' – '),
      ),
    }),
    labelOf: (k) => (LABELS[k] ? t(LABELS[k]) : undefined),
  });
  const setGoal = (i: number, patch: Partial<GoalRow>) =>
    setGoals((l) => l.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  // The service names fields under `strategy.`; the form's ids leave it out.
  // The summary names fields as the form does: goals.0.title, not strategy.goals.0.title.
  const issues = f.issues.map((i) => ({ ...i, path: i.path.replace(/^strategy\./, '') }));
  const errorOf = f.errorOf;

  /** Saves values: a correction on the version it goes on from, or a new strategy. */
  function send(from: Strategy | undefined, v: Values = values) {
    f.clear();
    const strategy = strategyOf(v);
    const input = from ? { id: from.id, version: from.version, strategy } : { strategy };
    const money = Object.fromEntries(
      v.goals.flatMap((g, i) =>
        goalMeasureDef(g.measure).unit === 'nok' ? [[`strategy.goals.${i}.target`, g.target]] : [],
      ),
    );
    if (f.check('strategy.save', input, money)) save.mutate(input);
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    send(edit.base);
  }

  return (
    <form className="narrow-form" onSubmit={submit} noValidate>
      <p className="breadcrumb">
        <a href={href.goals()}>{t('goalsHeading')}</a>
      </p>
      <Heading level={1} data-size="lg">
        {existing ? `${t('editStrategy')}: ${existing.title}` : t('newStrategy')}
      </Heading>
      <FormErrors
        issues={issues}
        general={f.general}
        labelOf={(p) => (LABELS[p.split('.')[0]!] ? t(LABELS[p.split('.')[0]!]!) : undefined)}
      />
      {edit.panel(save.isPending)}
      <div className="panel form-main">
        <Textfield
          id="f-title"
          label={t('strategyTitle')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={errorOf('title')}
        />
        <div className="row-2">
          <Textfield
            id="f-fromYear"
            label={t('strategyFrom')}
            inputMode="numeric"
            value={fromYear}
            onChange={(e) => setFromYear(e.target.value)}
            error={errorOf('fromYear')}
          />
          <Textfield
            id="f-toYear"
            label={t('strategyTo')}
            inputMode="numeric"
            value={toYear}
            onChange={(e) => setToYear(e.target.value)}
            error={errorOf('toYear')}
          />
        </div>
        <div className="row-2">
          <DateField
            id="f-adoptedDate"
            label={t('strategyAdoptedDate')}
            value={adoptedDate}
            onChange={setAdoptedDate}
            error={errorOf('adoptedDate')}
          />
          <Textfield
            id="f-adoptedBy"
            label={t('strategyAdoptedBy')}
            value={adoptedBy}
            onChange={(e) => setAdoptedBy(e.target.value)}
            error={errorOf('adoptedBy')}
          />
        </div>
        <Fieldset id="f-goals" tabIndex={-1}>
          <Fieldset.Legend>{t('strategyGoals')}</Fieldset.Legend>
          {goals.map((g, i) => {
            const unit = goalMeasureDef(g.measure).unit;
            return (
              <div key={i} className="goal-row" role="group" aria-label={t('goalN', { n: i + 1 })}>
                <div className="row-2">
                  <CodeSelect
                    id={`goal-${i}-measure`}
                    label={t('goalMeasure')}
                    defs={goalMeasureDefs}
                    value={g.measure}
                    onChange={(v) =>
                      setGoal(i, { measure: v as GoalMeasure, theme: goalMeasureDef(v as GoalMeasure).theme })
                    }
                  />
                  <CodeSelect
                    id={`goal-${i}-theme`}
                    label={t('goalTheme')}
                    defs={themeDefs}
                    value={g.theme}
                    onChange={(v) => setGoal(i, { theme: v as Theme })}
                  />
                </div>
                <div className="row-2">
                  <Textfield
                    id={`goal-${i}-target`}
                    label={t(
                      unit === 'share' ? 'goalTargetShare' : unit === 'nok' ? 'goalTargetNok' : 'goalTargetField',
                    )}
                    inputMode="decimal"
                    suffix={unit === 'share' ? '%' : unit === 'nok' ? currencyMark(locale) : undefined}
                    value={g.target}
                    onChange={(e) => setGoal(i, { target: e.target.value })}
                    error={errorOf(`goals.${i}.target`)}
                  />
                  <Textfield
                    id={`goal-${i}-title`}
                    label={t('goalTitle')}
                    value={g.title}
                    onChange={(e) => setGoal(i, { title: e.target.value })}
                    error={errorOf(`goals.${i}.title`)}
                  />
                </div>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => setGoals((l) => l.filter((_, j) => j !== i))}
                >
                  {t('removeGoal', { n: i + 1 })}
                </Button>
              </div>
            );
          })}
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() =>
              setGoals((l) => [...l, { measure: 'climate_share', theme: 'klima_miljo', target: '', title: '' }])
            }
          >
            {t('addGoal')}
          </Button>
        </Fieldset>
        <FormActions busy={save.isPending} cancelTo={href.goals()} />
      </div>
    </form>
  );
}
