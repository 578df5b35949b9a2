import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { formatGoalValue, type GoalStatus, type GoalUnit } from '../../../../core/index.js';
import { useLocale } from '../../i18n/locale.js';

// visx draws plain SVG from scales we size ourselves: no layout measuring,
// no animation, so the chart is the same on screen, in a print route and in
// a PDF, and it is ready on the first render.
const W = 320;
const H = 150;
const M = { top: 20, right: 8, bottom: 22, left: 8 };
/** A figure label's height (11 px text). */
const LABEL_H = 10;

const STATUS_FILL: Record<GoalStatus, string> = {
  met: 'var(--ds-color-success-base-default)',
  on_track: 'var(--ds-color-info-base-default)',
  behind: 'var(--ds-color-warning-base-default)',
  no_data: 'var(--ds-color-neutral-border-subtle)',
};

export function GoalTrendChart({
  title,
  unit,
  target,
  values,
}: {
  title: string;
  unit: GoalUnit;
  target: number;
  values: readonly { year: number; value: number | null; status: GoalStatus }[];
}) {
  const { t, locale } = useLocale();
  const max = Math.max(target * 1.15, ...values.map((v) => v.value ?? 0), unit === 'share' ? 0.1 : 1);
  const x = scaleBand<number>({ domain: values.map((v) => v.year), range: [M.left, W - M.right], padding: 0.3 });
  const y = scaleLinear<number>({ domain: [0, max], range: [H - M.bottom, M.top] });
  const fmt = (v: number) => formatGoalValue(unit, v, locale);
  const described = values.map((v) => `${v.year} ${v.value === null ? t('goalNoFigure') : fmt(v.value)}`).join(', ');
  const ty = y(target);
  // A figure's label sits above its bar, and never on the target line: where the two would meet, it moves above the line.
  const labelY = (top: number) => (top - 4 - LABEL_H <= ty + 2 && top - 4 >= ty - 2 ? ty - 5 : top - 4);
  return (
    <figure className="chart goal-figure">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={t('goalTrendLabel', { title, values: described, target: fmt(target) })}
        className="goal-chart"
      >
        <Group>
          {values.map((v) => {
            const bx = x(v.year) ?? 0;
            const top = y(v.value ?? 0);
            return (
              <Bar
                key={v.year}
                x={bx}
                y={top}
                width={x.bandwidth()}
                height={H - M.bottom - top}
                style={{ fill: STATUS_FILL[v.status] }}
                rx={2}
              />
            );
          })}
          <Line
            from={{ x: M.left, y: ty }}
            to={{ x: W - M.right, y: ty }}
            className="target-line"
            strokeDasharray="5 4"
          />
          {values.map((v) => {
            const bx = x(v.year) ?? 0;
            return (
              <text
                key={v.year}
                x={bx + x.bandwidth() / 2}
                y={labelY(y(v.value ?? 0))}
                textAnchor="middle"
                className="chart-value"
              >
                {v.value === null ? t('goalNoFigure') : fmt(v.value)}
              </text>
            );
          })}
        </Group>
        <AxisBottom
          top={H - M.bottom}
          scale={x}
          hideTicks
          tickLabelProps={() => ({ className: 'chart-axis', textAnchor: 'middle' })}
          stroke="var(--ds-color-neutral-border-default)"
        />
      </svg>
      <figcaption className="chart-key">{t('goalChartKey', { unit, target: fmt(target) })}</figcaption>
    </figure>
  );
}
