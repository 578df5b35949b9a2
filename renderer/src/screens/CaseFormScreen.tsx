import {
  Alert,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Select,
  Spinner,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  groundDefs,
  groundSetDefs,
  kindDefs,
  parseMoney,
  procedureDefs,
  themeDefs,
  todayInOslo,
  type CaseDetail,
  type Kind,
  type Procedure,
  type Theme,
} from '../../../core/index.js';
import { call } from '../api/client.js';
import { query } from '../api/queries.js';
import { FormErrors } from '../components/FormErrors.js';
import { useLocale } from '../i18n/locale.js';
import type { StringKey } from '../i18n/strings.js';
import { href, navigate } from '../lib/router.js';
import { useIssues } from '../lib/useIssues.js';
import { MoneyField } from '../components/MoneyField.js';
import { DateField } from '../components/DateField.js';
import { emptyForm, formFromCase, formToFields, type CaseFormState } from './caseFormState.js';
import { RegimePanel, useRegime } from './RegimePanel.js';
import { CASE_FIELD_LABELS } from '../i18n/fieldLabels.js';
import { CpvPicker } from '../components/CpvPicker.js';
import { FormActions } from '../components/FormActions.js';
import { useEditConflict } from '../lib/useEditConflict.js';

const FIELD_LABEL = CASE_FIELD_LABELS;

const FIELD_ID = (path: string) => `f-${path.split('.')[0]}`;

export function CaseFormScreen({ id }: { id?: number }) {
  const existing = useQuery({ ...query('cases.get', { id: id! }), enabled: id !== undefined });
  if (id !== undefined && !existing.data) {
    return existing.error ? <Alert data-color="danger">{existing.error.message}</Alert> : <Spinner aria-label="…" />;
  }
  return <CaseForm key={id ?? 'new'} existing={existing.data} />;
}

