import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  baselineKindDefs,
  formatAmount,
  formatNok,
  type BaselineKind,
  type CaseDetail,
} from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { moneyOf, useIssues } from '../../lib/useIssues.js';
import { MoneyField } from '../../components/MoneyField.js';
import { query } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { BenefitsEditor } from './BenefitsEditor.js';
import { CodeSelect } from '../../components/CodeSelect.js';

/** A case's saving: baseline, awarded value and period, and savings realised year by year. */
export function SavingsPanel({ c }: { c: CaseDetail }) {
  const { t, locale } = useLocale();
  const q = useQuery(query('savings.get', { caseId: c.id }));
  const [kind, setKind] = useState<BaselineKind>('previous_contract');
  const [baseline, setBaseline] = useState('');
  const contracts = useQuery(query('contracts.list', { caseId: c.id }));
  // The awarded value starts from what was signed: the case's contracts' values where it has any, else its estimate.
  const contracted = contracts.data?.length ? contracts.data.reduce((sum, k) => sum + k.value, 0) : null;
  const [awardedText, setAwarded] = useState<string | null>(null);
  const awarded = awardedText ?? (contracts.isPending ? '' : formatAmount(contracted ?? c.estimatedValue));
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
  const save = useMutation({
    mutationFn: (input: Parameters<typeof call<'savings.set'>>[1]) => call('savings.set', input),
    onSuccess,
    onError,
  });
  const saveRealised = useMutation({
    mutationFn: (input: Parameters<typeof call<'savings.setRealised'>>[1]) => call('savings.setRealised', input),
    onSuccess: () => (setAmount(''), onSuccess()),
    onError,
  });
  const submitSaving = () => {
    const input = {
      caseId: c.id,
      baselineKind: kind,
      baselineValue: moneyOf(baseline),
      awardedValue: moneyOf(awarded),
      periodMonths: Number(period),
    };
    if (f.check('savings.set', input, { baselineValue: baseline, awardedValue: awarded })) save.mutate(input);
  };
  const submitRealised = () => {
    const input = { caseId: c.id, year: Number(year), amount: moneyOf(amount) };
    if (f.check('savings.setRealised', input, { amount })) saveRealised.mutate(input);
  };
  const err = f.errorOf;
  const s = q.data?.saving;
  return (
    <section aria-labelledby="savings-h" className="panel dialogue-section">
      <h2 id="savings-h" className="ds-heading" data-size="sm">
        {t('savingsCase')}
      </h2>
      {f.others(['baselineValue', 'baselineKind', 'awardedValue', 'periodMonths', 'year', 'amount']).map((message) => (
        <Alert key={message} data-color="danger" data-size="sm">
          {message}
        </Alert>
      ))}
      {s && (
        <dl className="stages" data-testid="case-saving">
          <div>
            <dt>{t('savingTotal')}</dt>
            <dd>{formatNok(s.total, locale)}</dd>
          </div>
          <div>
            <dt>{t('savingPerYear')}</dt>
            <dd>{formatNok(s.perYear, locale)}</dd>
          </div>
          <div>
            <dt>{t('realised')}</dt>
            <dd>
              {formatNok(
                (q.data?.realised ?? []).reduce((a, r) => a + r.amount, 0),
                locale,
              )}
            </dd>
          </div>
        </dl>
      )}
      <Paragraph data-size="sm" className="muted">
        {q.data?.awardYear ? t('awardYearNote', { year: q.data.awardYear }) : t('notAwardedNote')}
      </Paragraph>
      <div className="row-4">
        <CodeSelect
          id="sv-kind"
          label={t('baselineKind')}
          defs={baselineKindDefs}
          value={kind}
          onChange={(v) => setKind(v as BaselineKind)}
        />
        <MoneyField
          id="sv-baseline"
          label={t('baselineValue')}
          value={baseline}
          onChange={setBaseline}
          error={err('baselineValue')}
        />
        <MoneyField
          id="sv-awarded"
          label={t('awardedValue')}
          value={awarded}
          onChange={setAwarded}
          error={err('awardedValue')}
          description={contracted !== null && awardedText === null ? t('awardedFromContracts') : undefined}
        />
        <Textfield
          id="sv-period"
          label={t('periodMonths')}
          inputMode="numeric"
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          error={err('periodMonths')}
        />
      </div>
      <Button data-size="sm" onClick={submitSaving} loading={save.isPending}>
        {t('saveSaving')}
      </Button>
      {s && (
        <div className="row-4">
          <Textfield
            id="sv-year"
            label={t('realisedYear')}
            inputMode="numeric"
            value={year}
            onChange={(e) => setYear(e.target.value)}
            error={err('year')}
          />
          <MoneyField
            id="sv-amount"
            label={t('realisedAmount')}
            value={amount}
            onChange={setAmount}
            error={err('amount')}
          />
          <Button data-size="sm" variant="secondary" onClick={submitRealised} loading={saveRealised.isPending}>
            {t('saveRealised')}
          </Button>
        </div>
      )}
      {q.data && (
        <BenefitsEditor
          key={q.data.benefits.map((b) => b.text).join('|')}
          caseId={c.id}
          themes={c.themes}
          benefits={q.data.benefits}
        />
      )}
    </section>
  );
}
