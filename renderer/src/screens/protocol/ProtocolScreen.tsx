import {
  Alert,
  Button,
  Checkbox,
  Heading,
  Paragraph,
  Spinner,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  formatDateTime,
  protocolItemDefs,
  protocolRef,
  protocolSectionDefs,
  type Locale,
  type Protocol,
  type ProtocolFields,
} from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { download, exportFile, printReport } from '../../api/exportFile.js';
import { DocumentLanguage } from '../../components/DocumentLanguage.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { useIssues } from '../../lib/useIssues.js';
import { DateField } from '../../components/DateField.js';
import { FormOutcome } from '../../components/FormOutcome.js';
import { useEditConflict } from '../../lib/useEditConflict.js';
import { CASE_FIELD_LABELS } from '../../i18n/fieldLabels.js';
import type { StringKey } from '../../i18n/strings.js';

/** A case's procurement protocol: what the regime requires and what is missing, the entries the case does not hold, and the PDF. */
export function ProtocolScreen({ caseId }: { caseId: number }) {
  const q = useQuery(query('protocol.get', { caseId }));
  if (q.error) return <Alert data-color="danger">{q.error.message}</Alert>;
  if (!q.data) return <Spinner aria-label="…" />;
  return <ProtocolForm key={caseId} p={q.data} />;
}

type Participant = ProtocolFields['participants'][number];
type Issues = ReturnType<typeof useIssues>;
const NEW_PARTICIPANT: Participant = {
  name: '',
  orgnr: '',
  requested: false,
  selected: false,
  tendered: false,
  rejected: false,
  rejectionReason: '',
  abnormallyLow: false,
  eliminated: false,
  eliminationReason: '',
  awarded: false,
};

/** The protocol's own word for one of its fields, as the case's history names it. */
const protocolWord = (k: string, t: (key: StringKey) => string) => {
  const key = CASE_FIELD_LABELS[`protocol.${k}`];
  return key ? t(key) : undefined;
};

/**
 * The protocol's entries, edited on the version the form opened (or the one
 * the user saved or chose to go on from): another's save, shown by a
 * refresh, does not carry the form over what the user is typing; a save on
 * the old version gets the conflict panel. An untouched form follows the newest.
 */
