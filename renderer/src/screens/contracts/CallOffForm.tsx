import { Alert, Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  callOffMethodDefs,
  formatAmount,
  todayInOslo,
  type CallOffMethod,
  type ContractDetail,
} from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { DateField } from '../../components/DateField.js';
import { MoneyField } from '../../components/MoneyField.js';
import { useLocale } from '../../i18n/locale.js';
import { moneyOf, useIssues } from '../../lib/useIssues.js';

type Framework = NonNullable<ContractDetail['framework']>;
export type CallOff = Framework['callOffs'][number];

/**
 * Records a call-off under a framework: the ways its terms allow, and a
 * mini-competition's invitation, tenders and reasons. Given `editing`, the
 * same form holds that call-off's values and saves them on the version it
 * was read at (contracts.updateCallOff; a stale one is refused with the
 * service's 409, said above the fields).
 */
export function CallOffForm({
  k,
  fw,
  editing,
  onDone,
}: {
  k: ContractDetail;
  fw: Framework;
  editing?: CallOff;
  onDone?(saved: string): void;
}) {
  const { t, locale } = useLocale();
  const qc = useQueryClient();
  const methods = callOffMethodDefs.filter(
    (d) =>
      fw.callOff === 'both' ||
      (fw.callOff === 'ranked' ? d.code === 'direct' : d.code === 'mini_competition') ||
      d.code === editing?.method,
  );
  const [date, setDate] = useState(editing?.date ?? todayInOslo());
  const [department, setDepartment] = useState(editing?.department ?? fw.entitled[0] ?? '');
  const [supplierId, setSupplierId] = useState(String(editing?.supplierId ?? k.suppliers[0]?.id ?? ''));
  const [value, setValue] = useState(editing ? formatAmount(editing.value, locale) : '');
  const [quantity, setQuantity] = useState(editing?.quantity === null ? '' : String(editing?.quantity ?? ''));
  const [description, setDescription] = useState(editing?.description ?? '');
  const [method, setMethod] = useState<CallOffMethod>(editing?.method ?? methods[0]!.code);
  const [invitationDate, setInvitationDate] = useState(editing?.invitationDate ?? '');
  const [tenderCount, setTenderCount] = useState(
    editing?.tenderCount === null ? '' : String(editing?.tenderCount ?? ''),
  );
  const [awardReason, setAwardReason] = useState(editing?.awardReason ?? '');
  const [overMaximumReason, setOverMaximumReason] = useState(editing?.overMaximumReason ?? '');
  // Past the maximum a new call-off needs the lawful change it rests on; one recorded with a ground keeps it.
  const overMaximum = fw.spend.level === 'reached' || !!editing?.overMaximumReason;
  const f = useIssues();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from a row's "Endre": focus goes to the form, which says which call-off it edits.
  useEffect(() => {
    if (editing) heading.current?.focus();
  }, [editing]);
  const update = useMutation({
    mutationFn: (input: Parameters<typeof call<'contracts.updateCallOff'>>[1]) =>
      call('contracts.updateCallOff', input),
    onSuccess: (saved) => {
      f.clear();
      qc.setQueryData(query('contracts.get', { id: k.id }).queryKey, saved);
      onDone?.(t('callOffSaved'));
    },
    onError: f.fromError,
  });
  const add = useMutation({
    mutationFn: (input: Parameters<typeof call<'contracts.addCallOff'>>[1]) => call('contracts.addCallOff', input),
    onSuccess: (saved) => {
      f.clear();
      setValue('');
      setQuantity('');
      setDescription('');
      setAwardReason('');
      setOverMaximumReason('');
      qc.setQueryData(query('contracts.get', { id: k.id }).queryKey, saved);
    },
    onError: f.fromError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    f.clear();
    const mini = method === 'mini_competition';
    const values = {
      date,
      department,
      supplierId: Number(supplierId),
      value: moneyOf(value),
      quantity: quantity.trim() ? Number(quantity) : null,
      description,
      method,
      invitationDate: mini ? invitationDate || null : null,
      tenderCount: mini && tenderCount.trim() ? Number(tenderCount) : null,
      awardReason: mini ? awardReason : '',
      overMaximumReason: overMaximum ? overMaximumReason : '',
    };
    if (editing) {
      const input = { ...values, id: editing.id, version: editing.version };
      if (f.check('contracts.updateCallOff', input, { value })) update.mutate(input);
      return;
    }
    const input = { ...values, contractId: k.id };
    if (f.check('contracts.addCallOff', input, { value })) add.mutate(input);
  }
  const err = f.errorOf;
  const fields = [
    'date',
    'department',
    'supplierId',
    'value',
    'quantity',
    'description',
    'method',
    'invitationDate',
    'tenderCount',
    'awardReason',
    'overMaximumReason',
  ];
  return (
    <form className="item-add" aria-labelledby="co-h" onSubmit={submit} noValidate data-testid="call-off-form">
      <Heading level={3} id="co-h" data-size="xs" ref={heading} tabIndex={editing ? -1 : undefined}>
        {editing ? t('callOffEdit') : t('callOffAdd')}
      </Heading>
      {f.others(fields).map((message) => (
        <Alert key={message} data-color="danger" data-size="sm">
          {message}
        </Alert>
      ))}
      <div className="row-2">
        <DateField id="co-date" label={t('callOffDate')} value={date} onChange={setDate} error={err('date')} />
        <Textfield
          id="co-dept"
          label={t('callOffDepartment')}
          value={department}
          list="co-dept-list"
          onChange={(e) => setDepartment(e.target.value)}
          error={err('department')}
        />
        <datalist id="co-dept-list">
          {fw.entitled.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
      </div>
      <div className="row-2">
        <CodeSelect
          id="co-supplier"
          label={t('callOffSupplier')}
          defs={k.suppliers.map((s) => ({ code: String(s.id), nb: s.name, nn: s.name, en: s.name }))}
          value={supplierId}
          onChange={setSupplierId}
          error={err('supplierId')}
        />
        <MoneyField id="co-value" label={t('callOffValue')} value={value} onChange={setValue} error={err('value')} />
      </div>
      <div className="row-2">
        <Textfield
          id="co-desc"
          label={t('callOffDescription')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={err('description')}
        />
        {fw.maxQuantity !== null && (
          <Textfield
            id="co-qty"
            label={`${t('callOffQuantity')}${fw.quantityUnit ? ` (${fw.quantityUnit})` : ''}`}
            inputMode="numeric"
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
            error={err('quantity')}
          />
        )}
      </div>
      <CodeSelect
        id="co-method"
        label={t('callOffMethod')}
        defs={methods}
        value={method}
        onChange={(v) => v && setMethod(v)}
        error={err('method')}
      />
      {method === 'mini_competition' && (
        <>
          <div className="row-2">
            <DateField
              id="co-inv"
              label={t('callOffInvitation')}
              value={invitationDate}
              onChange={setInvitationDate}
              error={err('invitationDate')}
            />
            <Textfield
              id="co-tenders"
              label={t('callOffTenders')}
              inputMode="numeric"
              value={tenderCount}
              onChange={(e) => setTenderCount(e.target.value)}
              error={err('tenderCount')}
            />
          </div>
          <Textfield
            id="co-reason"
            label={t('callOffReason')}
            multiline
            rows={2}
            value={awardReason}
            onChange={(e) => setAwardReason(e.target.value)}
            error={err('awardReason')}
          />
        </>
      )}
      {overMaximum && (
        <Textfield
          id="co-overMaximum"
          label={t('callOffOverMaximum')}
          description={t('callOffOverMaximumHelp')}
          multiline
          rows={2}
          value={overMaximumReason}
          onChange={(e) => setOverMaximumReason(e.target.value)}
          error={err('overMaximumReason')}
        />
      )}
      {editing ? (
        <div className="actions">
          <Button type="submit" data-size="sm" loading={update.isPending}>
            {t('callOffSave')}
          </Button>
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => onDone?.('')}>
            {t('frameworkCancel')}
          </Button>
        </div>
      ) : (
        <Button type="submit" variant="secondary" data-size="sm" loading={add.isPending}>
          {t('callOffAdd')}
        </Button>
      )}
    </form>
  );
}
