import {
  Alert,
  Button,
  Checkbox,
  Field,
  Heading,
  Label,
  Select,
  Spinner,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  codeName,
  confidentialityBasisDefs,
  dialogueFormDefs,
  dialogueStatusDefs,
  ROUND_PROCEDURES,
  todayInOslo,
  type ConfidentialityBasis,
  type DialogueDetail,
  type DialogueForm,
  type DialogueStatus,
} from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { ConfidentialTextfield } from '../../components/Confidential.js';
import { FormErrors } from '../../components/FormErrors.js';
import { DateField } from '../../components/DateField.js';
import { SupplierPicker } from '../../components/SupplierPicker.js';
import { useLocale } from '../../i18n/locale.js';
import type { StringKey } from '../../i18n/strings.js';
import { href, navigate } from '../../lib/router.js';
import { useIssues } from '../../lib/useIssues.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { FormActions } from '../../components/FormActions.js';
import { useEditConflict } from '../../lib/useEditConflict.js';

const LABELS: Record<string, StringKey> = {
  caseId: 'navCases',
  form: 'fieldForm',
  status: 'fieldActivityStatus',
  date: 'fieldDate',
  time: 'fieldTime',
  title: 'fieldActivityTitle',
  agenda: 'fieldAgenda',
  minutes: 'fieldMinutes',
  outcome: 'fieldOutcome',
  participants: 'fieldParticipants',
  round: 'fieldRound',
  roundRevealed: 'fieldRoundRevealed',
  roundConsentScope: 'fieldRoundConsentScope',
  roundConsentDate: 'fieldRoundConsentDate',
  suppliers: 'activitySuppliers',
};
type Participant = { supplierId: number; name: string; invited: boolean; attended: boolean };

/** An activity's values as the form holds them (its status as chosen; none yet for a new one). */
const valuesOf = (d: DialogueDetail) => ({
  form: d.form,
  status: d.status as DialogueStatus | null,
  date: d.date,
  time: d.time,
  title: d.title,
  agenda: d.agenda,
  minutes: d.minutes ?? '',
  minutesConfidential: d.minutesConfidential,
  outcome: d.outcome ?? '',
  outcomeConfidential: d.outcomeConfidential,
  participants: d.participants,
  round: d.round ? String(d.round) : '',
  roundRevealed: d.roundRevealed ?? '',
  roundConsentScope: d.roundConsentScope,
  roundConsentDate: d.roundConsentDate ?? '',
  suppliers: d.suppliers.map(({ supplierId, name, invited, attended }): Participant => ({
    supplierId,
    name,
    invited,
    attended,
  })),
});
type Values = ReturnType<typeof valuesOf>;
/** Until chosen, an activity dated ahead is planned and one dated today or before is held. */
const statusOf = (v: Values): DialogueStatus => v.status ?? (v.date > todayInOslo() ? 'planned' : 'held');

/** The fields a save sends, from the form's values. */
function fieldsOf(v: Values) {
  const round = v.form === 'dialogrunde';
  const held = statusOf(v) === 'held';
  return {
    form: v.form,
    status: statusOf(v),
    date: v.date,
    time: v.time,
    title: v.title,
    agenda: v.agenda,
    minutes: v.minutes,
    minutesConfidential: v.minutesConfidential,
    outcome: v.outcome,
    outcomeConfidential: v.outcomeConfidential,
    participants: v.participants,
    round: round && v.round ? Number(v.round) : null,
    roundRevealed: round ? v.roundRevealed : '',
    roundConsentScope: round ? v.roundConsentScope : '',
    roundConsentDate: round && v.roundConsentDate ? v.roundConsentDate : null,
    // No one attends an activity that was not held: the box is unticked and disabled until it is.
    suppliers: v.suppliers.map(({ supplierId, invited, attended }) => ({
      supplierId,
      invited,
      attended: held && attended,
    })),
  };
}

