import { Alert, Button, Fieldset, Heading, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { type ApprenticeDecision, type PaySector } from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { FormErrors } from '../../components/FormErrors.js';
import { SupplierPicker } from '../../components/SupplierPicker.js';
import { DutyFields } from './ContractDuties.js';
import { useLocale } from '../../i18n/locale.js';
import type { StringKey } from '../../i18n/strings.js';
import { href, navigate } from '../../lib/router.js';
import { moneyOf, useIssues } from '../../lib/useIssues.js';
import { MoneyField } from '../../components/MoneyField.js';
import { DateField } from '../../components/DateField.js';

const LABELS: Record<string, StringKey> = {
  caseId: 'navCases',
  title: 'contractTitle',
  supplierIds: 'contractSuppliers',
  value: 'contractValue',
  signedDate: 'signedDate',
  startDate: 'startDate',
  endDate: 'endDate',
  noticeMonths: 'noticeMonths',
  options: 'options',
};

export function ContractFormScreen({ caseId }: { caseId: number }) {
  const kase = useQuery(query('cases.get', { id: caseId }));
  const { t } = useLocale();
  const f = useIssues();
  const [title, setTitle] = useState('');
  const [suppliers, setSuppliers] = useState<{ id: number; name: string }[]>([]);
  const [value, setValue] = useState('');
  const [signedDate, setSignedDate] = useState('');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [noticeMonths, setNoticeMonths] = useState('3');
  const [owner, setOwner] = useState('');
  const [administrator, setAdministrator] = useState('');
  const [options, setOptions] = useState<{ lengthMonths: string; decideBy: string }[]>([]);
  const [paySector, setPaySector] = useState<PaySector | ''>('');
  const [apprenticeDecision, setApprenticeDecision] = useState<ApprenticeDecision | ''>('');
  const [apprenticeNote, setApprenticeNote] = useState('');
  const save = useMutation({
    mutationFn: (input: unknown) => call('contracts.create', input as never),
    onSuccess: (k) => {
      navigate(href.contract(k.id));
    },
    onError: f.fromError,
  });
  if (!kase.data) return kase.error ? <Alert data-color="danger">{kase.error.message}</Alert> : <Spinner aria-label="…" />;

  function submit(e: FormEvent) {
    e.preventDefault();
    f.clear();
    const input = {
      caseId,
      title,
      supplierIds: suppliers.map((s) => s.id),
      value: moneyOf(value),
      signedDate: signedDate || null,
      startDate,
      endDate,
      noticeMonths: Number(noticeMonths || 0),
      owner,
      administrator,
      options: options.map((o) => ({ lengthMonths: Number(o.lengthMonths), decideBy: o.decideBy })),
      paySector: paySector || null,
      apprenticeDecision: apprenticeDecision || null,
      apprenticeNote,
    };
    if (f.check('contracts.create', input, { value })) save.mutate(input);
  }
  const setOption = (i: number, patch: Partial<{ lengthMonths: string; decideBy: string }>) => setOptions((l) => l.map((o, j) => (j === i ? { ...o, ...patch } : o)));

  return (
    <form className="narrow-form" onSubmit={submit} noValidate>
      <p className="breadcrumb"><a href={href.case(caseId)}>{kase.data.caseNumber} {kase.data.title}</a></p>
      <Heading level={1} data-size="lg">{t('newContractHeading', { caseNumber: kase.data.caseNumber })}</Heading>
      <FormErrors issues={f.issues} general={f.general} labelOf={(p) => (LABELS[p.split('.')[0]!] ? t(LABELS[p.split('.')[0]!]!) : undefined)} />
      <div className="panel form-main">
        <Textfield id="f-title" label={t('contractTitle')} value={title} onChange={(e) => setTitle(e.target.value)} error={f.errorOf('title')} />
        <fieldset className="ds-fieldset" id="f-supplierIds">
          <legend className="ds-label">{t('contractSuppliers')}</legend>
          {f.errorOf('supplierIds') && <p className="field-error" role="alert">{f.errorOf('supplierIds')}</p>}
          <ul className="plain">
            {suppliers.map((s) => (
              <li key={s.id}>
                {s.name}{' '}
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => setSuppliers((l) => l.filter((x) => x.id !== s.id))} aria-label={`${t('remove')}: ${s.name}`}>{t('remove')}</Button>
              </li>
            ))}
          </ul>
          <SupplierPicker id="contract-supplier-search" label={t('findSupplier')} exclude={suppliers.map((s) => s.id)} onPick={(s) => setSuppliers((l) => [...l, { id: s.id, name: s.name }])} />
        </fieldset>
        <div className="row-2">
          <MoneyField id="f-value" label={t('contractValue')} value={value} onChange={setValue} error={f.errorOf('value')} />
          <DateField id="f-signedDate" label={t('signedDate')} value={signedDate} onChange={setSignedDate} error={f.errorOf('signedDate')} />
        </div>
        <div className="row-3">
          <DateField id="f-startDate" label={t('startDate')} value={startDate} onChange={setStartDate} error={f.errorOf('startDate')} />
          <DateField id="f-endDate" label={t('endDate')} value={endDate} onChange={setEndDate} error={f.errorOf('endDate')} />
          <Textfield id="f-noticeMonths" label={t('noticeMonths')} inputMode="numeric" value={noticeMonths} onChange={(e) => setNoticeMonths(e.target.value)} error={f.errorOf('noticeMonths')} />
        </div>
        <div className="row-2">
          <Textfield id="f-owner" label={t('owner')} value={owner} onChange={(e) => setOwner(e.target.value)} />
          <Textfield id="f-administrator" label={t('administrator')} value={administrator} onChange={(e) => setAdministrator(e.target.value)} />
        </div>
        <Fieldset id="f-duties">
          <Fieldset.Legend>{t('dutiesHeading')}</Fieldset.Legend>
          <Fieldset.Description>{t('dutiesHelp')}</Fieldset.Description>
          <DutyFields sector={paySector} onSector={setPaySector} decision={apprenticeDecision} onDecision={setApprenticeDecision} note={apprenticeNote} onNote={setApprenticeNote} errorOf={f.errorOf} />
        </Fieldset>
        <Fieldset id="f-options">
          <Fieldset.Legend>{t('options')}</Fieldset.Legend>
          {options.map((o, i) => (
            <div className="row-3 option-row" key={i}>
              <Textfield label={`${t('optionN', { n: i + 1 })}: ${t('optionLength')}`} inputMode="numeric" value={o.lengthMonths} onChange={(e) => setOption(i, { lengthMonths: e.target.value })} error={f.errorOf(`options.${i}.lengthMonths`)} />
              <DateField id={`f-options-${i}-decideBy`} label={`${t('optionN', { n: i + 1 })}: ${t('optionDecideBy')}`} value={o.decideBy} onChange={(v) => setOption(i, { decideBy: v })} error={f.errorOf(`options.${i}.decideBy`)} />
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => setOptions((l) => l.filter((_, j) => j !== i))}>{t('remove')}</Button>
            </div>
          ))}
          <Button type="button" variant="secondary" data-size="sm" onClick={() => setOptions((l) => [...l, { lengthMonths: '12', decideBy: '' }])}>{t('addOption')}</Button>
        </Fieldset>
      </div>
      <div className="actions">
        <Button type="submit" loading={save.isPending} disabled={save.isPending}>{t('newContract')}</Button>
        <Button variant="secondary" asChild><a href={href.case(caseId)}>{t('cancel')}</a></Button>
      </div>
    </form>
  );
}
