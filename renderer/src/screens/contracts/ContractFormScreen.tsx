import { Alert, Button, Fieldset, Heading, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  DEFAULT_OPTION_LEAD_MONTHS,
  formatAmount,
  formatDate,
  isValidIsoDate,
  suggestedDecideBy,
  type ApprenticeDecision,
  type CaseDetail,
  type ContractDetail,
  type PaySector,
} from '../../../../core/index.js';
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
import { FormActions } from '../../components/FormActions.js';
import { useEditConflict } from '../../lib/useEditConflict.js';

const LABELS: Record<string, StringKey> = {
  caseId: 'navCases',
  title: 'contractTitle',
  supplierIds: 'contractSuppliers',
  value: 'contractValue',
  signedDate: 'signedDate',
  startDate: 'startDate',
  endDate: 'endDate',
  noticeMonths: 'noticeMonths',
  owner: 'owner',
  administrator: 'administrator',
  options: 'options',
};

type OptionState = { lengthMonths: string; decideBy: string };

/** A contract's values as the form holds them. */
const valuesOf = (k: ContractDetail) => ({
  title: k.title,
  suppliers: k.suppliers.map((s) => ({ id: s.id, name: s.name })),
  value: formatAmount(k.value),
  signedDate: k.signedDate ?? '',
  startDate: k.startDate,
  endDate: k.endDate,
  noticeMonths: String(k.noticeMonths),
  owner: k.owner,
  administrator: k.administrator,
  options: k.options.map((o): OptionState => ({ lengthMonths: String(o.lengthMonths), decideBy: o.decideBy })),
  paySector: (k.paySector ?? '') as PaySector | '',
  apprenticeDecision: (k.apprenticeDecision ?? '') as ApprenticeDecision | '',
  apprenticeNote: k.apprenticeNote,
});
type Values = ReturnType<typeof valuesOf>;

/** The fields a save sends, from the form's values. */
const fieldsOf = (v: Values) => ({
  title: v.title,
  supplierIds: v.suppliers.map((s) => s.id),
  value: moneyOf(v.value),
  signedDate: v.signedDate || null,
  startDate: v.startDate,
  endDate: v.endDate,
  noticeMonths: Number(v.noticeMonths || 0),
  owner: v.owner,
  administrator: v.administrator,
  options: v.options.map((o) => ({ lengthMonths: Number(o.lengthMonths), decideBy: o.decideBy })),
  paySector: v.paySector || null,
  apprenticeDecision: v.apprenticeDecision || null,
  apprenticeNote: v.apprenticeNote,
});

/** A new contract on an awarded case, or a contract corrected: the same fields, the same checks (the contract's schema). */
export function ContractFormScreen(props: { caseId: number } | { id: number }) {
  const id = 'id' in props ? props.id : undefined;
  const existing = useQuery({ ...query('contracts.get', { id: id! }), enabled: id !== undefined });
  const caseId = 'caseId' in props ? props.caseId : existing.data?.caseId;
  const kase = useQuery({ ...query('cases.get', { id: caseId! }), enabled: caseId !== undefined });
  const settings = useQuery(query('settings.get', {}));
  const error = existing.error ?? kase.error;
  if (error) return <Alert data-color="danger">{error.message}</Alert>;
  if (!kase.data || (id !== undefined && !existing.data)) return <Spinner aria-label="…" />;
  return (
    <ContractForm
      key={id ?? 'new'}
      kase={kase.data}
      existing={existing.data}
      leadMonths={settings.data?.optionLeadMonths ?? DEFAULT_OPTION_LEAD_MONTHS}
    />
  );
}

