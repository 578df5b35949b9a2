import { Alert, Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { baselineKindDefs, formatAmount, formatNok, parseNok, type BaselineKind, type CaseDetail } from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { useIssues } from '../../lib/useIssues.js';
import { query } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { BenefitsEditor } from './BenefitsEditor.js';

/** A case's saving: baseline, awarded value and period, and savings realised year by year. */
export function SavingsPanel({ c }: { c: CaseDetail }) {
  const { t, label, locale } = useLocale();
  const q = useQuery(query('savings.get', { caseId: c.id }));
  const [kind, setKind] = useState<BaselineKind>('previous_contract');
  const [baseline, setBaseline] = useState('');
  const [awarded, setAwarded] = useState(formatAmount(c.estimatedValue));
  const [period, setPeriod] = useState('48');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [amount, setAmount] = useState('');
  const f = useIssues();
  useEffect(() => {
    const s = q.data?.saving;
    if (s) {
      setKind(s.baselineKind);
      setBaseline(formatAmount(s.baselineValue));
      setAwarded(formatAmount(s.awardedValue));
      setPeriod(String(s.periodMonths));
    }
  }, [q.data?.saving]);
  const onError = f.fromError;
  const onSuccess = () => {
    f.clear();
  };
  const num = (s: string) => parseNok(s) ?? (s.trim() ? (s as unknown as number) : (undefined as unknown as number));
  const save = useMutation({ mutationFn: () => call('savings.set', { caseId: c.id, baselineKind: kind, baselineValue: num(baseline), awardedValue: num(awarded), periodMonths: Number(period) }), onSuccess, onError });
  const saveRealised = useMutation({ mutationFn: () => call('savings.setRealised', { caseId: c.id, year: Number(year), amount: num(amount) }), onSuccess: () => (setAmount(''), onSuccess()), onError });
  const err = f.errorOf;
  const s = q.data?.saving;
  return (
    <section aria-labelledby="savings-h" className="panel dialogue-section">
      <h2 id="savings-h" className="ds-heading" data-size="sm">{t('savingsCase')}</h2>
      {f.others(['baselineValue', 'baselineKind', 'awardedValue', 'periodMonths', 'year', 'amount']).map((message) => <Alert key={message} data-color="danger" data-size="sm">{message}</Alert>)}
      {s && (
        <dl className="stages" data-testid="case-saving">
          <div><dt>{t('savingTotal')}</dt><dd>{formatNok(s.total, locale)}</dd></div>
          <div><dt>{t('savingPerYear')}</dt><dd>{formatNok(s.perYear, locale)}</dd></div>
          <div><dt>{t('realised')}</dt><dd>{formatNok((q.data?.realised ?? []).reduce((a, r) => a + r.amount, 0), locale)}</dd></div>
        </dl>
      )}
      <Paragraph data-size="sm" className="muted">{q.data?.awardYear ? t('awardYearNote', { year: q.data.awardYear }) : t('notAwardedNote')}</Paragraph>
      <div className="row-4">
        <Field>
          <Label htmlFor="sv-kind">{t('baselineKind')}</Label>
          <Select id="sv-kind" value={kind} onChange={(e) => setKind(e.target.value as BaselineKind)}>
            {baselineKindDefs.map((d) => <Select.Option key={d.code} value={d.code}>{label(d)}</Select.Option>)}
          </Select>
        </Field>
        <Textfield id="sv-baseline" label={t('baselineValue')} inputMode="numeric" value={baseline} onChange={(e) => setBaseline(e.target.value)} error={err('baselineValue')} />
        <Textfield id="sv-awarded" label={t('awardedValue')} inputMode="numeric" value={awarded} onChange={(e) => setAwarded(e.target.value)} error={err('awardedValue')} />
        <Textfield id="sv-period" label={t('periodMonths')} inputMode="numeric" value={period} onChange={(e) => setPeriod(e.target.value)} error={err('periodMonths')} />
      </div>
      <Button data-size="sm" onClick={() => save.mutate()} loading={save.isPending}>{t('saveSaving')}</Button>
      {s && (
        <div className="row-4">
          <Textfield id="sv-year" label={t('realisedYear')} inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} error={err('year')} />
          <Textfield id="sv-amount" label={t('realisedAmount')} inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)} error={err('amount')} />
          <Button data-size="sm" variant="secondary" onClick={() => saveRealised.mutate()} loading={saveRealised.isPending}>{t('saveRealised')}</Button>
        </div>
      )}
      {q.data && <BenefitsEditor key={q.data.benefits.map((b) => b.text).join('|')} caseId={c.id} themes={c.themes} benefits={q.data.benefits} />}
    </section>
  );
}