function CaseForm({ existing }: { existing?: CaseDetail }) {
  const { t, label, locale } = useLocale();
  const qc = useQueryClient();
  const [form, setForm] = useState<CaseFormState>(() => (existing ? formFromCase(existing) : emptyForm(todayInOslo())));
  const f = useIssues();
  const facets = useQuery(query('cases.facets', {}));
  const set = <K extends keyof CaseFormState>(k: K, v: CaseFormState[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    // The error beside a field goes once the person edits it; the next save checks again.
    const path = k === 'value' ? 'estimatedValue' : k;
    f.clear(path);
  };
  const errorOf = f.errorOf;

  const save = useMutation({
    mutationFn: (input: unknown) =>
      existing
        ? call('cases.update', input as Parameters<typeof call<'cases.update'>>[1])
        : call('cases.create', input as Parameters<typeof call<'cases.create'>>[1]),
    onSuccess: (saved) => {
      qc.setQueryData(query('cases.get', { id: saved.id }).queryKey, saved);
      navigate(href.case(saved.id));
      // The case page opens at its top, not where the form was scrolled to.
      window.scrollTo(0, 0);
    },
    onError: (e) => (edit.caught(e) ? f.clear() : f.fromError(e)),
  });
  // The version the edit goes on from, and a save that crossed another's (lib/useEditConflict.tsx).
  const edit = useEditConflict({
    opened: existing,
    valuesOf: formFromCase,
    values: form,
    load: setForm,
    send: (from: CaseDetail, v) => send(from, v),
    shown: formToFields,
    onTheirs: (c) => qc.setQueryData(query('cases.get', { id: c.id }).queryKey, c),
  });

  function send(from: CaseDetail | undefined, values: CaseFormState = form) {
    const fields = formToFields(values);
    const input = from
      ? { ...fields, id: from.id, version: from.version }
      : { ...fields, registeredDate: form.registeredDate || undefined };
    if (f.check(from ? 'cases.update' : 'cases.create', input, { estimatedValue: values.value })) save.mutate(input);
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    send(edit.base);
  }

  const read = parseMoney(form.value);
  const value = read.ok ? read.value : null;
  // The date the thresholds are read on: the notice, once there is one, else the planned notice, else the registration (as the service does).
  const regimeDate =
    existing?.timeline.find((e) => e.phase === 'kunngjoring')?.date ??
    (form.plannedNoticeDate || form.registeredDate || existing?.registeredDate || todayInOslo());
  const regime = useRegime({
    value,
    kind: form.kind,
    date: regimeDate,
    procedure: form.procedure || null,
    ground: form.procedureGround || null,
  });
  const needsGround = regime?.grounded.find((g) => g.procedure === form.procedure);
  const groundOptions = groundDefs.filter((g) =>
    needsGround ? g.set === needsGround.set : g.code === form.procedureGround,
  );
  const text = (k: keyof CaseFormState, labelKey: StringKey, extra: Record<string, unknown> = {}) => (
    <Textfield
      id={FIELD_ID(k === 'value' ? 'estimatedValue' : k)}
      label={t(labelKey)}
      value={form[k] as string}
      onChange={(e) => set(k, e.target.value as never)}
      error={errorOf(k === 'value' ? 'estimatedValue' : k)}
      {...extra}
    />
  );

  const date = (
    k: 'registeredDate' | 'plannedNoticeDate' | 'plannedTenderDeadline' | 'plannedAwardDate' | 'plannedContractStart',
    labelKey: StringKey,
  ) => (
    <DateField id={FIELD_ID(k)} label={t(labelKey)} value={form[k]} onChange={(v) => set(k, v)} error={errorOf(k)} />
  );

  return (
    <form className="case-form" onSubmit={submit} noValidate>
      <Heading level={1} data-size="lg">
        {existing ? t('editCaseHeading', { caseNumber: existing.caseNumber }) : t('newCaseHeading')}
      </Heading>
      <FormErrors
        issues={f.issues}
        general={f.general}
        labelOf={(path) => (FIELD_LABEL[path.split('.')[0] ?? ''] ? t(FIELD_LABEL[path.split('.')[0]!]!) : undefined)}
      />
      {edit.panel(save.isPending)}
      <div className="form-grid">
        <div className="form-main">
          {text('caseNumber', 'fieldCaseNumber', { description: t('fieldCaseNumberHelp'), autoComplete: 'off' })}
          {text('title', 'fieldTitle')}
          <Textfield
            id="f-description"
            label={t('fieldDescription')}
            multiline
            rows={4}
            value={form.description}
            onChange={(e) => set('description', e.target.value)}
            error={errorOf('description')}
          />
          <div className="row-2">
            {text('department', 'fieldDepartment', { list: 'dl-departments' })}
            {text('needOwner', 'fieldNeedOwner')}
          </div>
          <datalist id="dl-departments">
            {facets.data?.departments.map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
          <datalist id="dl-buyers">
            {facets.data?.buyers.map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
          <div className="row-2">
            {text('buyer', 'fieldBuyer', { list: 'dl-buyers' })}
            <MoneyField
              id="f-estimatedValue"
              label={t('fieldValue')}
              description={t('fieldValueHelp')}
              value={form.value}
              onChange={(v) => set('value', v)}
              error={errorOf('estimatedValue')}
            />
          </div>
          <div className="row-2">
            <Field>
              <Label htmlFor="f-kind">{t('fieldKind')}</Label>
              <Select
                id="f-kind"
                value={form.kind}
                onChange={(e) => set('kind', e.target.value as Kind | '')}
                aria-invalid={errorOf('kind') ? true : undefined}
                aria-describedby={errorOf('kind') ? 'f-kind-error' : undefined}
              >
                <Select.Option value="">{t('fieldKindChoose')}</Select.Option>
                {kindDefs.map((k) => (
                  <Select.Option key={k.code} value={k.code}>
                    {label(k)}
                  </Select.Option>
                ))}
              </Select>
              {errorOf('kind') && <ValidationMessage id="f-kind-error">{errorOf('kind')}</ValidationMessage>}
            </Field>
            <Field>
              <Label htmlFor="f-procedure">{t('fieldProcedure')}</Label>
              <Select
                id="f-procedure"
                value={form.procedure}
                onChange={(e) => set('procedure', e.target.value as Procedure | '')}
              >
                <Select.Option value="">{t('fieldProcedureNone')}</Select.Option>
                {procedureDefs.map((p) => (
                  <Select.Option key={p.code} value={p.code}>
                    {label(p)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          </div>
          {(needsGround || form.procedureGround) && (
            <Fieldset className="ground-fields" data-testid="ground-fields">
              <Fieldset.Legend>{t('groundLegend')}</Fieldset.Legend>
              <Fieldset.Description>
                {needsGround
                  ? t('groundHelp', { section: groundSetDefs.find((g) => g.code === needsGround.set)!.short[locale] })
                  : t('groundNotNeeded')}
              </Fieldset.Description>
              <Field>
                <Label htmlFor="f-procedureGround">{t('fieldProcedureGround')}</Label>
                <Select
                  id="f-procedureGround"
                  value={form.procedureGround}
                  onChange={(e) => set('procedureGround', e.target.value)}
                >
                  <Select.Option value="">{t('groundNone')}</Select.Option>
                  {groundOptions.map((g) => (
                    <Select.Option key={g.code} value={g.code}>{`${g.ref[locale]}: ${label(g)}`}</Select.Option>
                  ))}
                </Select>
              </Field>
              <Textfield
                id="f-procedureGroundNote"
                label={t('fieldProcedureGroundNote')}
                description={t('fieldProcedureGroundNoteHelp')}
                multiline
                rows={3}
                value={form.procedureGroundNote}
                onChange={(e) => set('procedureGroundNote', e.target.value)}
                error={errorOf('procedureGroundNote')}
              />
            </Fieldset>
          )}
          <CpvPicker
            code={form.cpvCode}
            label={form.cpvLabel}
            kind={form.kind}
            error={errorOf('cpvCode')}
            onPick={(c) => setForm((f) => ({ ...f, cpvCode: c?.code ?? '', cpvLabel: c?.label ?? '' }))}
            onKind={(k) => set('kind', k)}
          />
          <Fieldset>
            <Fieldset.Legend>{t('fieldThemes')}</Fieldset.Legend>
            <div className="themes">
              {themeDefs.map((th) => (
                <Checkbox
                  key={th.code}
                  label={label(th)}
                  value={th.code}
                  checked={form.themes.includes(th.code)}
                  onChange={(e) =>
                    set(
                      'themes',
                      e.target.checked ? [...form.themes, th.code as Theme] : form.themes.filter((x) => x !== th.code),
                    )
                  }
                />
              ))}
            </div>
          </Fieldset>
          {
            <Fieldset className="climate-fields">
              <Fieldset.Legend>{t('climateLegend')}</Fieldset.Legend>
              <Fieldset.Description>{t('climateHelp')}</Fieldset.Description>
              <div className="row-2">
                <Textfield
                  id="f-climateWeightPct"
                  label={t('fieldClimateWeight')}
                  inputMode="numeric"
                  suffix="%"
                  value={form.climateWeight}
                  onChange={(e) => set('climateWeight', e.target.value)}
                  error={errorOf('climateWeightPct')}
                />
                <div>
                  <Checkbox
                    id="f-climateRequirements"
                    label={t('fieldClimateRequirements')}
                    checked={form.climateRequirements}
                    onChange={(e) => set('climateRequirements', e.target.checked)}
                    error={errorOf('climateRequirements')}
                  />
                  <Checkbox
                    id="f-climateExempt"
                    label={t('fieldClimateExempt')}
                    checked={form.climateExempt}
                    onChange={(e) => set('climateExempt', e.target.checked)}
                  />
                </div>
              </div>
              {(form.climateRequirements || form.climateExempt || form.climateJustification) && (
                <Textfield
                  id="f-climateJustification"
                  label={t('fieldClimateJustification')}
                  description={t('fieldClimateJustificationHelp')}
                  multiline
                  rows={3}
                  value={form.climateJustification}
                  onChange={(e) => set('climateJustification', e.target.value)}
                  error={errorOf('climateJustification')}
                />
              )}
            </Fieldset>
          }
          <Fieldset>
            <Fieldset.Legend>{t('plannedDates')}</Fieldset.Legend>
            <div className="row-4">
              {!existing && date('registeredDate', 'fieldRegistered')}
              {date('plannedNoticeDate', 'fieldPlannedNotice')}
              {date('plannedTenderDeadline', 'fieldPlannedTenderDeadline')}
              {date('plannedAwardDate', 'fieldPlannedAward')}
              {date('plannedContractStart', 'fieldPlannedStart')}
            </div>
          </Fieldset>
        </div>
        <aside className="form-side">
          <RegimePanel r={regime} kind={form.kind} date={regimeDate} />
        </aside>
      </div>
      <FormActions
        busy={save.isPending}
        cancelTo={existing ? href.case(existing.id) : href.list()}
        submit={save.isPending ? t('saving') : existing ? t('save') : t('create')}
      />
    </form>
  );
}
