import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import {
  formatDate,
  formatNok,
  groundSetDefs,
  kindDefs,
  procedureDefs,
  regimeDefs,
  regimeFor,
  THRESHOLD_NOTE_CODES,
  thresholdPeriods,
  warningText,
  type Kind,
  type Procedure,
  type RegimeResult,
} from '../../../core/index.js';
import { query } from '../api/queries.js';
import { useLocale } from '../i18n/locale.js';

/** The live regime of what the form holds, by the table the service applies (the shipped periods with the office's own laid over them). */
export function useRegime(input: {
  value: number | null;
  kind: Kind | '';
  date: string;
  procedure: Procedure | null;
  ground: string | null;
}): RegimeResult | null {
  const table = useQuery(query('thresholds.list', {})).data?.table;
  const { value, kind } = input;
  if (value === null) return null;
  if (kind) return regimeFor({ ...input, kind, value }, table ?? thresholdPeriods);
  // No kind chosen yet: shown only where every kind gives the same part of the regulation (below the national threshold).
  const each = kindDefs.map((k) => regimeFor({ ...input, kind: k.code, value }, table ?? thresholdPeriods));
  return each.every((r) => r.regime === each[0]!.regime) ? each[0]! : null;
}

/** Live answer to "which rules apply?", recomputed as the value is typed: the same core rule the service uses. */
export function RegimePanel({ r, kind, date }: { r: RegimeResult | null; kind: Kind | ''; date: string }) {
  const { t, label, locale } = useLocale();
  if (r === null) {
    return (
      <section className="regime" aria-labelledby="regime-h">
        <Heading level={2} id="regime-h" data-size="xs">
          {t('regimeHeading')}
        </Heading>
        <Paragraph data-size="sm">{t('regimeHint')}</Paragraph>
      </section>
    );
  }
  const regime = regimeDefs.find((d) => d.code === r.regime);
  const eea = kind ? r.thresholds?.eea[kind] : undefined;
  const thresholdNotes = r.warnings.filter((w) => THRESHOLD_NOTE_CODES.includes(w.code));
  const ruleWarnings = r.warnings.filter((w) => !THRESHOLD_NOTE_CODES.includes(w.code));
  return (
    <section className="regime" aria-labelledby="regime-h" aria-live="polite">
      <Heading level={2} id="regime-h" data-size="xs">
        {t('regimeHeading')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('regimeBasis', { date: formatDate(date, locale) })}
      </Paragraph>
      {regime && (
        <Paragraph data-testid="regime">
          <strong>{label(regime)}</strong>
        </Paragraph>
      )}
      {regime && (
        <Paragraph data-size="sm" className="muted" data-testid="regime-basis">
          {regime.basis}
        </Paragraph>
      )}
      {r.thresholds && (
        <Paragraph data-size="sm">
          {t('regimeThresholds', {
            national: formatNok(r.thresholds.national, locale),
            eea: eea == null ? '?' : formatNok(eea, locale),
          })}
          <br />
          <span className="muted" data-testid="threshold-source">
            {t(r.thresholds.origin === 'office' ? 'regimeSourceOffice' : 'regimeSource', {
              regulation: r.thresholds.source.regulation,
              from: formatDate(r.thresholds.validFrom, locale),
            })}
          </span>
        </Paragraph>
      )}
      {thresholdNotes.map((w) => (
        <Alert
          key={w.code}
          data-color={w.code === 'lastKnownThresholds' ? 'warning' : 'info'}
          data-size="sm"
          data-testid="threshold-notice"
        >
          {warningText(w, locale)}
        </Alert>
      ))}
      {r.allowed.length > 0 && (
        <>
          <Paragraph data-size="sm">
            <strong>{t('regimeAllowed')}:</strong>
          </Paragraph>
          <ul className="allowed">
            {r.allowed.map((p) => (
              <li key={p}>{label(procedureDefs.find((d) => d.code === p))}</li>
            ))}
          </ul>
        </>
      )}
      {r.grounded.length > 0 && (
        <>
          <Paragraph data-size="sm">
            <strong>{t('regimeGrounded')}:</strong>
          </Paragraph>
          <ul className="allowed" data-testid="regime-grounded">
            {r.grounded.map((g) => (
              <li key={g.procedure}>
                {label(procedureDefs.find((d) => d.code === g.procedure))} (
                {groundSetDefs.find((s) => s.code === g.set)!.short[locale]})
              </li>
            ))}
          </ul>
        </>
      )}
      {ruleWarnings.map((w) => (
        <Alert key={w.code} data-color="warning" data-size="sm" data-testid="procedure-warning">
          {warningText(w, locale)}
        </Alert>
      ))}
    </section>
  );
}