function ContractForm({
  kase,
  existing: current,
  leadMonths,
}: {
  kase: CaseDetail;
  existing?: ContractDetail;
  leadMonths: number;
}) {
  // The contract as the form opened it: a refresh showing another's newer save must not carry the form over it (a 409 says so).
  const [existing] = useState(current);
  const caseId = kase.id;
  const { t, locale } = useLocale();
  const qc = useQueryClient();
  const f = useIssues();
  const [title, setTitle] = useState(existing?.title ?? '');
  const [suppliers, setSuppliers] = useState<{ id: number; name: string }[]>(
    existing?.suppliers.map((s) => ({ id: s.id, name: s.name })) ?? [],
  );
  const [value, setValue] = useState(existing ? formatAmount(existing.value) : '');
  const [signedDate, setSignedDate] = useState(existing?.signedDate ?? '');
  const [startDate, setStartDate] = useState(existing?.startDate ?? '');
  const [endDate, setEndDate] = useState(existing?.endDate ?? '');
  const [noticeMonths, setNoticeMonths] = useState(existing ? String(existing.noticeMonths) : '3');
  const [owner, setOwner] = useState(existing?.owner ?? '');
  const [administrator, setAdministrator] = useState(existing?.administrator ?? '');
  const [options, setOptions] = useState<OptionState[]>(
    existing?.options.map((o) => ({ lengthMonths: String(o.lengthMonths), decideBy: o.decideBy })) ?? [],
  );
  const [paySector, setPaySector] = useState<PaySector | ''>(existing?.paySector ?? '');
  const [apprenticeDecision, setApprenticeDecision] = useState<ApprenticeDecision | ''>(
    existing?.apprenticeDecision ?? '',
  );
  const [apprenticeNote, setApprenticeNote] = useState(existing?.apprenticeNote ?? '');
  /** A decided option stays as decided until its decision is undone on the contract page. */
  const decided = (i: number) => edit.base?.options.find((o) => o.seq === i + 1 && o.status !== 'open');
  const save = useMutation({
    mutationFn: (input: unknown) =>
      existing ? call('contracts.update', input as never) : call('contracts.create', input as never),
    onSuccess: (k) => {
      qc.setQueryData(query('contracts.get', { id: k.id }).queryKey, k);
      navigate(href.contract(k.id));
    },
    onError: (e) => void (edit.caught(e) || f.fromError(e)),
  });
  const values: Values = {
    title,
    suppliers,
    value,
    signedDate,
    startDate,
    endDate,
    noticeMonths,
    owner,
    administrator,
    options,
    paySector,
    apprenticeDecision,
    apprenticeNote,
  };
  function load(v: Values) {
    setTitle(v.title);
    setSuppliers(v.suppliers);
    setValue(v.value);
    setSignedDate(v.signedDate);
    setStartDate(v.startDate);
    setEndDate(v.endDate);
    setNoticeMonths(v.noticeMonths);
    setOwner(v.owner);
    setAdministrator(v.administrator);
    setOptions(v.options);
    setPaySector(v.paySector);
    setApprenticeDecision(v.apprenticeDecision);
    setApprenticeNote(v.apprenticeNote);
  }
  // The version a save goes on from, and a save that crossed another's (lib/useEditConflict.tsx).
  const edit = useEditConflict({
    opened: existing,
    valuesOf,
    values,
    load,
    send: (from: ContractDetail, v) => send(from, v),
    // The suppliers by name, not by their numbers.
    shown: (v) => ({ ...fieldsOf(v), supplierIds: v.suppliers.map((s) => s.name) }),
    labelOf: (k) => (LABELS[k] ? t(LABELS[k]) : undefined),
    onTheirs: (k) => qc.setQueryData(query('contracts.get', { id: k.id }).queryKey, k),
  });
  const lengths = options.map((o) => ({ lengthMonths: Number(o.lengthMonths) || 0 }));
  /** The decide-by date suggested for a new option: the office's lead time before the period it would extend ends. */
  const suggestion = (seq: number) =>
    isValidIsoDate(endDate) ? suggestedDecideBy(endDate, lengths, seq, leadMonths) : '';

  /** Saves values: a correction on the version it goes on from, or a new contract on the case. */
  function send(from: ContractDetail | undefined, v: Values = values) {
    f.clear();
    const fields = fieldsOf(v);
    if (from) {
      const input = { ...fields, id: from.id, version: from.version };
      if (f.check('contracts.update', input, { value: v.value })) save.mutate(input);
    } else {
      const input = { ...fields, caseId };
      if (f.check('contracts.create', input, { value: v.value })) save.mutate(input);
    }
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    send(edit.base);
  }
  const setOption = (i: number, patch: Partial<OptionState>) => {
    setOptions((l) => l.map((o, j) => (j === i ? { ...o, ...patch } : o)));
    // The error beside an option goes once the person edits it; the next save checks again.
    f.clear(`options.${i}`);
  };
  const back = existing ? href.contract(existing.id) : href.case(caseId);

  return (
    <form className="narrow-form" onSubmit={submit} noValidate>
      <p className="breadcrumb">
        <a href={href.case(caseId)}>
          {kase.caseNumber} {kase.title}
        </a>
        {existing && (
          <>
            {' '}
            / <a href={href.contract(existing.id)}>{existing.title}</a>
          </>
        )}
      </p>
      <Heading level={1} data-size="lg">
        {existing
          ? t('editContractHeading', { title: existing.title })
          : t('newContractHeading', { caseNumber: kase.caseNumber })}
      </Heading>
      <FormErrors
        issues={f.issues}
        general={f.general}
        labelOf={(p) =>
          /^options\.\d/.test(p) ? undefined : LABELS[p.split('.')[0]!] ? t(LABELS[p.split('.')[0]!]!) : undefined
        }
      />
      {edit.panel(save.isPending)}
      <div className="panel form-main">
        <Textfield
          id="f-title"
          label={t('contractTitle')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={f.errorOf('title')}
        />
        <fieldset className="ds-fieldset" id="f-supplierIds">
          <legend className="ds-label">{t('contractSuppliers')}</legend>
          {f.errorOf('supplierIds') && (
            <p className="field-error" role="alert">
              {f.errorOf('supplierIds')}
            </p>
          )}
          <ul className="plain">
            {suppliers.map((s) => (
              <li key={s.id}>
                {s.name}{' '}
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => setSuppliers((l) => l.filter((x) => x.id !== s.id))}
                  aria-label={`${t('remove')}: ${s.name}`}
                >
                  {t('remove')}
                </Button>
              </li>
            ))}
          </ul>
          <SupplierPicker
            id="contract-supplier-search"
            label={t('findSupplier')}
            exclude={suppliers.map((s) => s.id)}
            onPick={(s) => setSuppliers((l) => [...l, { id: s.id, name: s.name }])}
          />
        </fieldset>
        <div className="row-2">
          <MoneyField
            id="f-value"
            label={t('contractValue')}
            value={value}
            onChange={setValue}
            error={f.errorOf('value')}
          />
          <DateField
            id="f-signedDate"
            label={t('signedDate')}
            description={t('signedDateHelp')}
            value={signedDate}
            onChange={setSignedDate}
            error={f.errorOf('signedDate')}
          />
        </div>
        <div className="row-3">
          <DateField
            id="f-startDate"
            label={t('startDate')}
            value={startDate}
            onChange={setStartDate}
            error={f.errorOf('startDate')}
          />
          <DateField
            id="f-endDate"
            label={t('endDate')}
            value={endDate}
            onChange={setEndDate}
            error={f.errorOf('endDate')}
          />
          <Textfield
            id="f-noticeMonths"
            label={t('noticeMonths')}
            inputMode="numeric"
            value={noticeMonths}
            onChange={(e) => setNoticeMonths(e.target.value)}
            error={f.errorOf('noticeMonths')}
          />
        </div>
        <div className="row-2">
          <Textfield id="f-owner" label={t('owner')} value={owner} onChange={(e) => setOwner(e.target.value)} />
          <Textfield
            id="f-administrator"
            label={t('administrator')}
            value={administrator}
            onChange={(e) => setAdministrator(e.target.value)}
          />
        </div>
        <Fieldset id="f-duties">
          <Fieldset.Legend>{t('dutiesHeading')}</Fieldset.Legend>
          <Fieldset.Description>{t('dutiesHelp')}</Fieldset.Description>
          <DutyFields
            sector={paySector}
            onSector={setPaySector}
            decision={apprenticeDecision}
            onDecision={setApprenticeDecision}
            note={apprenticeNote}
            onNote={setApprenticeNote}
            errorOf={f.errorOf}
          />
        </Fieldset>
        <Fieldset id="f-options">
          <Fieldset.Legend>{t('options')}</Fieldset.Legend>
          {/* An option's own error names it ("Opsjon 2: …"); one about the list as a whole stands here. */}
          {f.issues.some((i) => i.path === 'options') && (
            <p className="field-error" role="alert">
              {f.issues.find((i) => i.path === 'options')!.message}
            </p>
          )}
          {options.map((o, i) => {
            const d = decided(i);
            if (d) {
              return (
                <p className="option-row" key={i} data-testid={`option-${i + 1}-decided`}>
                  {t('optionDecidedKept', {
                    option: t('optionN', { n: i + 1 }),
                    status: t('optionStatus', { status: d.status }).toLowerCase(),
                    date: formatDate(d.decidedDate, locale),
                  })}
                </p>
              );
            }
            return (
              <div className="row-3 option-row" key={i}>
                <Textfield
                  id={`f-options-${i}-lengthMonths`}
                  label={`${t('optionN', { n: i + 1 })}: ${t('optionLength')}`}
                  inputMode="numeric"
                  value={o.lengthMonths}
                  onChange={(e) => setOption(i, { lengthMonths: e.target.value })}
                  error={f.errorOf(`options.${i}.lengthMonths`)}
                />
                <DateField
                  id={`f-options-${i}-decideBy`}
                  label={`${t('optionN', { n: i + 1 })}: ${t('optionDecideBy')}`}
                  value={o.decideBy}
                  description={
                    o.decideBy && o.decideBy === suggestion(i + 1)
                      ? t('optionDecideBySuggested', { n: leadMonths })
                      : undefined
                  }
                  onChange={(v) => setOption(i, { decideBy: v })}
                  error={f.errorOf(`options.${i}.decideBy`)}
                />
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => setOptions((l) => l.filter((_, j) => j !== i))}
                  aria-label={`${t('remove')}: ${t('optionN', { n: i + 1 })}`}
                >
                  {t('remove')}
                </Button>
              </div>
            );
          })}
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => setOptions((l) => [...l, { lengthMonths: '12', decideBy: suggestion(l.length + 1) }])}
          >
            {t('addOption')}
          </Button>
        </Fieldset>
      </div>
      <FormActions busy={save.isPending} cancelTo={back} submit={existing ? t('save') : t('newContract')} />
    </form>
  );
}
