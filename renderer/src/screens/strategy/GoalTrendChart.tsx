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
const M = { top: 18, right: 8, bottom: 22, left: 8 };

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
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={t('goalTrendLabel', { title, values: described, target: fmt(target) })} className="goal-chart">
      <Group>
        {values.map((v) => {
          const bx = x(v.year) ?? 0;
          const top = y(v.value ?? 0);
          return (
            <g key={v.year}>
              <Bar x={bx} y={top} width={x.bandwidth()} height={H - M.bottom - top} style={{ fill: STATUS_FILL[v.status] }} rx={2} />
              <text x={bx + x.bandwidth() / 2} y={top - 4} textAnchor="middle" className="chart-value">
                {v.value === null ? t('goalNoFigure') : fmt(v.value)}
              </text>
            </g>
          );
        })}
        <Line from={{ x: M.left, y: y(target) }} to={{ x: W - M.right, y: y(target) }} className="target-line" strokeDasharray="5 4" />
      </Group>
      <AxisBottom top={H - M.bottom} scale={x} hideTicks tickLabelProps={() => ({ className: 'chart-axis', textAnchor: 'middle' })} stroke="var(--ds-color-neutral-border-default)" />
    </svg>
  );
}
