import { scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { phaseDef, type Phase } from '../../../../core/index.js';
import { useLocale } from '../../i18n/locale.js';

// Small SVG charts drawn with visx scales and shapes (as GoalTrendChart):
// vector, so they print crisply, and sized by us, with no layout measuring,
// so they render the same on screen and in a print route.

const STAGE_COLORS = {
  planning: 'var(--ds-color-info-base-default)',
  competition: 'var(--ds-color-warning-base-default)',
  followup: 'var(--ds-color-success-base-default)',
};

export function StageShareBar({
  shares,
  label,
}: {
  shares: { planning: number; competition: number; followup: number };
  label: string;
}) {
  const { t } = useLocale();
  const parts = (['planning', 'competition', 'followup'] as const).map((k) => ({ k, v: shares[k] }));
  const x = scaleLinear<number>({ domain: [0, 1], range: [0, 600] });
  let at = 0;
  const names = { planning: t('stagePlanning'), competition: t('stageCompetition'), followup: t('stageFollowup') };
  const text = parts.map((p) => `${names[p.k]} ${Math.round(p.v * 100)} %`).join(', ');
  return (
    <figure className="chart">
      <svg viewBox="0 0 600 28" width="100%" role="img" aria-label={`${label}: ${text}`}>
        {parts.map((p) => {
          const r = <Bar key={p.k} x={x(at)} y={0} width={x(p.v)} height={28} style={{ fill: STAGE_COLORS[p.k] }} />;
          at += p.v;
          return r;
        })}
      </svg>
      <figcaption className="legend">
        {parts.map((p) => (
          <span key={p.k}>
            <span className="swatch" style={{ background: STAGE_COLORS[p.k] }} aria-hidden="true" />
            {names[p.k]} {Math.round(p.v * 100)} %
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** Median days per phase as bars, with the 25th–75th percentile as a whisker. */
export function PhaseDaysChart({
  stats,
  label,
}: {
  stats: { phase: Phase; median: number; p25: number; p75: number }[];
  label: string;
}) {
  const { label: l, t } = useLocale();
  const row = 26;
  const left = 190;
  const width = 600;
  // Room after the longest whisker for its median in days ("123 dager").
  const x = scaleLinear<number>({
    domain: [0, Math.max(1, ...stats.map((s) => s.p75))],
    range: [0, width - left - 80],
  });
  const scale = (d: number) => x(d);
  return (
    <svg
      viewBox={`0 0 ${width} ${stats.length * row + 8}`}
      width="100%"
      role="img"
      aria-label={label}
      className="chart"
    >
      {stats.map((s, i) => {
        const y = i * row + 4;
        const color = STAGE_COLORS[phaseDef(s.phase).stage ?? 'planning'];
        return (
          <g key={s.phase}>
            <text x={left - 8} y={y + 15} textAnchor="end" fontSize="13" fill="currentColor">
              {l(phaseDef(s.phase))}
            </text>
            <Bar x={left} y={y + 4} width={Math.max(1, scale(s.median))} height={14} style={{ fill: color }} />
            {/* The whisker: 25th to 75th percentile. */}
            <Line
              from={{ x: left + scale(s.p25), y: y + 11 }}
              to={{ x: left + scale(s.p75), y: y + 11 }}
              stroke="currentColor"
              strokeWidth={1.5}
            />
            <Line
              from={{ x: left + scale(s.p25), y: y + 6 }}
              to={{ x: left + scale(s.p25), y: y + 16 }}
              stroke="currentColor"
            />
            <Line
              from={{ x: left + scale(s.p75), y: y + 6 }}
              to={{ x: left + scale(s.p75), y: y + 16 }}
              stroke="currentColor"
            />
            <text x={left + scale(s.p75) + 6} y={y + 15} fontSize="12" fill="currentColor">
              {t('chartDays', { n: s.median })}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