function ProtocolForm({ p }: { p: Protocol }) {
  const { t } = useLocale();
  const f = useIssues();
  const qc = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const [fields, setFields] = useState<ProtocolFields>(p.fields);
  const set = <K extends keyof ProtocolFields>(k: K, v: ProtocolFields[K]) => setFields((x) => ({ ...x, [k]: v }));
  const done = (msg: string) => (r: Protocol) => {
    qc.setQueryData(query('protocol.get', { caseId: p.caseId }).queryKey, r);
    edit.setBase(r);
    setFields(r.fields);
    setSaved(msg);
  };
  const onError = (e: unknown) => void (edit.caught(e) || f.fromError(e));
  const save = useMutation({
    mutationFn: ({ from, values }: { from: Protocol; values: ProtocolFields }) =>
      call('protocol.save', { caseId: p.caseId, version: from.version, ...values }),
    onSuccess: done(t('protocolSaved')),
    onError,
  });
  const finalise = useMutation({
    mutationFn: (from: Protocol) => call('protocol.finalise', { caseId: p.caseId, version: from.version }),
    onSuccess: done(t('protocolFinalised')),
    onError,
  });
  function send(from: Protocol, values: ProtocolFields = fields) {
    f.clear();
    setSaved(null);
    save.mutate({ from, values });
  }
  // The version a save goes on from, and a save that crossed another's (lib/useEditConflict.tsx).
  const edit = useEditConflict({
    opened: p,
    valuesOf: (r: Protocol) => r.fields,
    values: fields,
    load: setFields,
    send,
    labelOf: (k) => protocolWord(k, t),
    onTheirs: (r) => qc.setQueryData(query('protocol.get', { caseId: r.caseId }).queryKey, r),
  });
  const base = edit.base ?? p;
  const dirty = JSON.stringify(fields) !== JSON.stringify(base.fields);
  // Untouched, the form follows another's newer save as the page shows it.
  const follows = !dirty && !edit.conflict && p.version > base.version;
  useEffect(() => {
    if (!follows) return;
    edit.setBase(p);
    setFields(p.fields);
  }, [follows, p, edit]);
  const area = (id: keyof ProtocolFields, text: string) => (
    <Textfield
      id={`p-${id}`}
      label={text}
      multiline
      rows={3}
      value={fields[id] as string}
      onChange={(e) => set(id, e.target.value as never)}
      error={f.errorOf(id)}
    />
  );

  return (
    <article className="protocol-screen">
      <ProtocolHead p={p} onError={f.fromError} />
      <ProtocolNotices p={p} />
      <ChecklistPanel p={p} />
      <form
        className="panel protocol-form"
        onSubmit={(e) => {
          e.preventDefault();
          send(base);
        }}
        noValidate
      >
        {edit.panel(save.isPending)}
        <Paragraph data-size="sm">{t('protocolEditIntro')}</Paragraph>
        {area('lotsReason', t('protocolLotsReason'))}
        <div data-testid="protocol-ground">
          <Paragraph data-size="sm">
            <strong>{t('caseGround')}:</strong> {p.ground ? `${p.ground.ref}: ${p.ground.text}` : t('groundNone')}
            {p.ground?.note ? ` (${p.ground.note})` : ''}
          </Paragraph>
        </div>
        {area('procedureReason', t('protocolProcedureReason'))}
        <Checkbox
          label={t('protocolElectronicException')}
          checked={fields.electronicException}
          onChange={(e) => set('electronicException', e.target.checked)}
        />
        {fields.electronicException && area('electronicExceptionReason', t('protocolElectronicExceptionReason'))}
        {area('selectionReason', t('protocolSelectionReason'))}
        {area('dialogueLog', t('protocolDialogueLog'))}
        {p.marketDialogueSuppliers.length > 0 && (
          <Paragraph data-size="sm">
            {t('protocolMarketDialogueWho', { names: p.marketDialogueSuppliers.join(', ') })}
          </Paragraph>
        )}
        {area('marketDialogueMeasures', t('protocolMarketDialogue'))}
        <ParticipantsFieldset
          participants={fields.participants}
          onChange={(list) => set('participants', list)}
          errorOf={f.errorOf}
        />
        {area('awardReason', t('protocolAwardReason'))}
        <AwardDates fields={fields} set={set} errorOf={f.errorOf} />
        {area('subcontractors', t('protocolSubcontractors'))}
        {area('conflictsOfInterest', t('protocolConflictsHeading'))}
        {area('notes', t('protocolNotesHeading'))}
        <Paragraph data-size="sm" className="muted" data-testid="protocol-retention">
          {t('protocolRetention', { plan: p.retentionPlan || t('protocolRetentionUnset') })}
        </Paragraph>
        <div className="actions">
          <Button type="submit" disabled={save.isPending}>
            {t('protocolSave')}
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              f.clear();
              setSaved(null);
              finalise.mutate(base);
            }}
            disabled={
              dirty || base.version === 0 || p.missing.length > 0 || Boolean(p.finalisedAt) || finalise.isPending
            }
          >
            {t('protocolFinalise')}
          </Button>
        </div>
        <FormOutcome done={saved} error={f.general} />
      </form>
    </article>
  );
}

