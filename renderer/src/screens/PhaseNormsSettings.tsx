import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { NORM_PHASES, phaseDef, type NormPhase } from '../../../core/index.js';
import { call } from '../api/client.js';
import { useLocale } from '../i18n/locale.js';
import { useIssues } from '../lib/useIssues.js';

/** The office's norm per phase in days (Innstillinger): when "Min oversikt" says a case has stalled. */
export function PhaseNormsSettings({ initial }: { initial: Record<NormPhase, number> }) {
  const { t, label } = useLocale();
  const f = useIssues();
  const [norms, setNorms] = useState<Record<NormPhase, string>>(() => Object.fromEntries(NORM_PHASES.map((p) => [p, String(initial[p])])) as Record<NormPhase, string>);
  const [saved, setSaved] = useState(false);
  const input = () => ({ phaseNorms: Object.fromEntries(NORM_PHASES.map((p) => [p, norms[p].trim() === '' ? Number.NaN : Number(norms[p])])) });
  const save = useMutation({
    mutationFn: (i: ReturnType<typeof input>) => call('settings.set', i),
    onSuccess: () => setSaved(true),
    onError: f.fromError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const i = input();
    if (f.check('settings.set', i)) save.mutate(i);
  };
  return (
    <form className="narrow-form" onSubmit={submit} noValidate aria-labelledby="phase-norms-h">
      <div className="panel form-main">
        <Heading level={2} id="phase-norms-h" data-size="sm">{t('phaseNormsHeading')}</Heading>
        <Paragraph data-size="sm" className="muted">{t('phaseNormsHelp')}</Paragraph>
        <div className="norm-grid">
          {NORM_PHASES.map((p) => (
            <Textfield
              key={p}
              id={`f-norm-${p}`}
              data-size="sm"
              label={t('phaseNormDays', { phase: label(phaseDef(p)) })}
              inputMode="numeric"
              value={norms[p]}
              onChange={(e) => setNorms({ ...norms, [p]: e.target.value })}
              error={f.errorOf(`phaseNorms.${p}`)}
            />
          ))}
        </div>
        <div className="actions">
          <Button type="submit" disabled={save.isPending}>{t('savePhaseNorms')}</Button>
        </div>
        {saved && <Alert data-color="success" role="status">{t('phaseNormsSaved')}</Alert>}
        {f.general && <Alert data-color="danger">{f.general}</Alert>}
      </div>
    </form>
  );
}
