import { Alert, Button, Dialog, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  canUndoOptionDecision,
  formatDate,
  optionPeriodStart,
  periodEndBefore,
  todayInOslo,
  type ContractDetail,
} from '../../../../core/index.js';
import { ApiError, call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { DateField } from '../../components/DateField.js';

type Option = ContractDetail['options'][number];
/** What the person is about to do: decide the next option (with the date entered), or undo a decision. */
type Pending = { kind: 'exercised' | 'declined'; option: Option } | { kind: 'undo'; option: Option } | null;

/** An option's own period: from the day after the period before it ends, for its length. */
function periodOf(k: ContractDetail, seq: number): { from: string; to: string; before: string } {
  const before = periodEndBefore(k.endDate, k.options, seq);
  return {
    from: optionPeriodStart(k.endDate, k.options, seq),
    to: periodEndBefore(k.endDate, k.options, seq + 1),
    before,
  };
}

/**
 * The decision that can be undone now, if any: a decline (the options that
 * lapsed with it come back too), else the last option used; and only
 * before its period starts.
 */
function undoable(k: ContractDetail, today: string): Option | undefined {
  const decided = k.options.filter((o) => o.status !== 'open');
  const o = decided.find((x) => x.status === 'declined') ?? decided.at(-1);
  return o && canUndoOptionDecision(k.endDate, k.options, o.seq, today) ? o : undefined;
}

/** The contract's options with their periods; deciding one, or undoing a decision, is confirmed in a dialog first. */
export function ContractOptions({ k }: { k: ContractDetail }) {
  const { t, locale } = useLocale();
  const [date, setDate] = useState(todayInOslo());
  const [pending, setPending] = useState<Pending>(null);
  if (k.options.length === 0) return null;
  const next = k.options.find((o) => o.status === 'open');
  const undo = k.terminatedDate ? undefined : undoable(k, todayInOslo());
  const fmt = (d: string) => formatDate(d, locale);
  return (
    <>
      <h3 className="ds-heading" data-size="xs">
        {t('options')}
      </h3>
      <Table data-size="sm" className="full" data-testid="options">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('options')}</Table.HeaderCell>
            <Table.HeaderCell>{t('optionDecideBy')}</Table.HeaderCell>
            <Table.HeaderCell>{t('optionDecision')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {k.options.map((o) => {
            const p = periodOf(k, o.seq);
            return (
              <Table.Row key={o.seq}>
                <Table.Cell>
                  {t('optionN', { n: o.seq })}
                  {/* Its own period, as the dialogs name it: what using it adds. */}
                  <span className="muted option-period" data-testid={`option-${o.seq}-period`}>
                    {t('optionPeriod')}: {t('optionPeriodRange', { from: fmt(p.from), to: fmt(p.to) })}
                  </span>
                </Table.Cell>
                <Table.Cell>{fmt(o.decideBy)}</Table.Cell>
                <Table.Cell data-testid={`option-${o.seq}-status`}>
                  {t('optionStatus', { status: o.status })}
                  {o.decidedDate ? ` ${fmt(o.decidedDate)}` : ''}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
      {next && !k.terminatedDate && (
        <div className="decide">
          <DateField label={t('decisionDate')} value={date} onChange={setDate} />
          <Button data-size="sm" onClick={() => setPending({ kind: 'exercised', option: next })}>
            {t('exercise')} ({t('optionN', { n: next.seq })})
          </Button>
          <Button data-size="sm" variant="secondary" onClick={() => setPending({ kind: 'declined', option: next })}>
            {t('declineOption', { option: t('optionN', { n: next.seq }) })}
          </Button>
        </div>
      )}
      {undo && (
        <div className="decide">
          <Button data-size="sm" variant="tertiary" onClick={() => setPending({ kind: 'undo', option: undo })}>
            {t('undoDecision', { option: t('optionN', { n: undo.seq }) })}
          </Button>
        </div>
      )}
      <OptionDialog k={k} pending={pending} date={date} onClose={() => setPending(null)} />
    </>
  );
}

/** Asks before an option is decided or a decision undone, naming the option, its period and the contract; an undo needs a reason. */
function OptionDialog({
  k,
  pending,
  date,
  onClose,
}: {
  k: ContractDetail;
  pending: Pending;
  date: string;
  onClose: () => void;
}) {
  const { t, locale } = useLocale();
  const qc = useQueryClient();
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const done = (saved: ContractDetail) => {
    qc.setQueryData(query('contracts.get', { id: k.id }).queryKey, saved);
    onClose();
  };
  const fail = (e: Error) => {
    const issue = e instanceof ApiError ? e.issues[0] : undefined;
    setError({ field: issue?.path ?? null, message: issue?.message ?? e.message });
  };
  const decide = useMutation({
    mutationFn: (v: { seq: number; decision: 'exercised' | 'declined' }) =>
      call('contracts.decideOption', { id: k.id, version: k.version, seq: v.seq, decision: v.decision, date }),
    onSuccess: done,
    onError: fail,
  });
  const undo = useMutation({
    mutationFn: (v: { seq: number; reason: string }) =>
      call('contracts.undoOptionDecision', { id: k.id, version: k.version, seq: v.seq, reason: v.reason }),
    onSuccess: done,
    onError: fail,
  });
  useEffect(() => {
    setError(null);
    setReason('');
    if (pending) ref.current?.showModal();
    else ref.current?.close();
  }, [pending]);
  const busy = decide.isPending || undo.isPending;
  const body = () => {
    if (!pending) return null;
    const o = pending.option;
    const option = t('optionN', { n: o.seq });
    const p = periodOf(k, o.seq);
    const words = {
      option,
      contract: k.title,
      months: o.lengthMonths,
      from: formatDate(p.from, locale),
      to: formatDate(p.to, locale),
      end: formatDate(p.before, locale),
    };
    if (pending.kind === 'undo') {
      return (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setError(null);
            undo.mutate({ seq: o.seq, reason });
          }}
          noValidate
        >
          <Heading level={2} data-size="sm" id="option-dialog-heading">
            {t('undoHeading', { n: o.seq })}
          </Heading>
          <Paragraph>
            {t('undoText', { ...words, status: t('optionStatus', { status: o.status }).toLowerCase() })}
          </Paragraph>
          <Textfield
            id="f-undo-reason"
            label={t('undoReason')}
            multiline
            rows={3}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              if (error?.field === 'reason') setError(null);
            }}
            error={error?.field === 'reason' ? error.message : undefined}
          />
          {error && error.field !== 'reason' && (
            <Alert data-color="danger" data-size="sm">
              {error.message}
            </Alert>
          )}
          <div className="actions">
            <Button type="submit" data-color="danger" disabled={busy}>
              {t('undoConfirm')}
            </Button>
            <Button type="button" variant="secondary" onClick={onClose}>
              {t('cancel')}
            </Button>
          </div>
        </form>
      );
    }
    const exercise = pending.kind === 'exercised';
    return (
      <>
        <Heading level={2} data-size="sm" id="option-dialog-heading">
          {exercise ? t('exerciseConfirmHeading', { n: o.seq }) : t('declineConfirmHeading', { n: o.seq })}
        </Heading>
        <Paragraph>{exercise ? t('exerciseConfirmText', words) : t('declineConfirmText', words)}</Paragraph>
        <Paragraph data-size="sm">
          {t('decisionDate')}: {formatDate(date, locale)}.{' '}
          {t('decisionUndoableUntil', { from: formatDate(p.from, locale) })}
        </Paragraph>
        {error && (
          <Alert data-color="danger" data-size="sm">
            {error.message}
          </Alert>
        )}
        <div className="actions">
          <Button
            onClick={() => decide.mutate({ seq: o.seq, decision: pending.kind as 'exercised' | 'declined' })}
            disabled={busy}
          >
            {exercise ? t('exerciseConfirm', { n: o.seq }) : t('declineConfirm', { n: o.seq })}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
        </div>
      </>
    );
  };
  return (
    <Dialog
      ref={ref}
      onClose={onClose}
      closeButton={t('cancel')}
      aria-labelledby="option-dialog-heading"
      data-testid="option-dialog"
    >
      <Dialog.Block>{body()}</Dialog.Block>
    </Dialog>
  );
}