/** Whose protocol and its status, with the PDF (in the language chosen) and, in the desktop app, printing. */
function ProtocolHead({ p, onError }: { p: Protocol; onError: Issues['fromError'] }) {
  const { t, locale } = useLocale();
  // The protocol is printed in the language chosen here: the screen's until one is chosen.
  const [chosenLang, setDocLang] = useState<Locale | null>(null);
  const docLang = chosenLang ?? locale;
  const pdf = useMutation({
    mutationFn: () => exportFile('protocol', { caseId: p.caseId, lang: docLang }, locale),
    onSuccess: download,
    onError,
  });
  return (
    <>
      <p className="breadcrumb">
        <a href={href.case(p.caseId)}>{p.caseNumber}</a> / {t('protocolHeading')}
      </p>
      <div className="page-head">
        <div>
          <Heading level={1} data-size="lg">
            {t('protocolHeading')}
          </Heading>
          <p className="case-meta">
            <span className="mono">{p.caseNumber}</span> {p.title}{' '}
            <Tag data-color={p.finalisedAt ? 'success' : 'warning'}>
              {p.finalisedAt
                ? t('protocolFinal', { date: formatDateTime(p.finalisedAt, locale), by: p.finalisedBy ?? '' })
                : t('protocolDraft')}
            </Tag>
          </p>
        </div>
        <div className="actions">
          <DocumentLanguage id="p-lang" label={t('protocolLanguage')} value={docLang} onChange={setDocLang} />
          <Button variant="secondary" onClick={() => pdf.mutate()} disabled={pdf.isPending}>
            {t('protocolDownload')}
          </Button>
          {window.apiPrint && (
            <Button
              variant="tertiary"
              onClick={() => void printReport('protocol', { caseId: p.caseId, lang: docLang }, locale).catch(onError)}
            >
              {t('protocolPrint')}
            </Button>
          )}
        </div>
      </div>
    </>
  );
}

/** Whether a protocol is required, whether the regime is known, and how current the thresholds are. */
function ProtocolNotices({ p }: { p: Protocol }) {
  const { t } = useLocale();
  return (
    <>
      {!p.required && <Alert data-color="info">{t('protocolNotRequired')}</Alert>}
      {p.regime === null && <Alert data-color="warning">{t('protocolRegimeUnknown')}</Alert>}
      {p.ruleNotes.map((n, i) => (
        <Alert key={i} data-color="warning" data-testid="rule-note">
          {n}
        </Alert>
      ))}
    </>
  );
}

