import { Fieldset, Textfield } from '@digdir/designsystemet-react';
import { NORM_PHASES, phaseDef, type NormPhase } from '../../../core/index.js';
import { useLocale } from '../i18n/locale.js';

export type PhaseNormInputs = Record<NormPhase, string>;

export const normInputs = (norms: Record<NormPhase, number>): PhaseNormInputs =>
  Object.fromEntries(NORM_PHASES.map((p) => [p, String(norms[p])])) as PhaseNormInputs;

/** The norms as the contract takes them (an empty field is no number, refused on its field). */
export const normValues = (inputs: PhaseNormInputs): Record<NormPhase, number> =>
  Object.fromEntries(
    NORM_PHASES.map((p) => [p, inputs[p].trim() === '' ? Number.NaN : Number(inputs[p].replace(/\s/g, ''))]),
  ) as Record<NormPhase, number>;

/** The office's norm per phase in days (Innstillinger), part of the settings form: when "Min oversikt" says a case has stalled. */
export function PhaseNormFields({
  value,
  onChange,
  errorOf,
}: {
  value: PhaseNormInputs;
  onChange(v: PhaseNormInputs): void;
  errorOf(path: string): string | undefined;
}) {
  const { t, label } = useLocale();
  return (
    <Fieldset>
      <Fieldset.Legend>{t('phaseNormsHeading')}</Fieldset.Legend>
      <Fieldset.Description>{t('phaseNormsHelp')}</Fieldset.Description>
      <div className="norm-grid">
        {NORM_PHASES.map((p) => (
          <Textfield
            key={p}
            id={`f-norm-${p}`}
            data-size="sm"
            label={t('phaseNormDays', { phase: label(phaseDef(p)) })}
            inputMode="numeric"
            value={value[p]}
            onChange={(e) => onChange({ ...value, [p]: e.target.value })}
            error={errorOf(`phaseNorms.${p}`)}
          />
        ))}
      </div>
    </Fieldset>
  );
}