export function ActivityFormScreen({ caseId, id }: { caseId?: number; id?: number }) {
  const existing = useQuery({ ...query('dialogues.get', { id: id! }), enabled: id !== undefined });
  const cid = caseId ?? existing.data?.caseId;
  const kase = useQuery({ ...query('cases.get', { id: cid! }), enabled: cid !== undefined });
  if ((id !== undefined && !existing.data) || !kase.data) {
    const e = existing.error ?? kase.error;
    return e ? <Alert data-color="danger">{e.message}</Alert> : <Spinner aria-label="…" />;
  }
  return (
    <ActivityForm
      caseId={kase.data.id}
      caseNumber={kase.data.caseNumber}
      dialogueProcedure={kase.data.procedure !== null && ROUND_PROCEDURES.includes(kase.data.procedure)}
      existing={existing.data}
    />
  );
}

function ActivityForm({
  caseId,
  caseNumber,
  dialogueProcedure,
  existing: current,
}: {
  caseId: number;
  caseNumber: string;
  dialogueProcedure: boolean;
  existing?: DialogueDetail;
}) {
  // The activity as the form opened it: a refresh showing another's newer save must not carry the form over it (a 409 says so).
  const [existing] = useState(current);
  const { t, label, locale } = useLocale();
  const qc = useQueryClient();
  const f = useIssues();
  const [form, setForm] = useState<DialogueForm>(existing?.form ?? 'dialogkonferanse');
  const [date, setDate] = useState(existing?.date ?? todayInOslo());
  const [time, setTime] = useState(existing?.time ?? '');
  // Until chosen, an activity dated ahead is planned and one dated today or before is held.
  const [chosenStatus, setStatus] = useState<DialogueStatus | null>(existing?.status ?? null);
  const status: DialogueStatus = chosenStatus ?? (date > todayInOslo() ? 'planned' : 'held');
  const held = status === 'held';
  const [title, setTitle] = useState(existing?.title ?? '');
  const [agenda, setAgenda] = useState(existing?.agenda ?? '');
  const [minutes, setMinutes] = useState(existing?.minutes ?? '');
  const [minutesConfidential, setMinutesConfidential] = useState<ConfidentialityBasis | null>(
    existing?.minutesConfidential ?? null,
  );
  const [outcome, setOutcome] = useState(existing?.outcome ?? '');
  const [outcomeConfidential, setOutcomeConfidential] = useState<ConfidentialityBasis | null>(
    existing?.outcomeConfidential ?? null,
  );
  const [participants, setParticipants] = useState(existing?.participants ?? '');
  const [round, setRound] = useState(existing?.round ? String(existing.round) : '');
  const [roundRevealed, setRoundRevealed] = useState(existing?.roundRevealed ?? '');
  const [roundConsentScope, setRoundConsentScope] = useState(existing?.roundConsentScope ?? '');
  const [roundConsentDate, setRoundConsentDate] = useState(existing?.roundConsentDate ?? '');
  const [suppliers, setSuppliers] = useState<Participant[]>(
    existing?.suppliers.map((s) => ({
      supplierId: s.supplierId,
      name: s.name,
      invited: s.invited,
      attended: s.attended,
    })) ?? [],
  );

  const save = useMutation({
    mutationFn: (input: Record<string, unknown>) =>
      'id' in input ? call('dialogues.update', input as never) : call('dialogues.create', input as never),
    onSuccess: (d) => {
      qc.setQueryData(query('dialogues.get', { id: d.id }).queryKey, d);
      navigate(href.activity(d.id));
    },
    onError: (e) => void (edit.caught(e) || f.fromError(e)),
  });
  const values: Values = {
    form,
    status: chosenStatus,
    date,
    time,
    title,
    agenda,
    minutes,
    minutesConfidential,
    outcome,
    outcomeConfidential,
    participants,
    round,
    roundRevealed,
    roundConsentScope,
    roundConsentDate,
    suppliers,
  };
  function load(v: Values) {
    setForm(v.form);
    setStatus(v.status);
    setDate(v.date);
    setTime(v.time);
    setTitle(v.title);
    setAgenda(v.agenda);
    setMinutes(v.minutes);
    setMinutesConfidential(v.minutesConfidential);
    setOutcome(v.outcome);
    setOutcomeConfidential(v.outcomeConfidential);
    setParticipants(v.participants);
    setRound(v.round);
    setRoundRevealed(v.roundRevealed);
    setRoundConsentScope(v.roundConsentScope);
    setRoundConsentDate(v.roundConsentDate);
    setSuppliers(v.suppliers);
  }
  /** Saves values: a correction on the version it goes on from, or a new activity on the case. */
  function send(from: DialogueDetail | undefined, v: Values = values) {
    f.clear();
    const input = fieldsOf(v);
    const sent = from ? { ...input, id: from.id, version: from.version } : { ...input, caseId };
    if (f.check(from ? 'dialogues.update' : 'dialogues.create', sent)) save.mutate(sent);
  }
  const basisName = (b: ConfidentialityBasis | null) => (b ? codeName(confidentialityBasisDefs, b, locale) : null);
  // The version a save goes on from, and a save that crossed another's (lib/useEditConflict.tsx).
  const edit = useEditConflict({
    opened: existing,
    valuesOf,
    values,
    load,
    send: (from: DialogueDetail, v) => send(from, v),
    // Codes by their names, the suppliers by name with what they did.
    shown: (v) => ({
      ...fieldsOf(v),
      status: codeName(dialogueStatusDefs, statusOf(v), locale),
      minutesConfidential: basisName(v.minutesConfidential),
      outcomeConfidential: basisName(v.outcomeConfidential),
      suppliers: v.suppliers.map((p) =>
        [p.name, p.invited && t('invited'), statusOf(v) === 'held' && p.attended && t('attended')]
          .filter(Boolean)
          .join(', '),
      ),
    }),
    labelOf: (k) =>
      k === 'minutesConfidential' || k === 'outcomeConfidential'
        ? `${t(k === 'minutesConfidential' ? 'fieldMinutes' : 'fieldOutcome')}: ${t('confidentialBasis')}`
        : LABELS[k]
          ? t(LABELS[k])
          : undefined,
    onTheirs: (d) => qc.setQueryData(query('dialogues.get', { id: d.id }).queryKey, d),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    send(edit.base);
  }
  const setP = (i: number, patch: Partial<Participant>) =>
    setSuppliers((list) => list.map((p, j) => (j === i ? { ...p, ...patch } : p)));

  return (
    <form className="narrow-form" onSubmit={submit} noValidate>
      <p className="breadcrumb">
        <a href={href.case(caseId)}>{caseNumber}</a>
      </p>
      <Heading level={1} data-size="lg">
        {existing ? t('editActivityHeading') : t('newActivityHeading', { caseNumber })}
      </Heading>
      <FormErrors
        issues={f.issues}
        general={f.general}
        labelOf={(p) => (LABELS[p.split('.')[0]!] ? t(LABELS[p.split('.')[0]!]!) : undefined)}
      />
      {edit.panel(save.isPending)}
      <div className="panel form-main">
        <div className="row-4">
          <Field>
            <Label htmlFor="f-form">{t('fieldForm')}</Label>
            <Select id="f-form" value={form} onChange={(e) => setForm(e.target.value as DialogueForm)}>
              {dialogueFormDefs
                .filter((d) => d.code !== 'dialogrunde' || dialogueProcedure || form === 'dialogrunde')
                .map((d) => (
                  <Select.Option key={d.code} value={d.code}>
                    {label(d)}
                  </Select.Option>
                ))}
            </Select>
          </Field>
          <CodeSelect
            id="f-status"
            label={t('fieldActivityStatus')}
            defs={dialogueStatusDefs}
            value={status}
            onChange={(v) => (setStatus(v as DialogueStatus), f.clear('date'), f.clear('minutes'))}
          />
          <DateField
            id="f-date"
            label={t('fieldDate')}
            value={date}
            onChange={(v) => (setDate(v), f.clear('date'))}
            error={f.errorOf('date')}
          />
          <Textfield
            id="f-time"
            label={t('fieldTime')}
            inputMode="numeric"
            autoComplete="off"
            placeholder={t('timePlaceholder')}
            value={time}
            onChange={(e) => setTime(e.target.value)}
            error={f.errorOf('time')}
          />
        </div>
        {form === 'dialogrunde' && (
          <Textfield
            id="f-round"
            label={t('fieldRound')}
            inputMode="numeric"
            value={round}
            onChange={(e) => setRound(e.target.value)}
            error={f.errorOf('round')}
          />
        )}
        <Textfield
          id="f-title"
          label={t('fieldActivityTitle')}
          value={title}
          onChange={(e) => (setTitle(e.target.value), f.clear('title'))}
          error={f.errorOf('title')}
        />
        <Textfield
          id="f-participants"
          label={t('fieldParticipants')}
          value={participants}
          onChange={(e) => setParticipants(e.target.value)}
        />
        <fieldset className="ds-fieldset" id="f-suppliers">
          <legend className="ds-label">{t('activitySuppliers')}</legend>
          {f.errorOf('suppliers') && (
            <p className="field-error" role="alert">
              {f.errorOf('suppliers')}
            </p>
          )}
          {suppliers.length > 0 && (
            <ul className="participants">
              {suppliers.map((p, i) => (
                <li key={p.supplierId}>
                  <span className="participant-name">{p.name}</span>
                  <Checkbox
                    data-size="sm"
                    label={t('invited')}
                    checked={p.invited}
                    onChange={(e) => setP(i, { invited: e.target.checked })}
                  />
                  <Checkbox
                    data-size="sm"
                    label={t('attended')}
                    checked={held && p.attended}
                    disabled={!held}
                    onChange={(e) => setP(i, { attended: e.target.checked })}
                  />
                  <Button
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    onClick={() => setSuppliers((l) => l.filter((_, j) => j !== i))}
                    aria-label={`${t('remove')}: ${p.name}`}
                  >
                    {t('remove')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <SupplierPicker
            id="f-supplier-search"
            label={t('findSupplier')}
            exclude={suppliers.map((p) => p.supplierId)}
            onPick={(s) =>
              setSuppliers((l) => [
                ...l,
                { supplierId: s.id, name: s.name, invited: true, attended: form !== 'rfi' && form !== 'horing' },
              ])
            }
          />
        </fieldset>
        <Textfield
          id="f-agenda"
          label={t('fieldAgenda')}
          multiline
          rows={3}
          value={agenda}
          onChange={(e) => setAgenda(e.target.value)}
        />
        {held || minutes.trim() ? (
          <ConfidentialTextfield
            id="f-minutes"
            label={t('fieldMinutes')}
            value={minutes}
            onChange={setMinutes}
            basis={minutesConfidential}
            onBasis={setMinutesConfidential}
            rows={7}
            error={f.errorOf('minutes')}
          />
        ) : (
          <p className="muted" id="f-minutes" data-testid="minutes-not-yet">
            {t('minutesWhenHeld')}
          </p>
        )}
        {form === 'dialogrunde' && (
          <fieldset className="ds-fieldset round-log" data-testid="round-log">
            <legend className="ds-label">{t('roundLogLegend')}</legend>
            <p className="ds-paragraph muted" data-size="sm">
              {t('roundLogHelp')}
            </p>
            <Textfield
              id="f-roundRevealed"
              label={t('fieldRoundRevealed')}
              description={t('fieldRoundRevealedHelp')}
              multiline
              rows={3}
              value={roundRevealed}
              onChange={(e) => setRoundRevealed(e.target.value)}
              error={f.errorOf('roundRevealed')}
            />
            <div className="row-2">
              <Textfield
                id="f-roundConsentScope"
                label={t('fieldRoundConsentScope')}
                multiline
                rows={2}
                value={roundConsentScope}
                onChange={(e) => setRoundConsentScope(e.target.value)}
                error={f.errorOf('roundConsentScope')}
              />
              <DateField
                id="f-roundConsentDate"
                label={t('fieldRoundConsentDate')}
                value={roundConsentDate}
                onChange={setRoundConsentDate}
                error={f.errorOf('roundConsentDate')}
              />
            </div>
          </fieldset>
        )}
        <ConfidentialTextfield
          id="f-outcome"
          label={t('fieldOutcome')}
          value={outcome}
          onChange={setOutcome}
          basis={outcomeConfidential}
          onBasis={setOutcomeConfidential}
          rows={3}
        />
      </div>
      <FormActions busy={save.isPending} cancelTo={existing ? href.activity(existing.id) : href.case(caseId)} />
    </form>
  );
}
