import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  Heading,
  Paragraph,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  codeName,
  complaintKindDefs,
  complaintOutcomeDefs,
  formatDate,
  kofaAnswerDue,
  todayInOslo,
  type CaseDetail,
  type Complaint,
  type ComplaintFields,
  type ComplaintKind,
  type ComplaintOutcome,
} from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { ListTable } from '../../components/ListTable.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { DateField } from '../../components/DateField.js';
import { FormOutcome } from '../../components/FormOutcome.js';
import { useLocale } from '../../i18n/locale.js';
import { useIssues } from '../../lib/useIssues.js';

const blank = (): ComplaintFields => ({
  kind: 'office',
  date: todayInOslo(),
  supplier: '',
  concerns: '',
  answerDue: null,
  answer: '',
  closedDate: null,
  outcome: null,
  kofaCaseNo: '',
  fee: false,
});

/** A complaint turned into another kind: what the new kind's form does not show is not kept unseen. */
const ofKind = (x: ComplaintFields, kind: ComplaintKind): ComplaintFields =>
  kind === x.kind
    ? x
    : {
        ...x,
        kind,
        ...(kind === 'injunction' ? { answerDue: null } : {}),
        ...(kind === 'kofa' ? {} : { kofaCaseNo: '', fee: false }),
        ...(kind === 'injunction' ? { outcome: null, answer: '' } : {}),
      };