/** What the regime requires, item by item, and what is still missing. */
function ChecklistPanel({ p }: { p: Protocol }) {
  const { t, label, locale } = useLocale();
  const itemLabel = (code: string) => label(protocolItemDefs.find((d) => d.code === code));
  return (
    <section className="panel" aria-labelledby="checklist-h">
      <Heading level={2} data-size="sm" id="checklist-h">
        {t('protocolChecklist')}
      </Heading>
      {p.section && (
        <Paragraph data-size="sm" data-testid="protocol-section">
          {t('protocolSectionNote', { section: label(protocolSectionDefs.find((s) => s.code === p.section)) })}
        </Paragraph>
      )}
      {p.missing.length > 0 ? (
        <Alert data-color="warning" data-testid="protocol-missing">
          <strong>{t('protocolMissingHeading')}:</strong>
          <ul>
            {p.missing.map((m) => (
              <li key={m}>{itemLabel(m)}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Alert data-color="success">{t('protocolComplete')}</Alert>
      )}
      <Table data-size="sm">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('protocolItemCol')}</Table.HeaderCell>
            <Table.HeaderCell>{t('protocolRefCol')}</Table.HeaderCell>
            <Table.HeaderCell>{t('protocolStatusCol')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {p.items.map((i) => (
            <Table.Row key={i.item}>
              <Table.Cell>{itemLabel(i.item)}</Table.Cell>
              <Table.Cell>{protocolRef(i.item, p.section, locale)}</Table.Cell>
              <Table.Cell>
                {!i.required ? (
                  t('protocolStatus_notRequired')
                ) : i.done ? (
                  t('protocolStatus_done')
                ) : (
                  <strong className="warn-text">{t('protocolStatus_missing')}</strong>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}

/** The suppliers that took part, each with what became of them; added and removed here. */
function ParticipantsFieldset({
  participants,
  onChange,
  errorOf,
}: {
  participants: Participant[];
  onChange: (list: Participant[]) => void;
  errorOf: Issues['errorOf'];
}) {
  const { t } = useLocale();
  const setPart = (i: number, patch: Partial<Participant>) =>
    onChange(participants.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <fieldset className="protocol-participants">
      <legend className="ds-heading" data-size="xs">
        {t('protocolSuppliersHeading')}
      </legend>
      {participants.map((x, i) => (
        <ParticipantRow
          key={i}
          i={i}
          x={x}
          setPart={(patch) => setPart(i, patch)}
          onRemove={() => onChange(participants.filter((_, j) => j !== i))}
          error={errorOf(`participants.${i}.name`)}
        />
      ))}
      <Button
        type="button"
        variant="secondary"
        data-size="sm"
        onClick={() => onChange([...participants, NEW_PARTICIPANT])}
      >
        {t('protocolAddParticipant')}
      </Button>
    </fieldset>
  );
}

/** One supplier: its name and number, the steps it reached, and why it was rejected or eliminated. */
function ParticipantRow({
  i,
  x,
  setPart,
  onRemove,
  error,
}: {
  i: number;
  x: Participant;
  setPart: (patch: Partial<Participant>) => void;
  onRemove: () => void;
  error: string | undefined;
}) {
  const { t } = useLocale();
  return (
    <div className="protocol-participant">
      <Textfield
        id={`pp-name-${i}`}
        label={t('protocolParticipantName')}
        value={x.name}
        onChange={(e) => setPart({ name: e.target.value })}
        error={error}
      />
      <Textfield
        id={`pp-orgnr-${i}`}
        label={t('protocolParticipantOrgnr')}
        value={x.orgnr}
        onChange={(e) => setPart({ orgnr: e.target.value })}
      />
      <div className="protocol-participant-flags">
        <Checkbox
          label={t('protocolRequested')}
          checked={x.requested}
          onChange={(e) => setPart({ requested: e.target.checked })}
        />
        <Checkbox
          label={t('protocolSelected')}
          checked={x.selected}
          onChange={(e) => setPart({ selected: e.target.checked })}
        />
        <Checkbox
          label={t('protocolTendered')}
          checked={x.tendered}
          onChange={(e) => setPart({ tendered: e.target.checked })}
        />
        <Checkbox
          label={t('protocolRejected')}
          checked={x.rejected}
          onChange={(e) => setPart({ rejected: e.target.checked })}
        />
        <Checkbox
          label={t('protocolEliminated')}
          checked={x.eliminated}
          onChange={(e) => setPart({ eliminated: e.target.checked })}
        />
        <Checkbox
          label={t('protocolAwarded')}
          checked={x.awarded}
          onChange={(e) => setPart({ awarded: e.target.checked })}
        />
      </div>
      {x.rejected && (
        <>
          <Textfield
            id={`pp-reason-${i}`}
            label={t('protocolRejectionReason')}
            multiline
            rows={2}
            value={x.rejectionReason}
            onChange={(e) => setPart({ rejectionReason: e.target.value })}
          />
          <Checkbox
            label={t('protocolAbnormallyLow')}
            checked={x.abnormallyLow}
            onChange={(e) => setPart({ abnormallyLow: e.target.checked })}
          />
        </>
      )}
      {x.eliminated && (
        <Textfield
          id={`pp-elim-${i}`}
          label={t('protocolEliminationReason')}
          multiline
          rows={2}
          value={x.eliminationReason}
          onChange={(e) => setPart({ eliminationReason: e.target.value })}
        />
      )}
      <Button type="button" variant="tertiary" data-size="sm" onClick={onRemove}>
        {t('protocolRemoveParticipant', { name: x.name || `#${i + 1}` })}
      </Button>
    </div>
  );
}

/** The award notice, the end of the standstill period, or why there was none. */
function AwardDates({
  fields,
  set,
  errorOf,
}: {
  fields: ProtocolFields;
  set: <K extends keyof ProtocolFields>(k: K, v: ProtocolFields[K]) => void;
  errorOf: Issues['errorOf'];
}) {
  const { t } = useLocale();
  return (
    <div className="row-3">
      <DateField
        id="p-awardNoticeDate"
        label={t('protocolAwardNoticeDate')}
        value={fields.awardNoticeDate ?? ''}
        onChange={(v) => set('awardNoticeDate', v || null)}
        error={errorOf('awardNoticeDate')}
      />
      <DateField
        id="p-standstillEndDate"
        label={t('protocolStandstillEnd')}
        value={fields.standstillEndDate ?? ''}
        onChange={(v) => set('standstillEndDate', v || null)}
        error={errorOf('standstillEndDate')}
      />
      <Textfield
        id="p-standstillNone"
        label={t('protocolStandstillNone')}
        value={fields.standstillNone}
        onChange={(e) => set('standstillNone', e.target.value)}
      />
    </div>
  );
}