/** The case's complaints (to the office, to KOFA, injunctions): the open ones marked, a form to record or close one, and removing one recorded by mistake after asking. */
export function ComplaintsPanel({ c }: { c: CaseDetail }) {
  const { t, locale } = useLocale();
  const q = useQuery(query('complaints.list', { caseId: c.id }));
  const [editing, setEditing] = useState<number | null>(null);
  const [f, setF] = useState<ComplaintFields>(blank);
  const [done, setDone] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Complaint | null>(null);
  const issues = useIssues({ prefix: 'complaint.' });
  const set = <K extends keyof ComplaintFields>(k: K, v: ComplaintFields[K]) => setF((x) => ({ ...x, [k]: v }));
  const save = useMutation({
    mutationFn: (complaint: ComplaintFields) =>
      editing === null
        ? call('complaints.add', { caseId: c.id, complaint })
        : call('complaints.update', { id: editing, complaint }),
    onSuccess: () => (issues.clear(), setEditing(null), setF(blank()), setDone(t('complaintSaved'))),
    onError: (e) => (setDone(null), issues.fromError(e)),
  });
  const submit = () => {
    const input = editing === null ? { caseId: c.id, complaint: f } : { id: editing, complaint: f };
    if (issues.check(editing === null ? 'complaints.add' : 'complaints.update', input)) save.mutate(f);
  };
  const edit = (x: Complaint) => {
    const { id, caseId: _c, ...fields } = x;
    setEditing(id);
    setF(fields);
    setDone(null);
  };
  const removed = (x: Complaint) => {
    setRemoving(null);
    if (editing === x.id) {
      setEditing(null);
      setF(blank());
      issues.clear();
    }
    setDone(t('complaintRemoved'));
  };
  const err = issues.errorOf;
  const closedLabel =
    f.kind === 'injunction' ? t('complaintLifted') : f.kind === 'kofa' ? t('complaintDecided') : t('complaintAnswered');
  const open = (q.data ?? []).filter((x) => !x.closedDate);
  const today = todayInOslo();
  // The fields the form shows for this kind; a problem with any other (e.g. an answer due kept on a KOFA complaint) is said above the button.
  const shown: (keyof ComplaintFields)[] = [
    'kind',
    'date',
    'supplier',
    'concerns',
    ...(f.kind === 'kofa'
      ? (['kofaCaseNo', 'answerDue'] as const)
      : f.kind === 'office'
        ? (['answerDue'] as const)
        : []),
    ...(editing === null
      ? []
      : [
          'closedDate' as const,
          ...(f.kind === 'injunction' ? [] : (['outcome', 'answer'] as const)),
          ...(f.kind === 'kofa' ? (['fee'] as const) : []),
        ]),
  ];
  return (
    <section aria-labelledby="complaints-h" className="panel dialogue-section" data-testid="complaints-panel">
      <h2 id="complaints-h" className="ds-heading" data-size="sm">
        {t('complaintsHeading')}
      </h2>
      {open.some((x) => x.kind === 'injunction') && (
        <Alert data-color="danger" data-size="sm" data-testid="injunction-standing">
          {t('injunctionStanding')}
        </Alert>
      )}
      {q.data && q.data.length === 0 ? (
        <p className="empty">{t('noComplaints')}</p>
      ) : (
        <ListTable
          testId="complaints"
          headers={[t('colDate'), t('complaintKind'), t('complaintSupplier'), t('complaintStatus')]}
          actions={c.archived ? null : t('complaintEdit')}
        >
          {q.data?.map((x) => (
            <Table.Row key={x.id}>
              <Table.Cell className="nowrap">{formatDate(x.date, locale)}</Table.Cell>
              <Table.Cell>
                {codeName(complaintKindDefs, x.kind, locale)}
                {x.kofaCaseNo ? ` ${x.kofaCaseNo}` : ''}
                {x.concerns && <span className="row-sub">{x.concerns}</span>}
              </Table.Cell>
              <Table.Cell>{x.supplier}</Table.Cell>
              <Table.Cell>
                {x.closedDate ? (
                  <>
                    {t('complaintClosedOn', { date: formatDate(x.closedDate, locale) })}
                    {x.outcome && <span className="row-sub">{codeName(complaintOutcomeDefs, x.outcome, locale)}</span>}
                    {x.fee && <span className="row-sub">{t('complaintFee')}</span>}
                  </>
                ) : x.kind === 'injunction' ? (
                  <Tag data-color="danger" data-size="sm">
                    {t('injunctionInForce')}
                  </Tag>
                ) : x.answerDue && x.answerDue < today ? (
                  <Tag data-color="danger" data-size="sm">
                    {t('complaintOverdue', { date: formatDate(x.answerDue, locale) })}
                  </Tag>
                ) : (
                  <Tag data-color="warning" data-size="sm">
                    {x.answerDue
                      ? t('complaintOpenDue', { date: formatDate(x.answerDue, locale) })
                      : t('complaintOpen')}
                  </Tag>
                )}
              </Table.Cell>
              {!c.archived && (
                <Table.Cell>
                  <div className="actions nowrap">
                    <Button
                      data-size="sm"
                      variant="tertiary"
                      onClick={() => edit(x)}
                      aria-label={t('complaintEditOne', { supplier: x.supplier, date: formatDate(x.date, locale) })}
                    >
                      {t('complaintEdit')}
                    </Button>
                    <Button
                      data-size="sm"
                      variant="tertiary"
                      data-color="danger"
                      onClick={() => (setDone(null), setRemoving(x))}
                      aria-label={t('complaintRemoveOne', { supplier: x.supplier, date: formatDate(x.date, locale) })}
                    >
                      {t('complaintRemove')}
                    </Button>
                  </div>
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </ListTable>
      )}
      {!c.archived && (
        <div className="award-form">
          <div className="row-4">
            <CodeSelect
              id="cp-kind"
              label={t('complaintKind')}
              defs={complaintKindDefs}
              value={f.kind}
              onChange={(v) => setF((x) => ofKind(x, v as ComplaintKind))}
              error={err('kind')}
            />
            <DateField
              id="cp-date"
              label={f.kind === 'injunction' ? t('complaintServed') : t('complaintDate')}
              value={f.date}
              onChange={(v) => set('date', v)}
              error={err('date')}
            />
            <Textfield
              id="cp-supplier"
              label={t('complaintSupplier')}
              value={f.supplier}
              onChange={(e) => set('supplier', e.target.value)}
              error={err('supplier')}
            />
            {f.kind === 'kofa' && (
              <Textfield
                id="cp-kofa"
                label={t('complaintKofaNo')}
                value={f.kofaCaseNo}
                onChange={(e) => set('kofaCaseNo', e.target.value)}
                error={err('kofaCaseNo')}
              />
            )}
            {f.kind !== 'injunction' && (
              <DateField
                id="cp-due"
                label={t('complaintAnswerDue')}
                description={
                  f.kind === 'kofa' && /^\d{4}-\d{2}-\d{2}$/.test(f.date)
                    ? t('complaintKofaDueHelp', { date: formatDate(kofaAnswerDue(f.date), locale) })
                    : undefined
                }
                value={f.answerDue ?? ''}
                onChange={(v) => set('answerDue', v || null)}
                error={err('answerDue')}
              />
            )}
          </div>
          <Textfield
            id="cp-concerns"
            label={t('complaintConcerns')}
            value={f.concerns}
            onChange={(e) => set('concerns', e.target.value)}
            error={err('concerns')}
          />
          {editing !== null && (
            <div className="row-3">
              <DateField
                id="cp-closed"
                label={closedLabel}
                value={f.closedDate ?? ''}
                onChange={(v) => set('closedDate', v || null)}
                error={err('closedDate')}
              />
              {f.kind !== 'injunction' && (
                <CodeSelect
                  id="cp-outcome"
                  label={t('complaintOutcome')}
                  defs={complaintOutcomeDefs}
                  value={f.outcome ?? ''}
                  onChange={(v) => set('outcome', (v || null) as ComplaintOutcome | null)}
                  empty={t('none')}
                  error={err('outcome')}
                />
              )}
              {f.kind !== 'injunction' && (
                <Textfield
                  id="cp-answer"
                  label={f.kind === 'kofa' ? t('complaintDecision') : t('complaintAnswer')}
                  value={f.answer}
                  onChange={(e) => set('answer', e.target.value)}
                  error={err('answer')}
                />
              )}
              {f.kind === 'kofa' && (
                <Checkbox
                  id="cp-fee"
                  label={t('complaintFee')}
                  checked={f.fee}
                  onChange={(e) => set('fee', e.target.checked)}
                />
              )}
            </div>
          )}
          {issues.others(shown.map((k) => `complaint.${k}`)).map((m) => (
            <Alert key={m} data-color="danger" data-size="sm">
              {m}
            </Alert>
          ))}
          <div className="actions">
            <Button data-size="sm" variant="secondary" onClick={submit} loading={save.isPending}>
              {editing === null ? t('complaintAdd') : t('complaintSave')}
            </Button>
            {editing !== null && (
              <Button
                data-size="sm"
                variant="tertiary"
                onClick={() => (issues.clear(), setEditing(null), setF(blank()), setDone(null))}
              >
                {t('cancel')}
              </Button>
            )}
          </div>
          <FormOutcome done={done} error={null} />
        </div>
      )}
      <RemoveDialog
        key={removing?.id ?? 0}
        complaint={removing}
        onClose={() => setRemoving(null)}
        onRemoved={removed}
      />
    </section>
  );
}

/** Asks before a complaint is removed, naming it, and says it is for one recorded by mistake (a withdrawn one is closed instead). */
function RemoveDialog({
  complaint,
  onClose,
  onRemoved,
}: {
  complaint: Complaint | null;
  onClose: () => void;
  onRemoved: (x: Complaint) => void;
}) {
  const { t, locale } = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  const remove = useMutation({
    mutationFn: (id: number) => call('complaints.remove', { id }),
    onSuccess: () => complaint && onRemoved(complaint),
  });
  useEffect(() => {
    if (complaint) ref.current?.showModal();
    else ref.current?.close();
  }, [complaint]);
  const words = complaint && {
    kind: codeName(complaintKindDefs, complaint.kind, locale),
    supplier: complaint.supplier,
    date: formatDate(complaint.date, locale),
  };
  return (
    <Dialog
      ref={ref}
      onClose={onClose}
      closeButton={t('cancel')}
      aria-labelledby="complaint-remove-h"
      data-testid="complaint-remove-dialog"
      className="confirm-dialog"
    >
      <Dialog.Block>
        {complaint && words && (
          <>
            <Heading level={2} data-size="sm" id="complaint-remove-h">
              {t('complaintRemoveHeading')}
            </Heading>
            <Paragraph>{t('complaintRemoveText', words)}</Paragraph>
            {remove.error && (
              <Alert data-color="danger" data-size="sm">
                {remove.error.message}
              </Alert>
            )}
            <div className="actions">
              <Button data-color="danger" onClick={() => remove.mutate(complaint.id)} loading={remove.isPending}>
                {t('complaintRemoveConfirm')}
              </Button>
              <Button variant="secondary" onClick={onClose}>
                {t('cancel')}
              </Button>
            </div>
          </>
        )}
      </Dialog.Block>
    </Dialog>
  );
}
