import { Alert, Button, Fieldset, Heading, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  isValidOrgnr,
  normaliseOrgnr,
  SupplierFieldsSchema,
  validate,
  type ConfidentialityBasis,
  type SupplierDetail,
} from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { ConfidentialTextfield } from '../../components/Confidential.js';
import { FormErrors } from '../../components/FormErrors.js';
import { useLocale } from '../../i18n/locale.js';
import type { StringKey } from '../../i18n/strings.js';
import { href, navigate } from '../../lib/router.js';
import { useIssues } from '../../lib/useIssues.js';
import { FormActions } from '../../components/FormActions.js';
import { useEditConflict } from '../../lib/useEditConflict.js';

const LABELS: Record<string, StringKey> = {
  orgnr: 'fieldOrgnr',
  name: 'fieldName',
  address: 'fieldAddress',
  postalCode: 'fieldPostalCode',
  city: 'fieldCity',
  notes: 'fieldNotes',
  contacts: 'contacts',
};
type Contact = { name: string; role: string; email: string; phone: string };

/** A supplier's fields as the form sends them. */
const fieldsOf = (s: SupplierDetail) => ({
  orgnr: s.orgnr,
  name: s.name,
  address: s.address,
  postalCode: s.postalCode,
  city: s.city,
  notes: s.notes ?? '',
  notesConfidential: s.notesConfidential,
  contacts: s.contacts.map(({ id: _id, ...c }) => c),
});

export function SupplierFormScreen({ id }: { id?: number }) {
  const existing = useQuery({ ...query('suppliers.get', { id: id! }), enabled: id !== undefined });
  if (id !== undefined && !existing.data)
    return existing.error ? <Alert data-color="danger">{existing.error.message}</Alert> : <Spinner aria-label="…" />;
  return <SupplierForm existing={existing.data} />;
}

function SupplierForm({ existing }: { existing?: SupplierDetail }) {
  const { t, locale } = useLocale();
  const qc = useQueryClient();
  const f = useIssues();
  const [orgnr, setOrgnr] = useState(existing?.orgnr ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [address, setAddress] = useState(existing?.address ?? '');
  const [postalCode, setPostalCode] = useState(existing?.postalCode ?? '');
  const [city, setCity] = useState(existing?.city ?? '');
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const [notesConfidential, setNotesConfidential] = useState<ConfidentialityBasis | null>(
    existing?.notesConfidential ?? null,
  );
  const [contacts, setContacts] = useState<Contact[]>(existing?.contacts.map(({ id: _id, ...c }) => c) ?? []);

  // As soon as a valid number is typed, say whether the supplier is already registered.
  const typed = normaliseOrgnr(orgnr);
  const dup = useQuery({ ...query('suppliers.list', { q: typed, limit: 1 }), enabled: isValidOrgnr(typed) });
  const other = dup.data?.items.find((s) => s.orgnr === typed && s.id !== existing?.id);

  const save = useMutation({
    mutationFn: ({ input, from }: { input: unknown; from?: SupplierDetail }) =>
      from
        ? call('suppliers.update', { ...(input as object), id: from.id, version: from.version } as never)
        : call('suppliers.create', input as never),
    onSuccess: (s) => {
      qc.setQueryData(query('suppliers.get', { id: s.id }).queryKey, s);
      navigate(href.supplier(s.id));
    },
    onError: (e) => void (edit.caught(e) || f.fromError(e)),
  });

  const input = { orgnr, name, address, postalCode, city, notes, notesConfidential, contacts };
  function send(from: SupplierDetail | undefined, values: typeof input = input) {
    f.clear();
    const sent = from ? { ...values, id: from.id, version: from.version } : values;
    if (f.check(from ? 'suppliers.update' : 'suppliers.create', sent)) save.mutate({ input: values, from });
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    send(edit.base);
  }
  /** Values into the form's fields. */
  function load(v: typeof input) {
    setOrgnr(v.orgnr);
    setName(v.name);
    setAddress(v.address);
    setPostalCode(v.postalCode);
    setCity(v.city);
    setNotes(v.notes);
    setNotesConfidential(v.notesConfidential);
    setContacts(v.contacts);
  }
  // The version the edit goes on from, and a save that crossed another's (lib/useEditConflict.tsx).
  const edit = useEditConflict({
    opened: existing,
    valuesOf: fieldsOf,
    values: input,
    load,
    send: (from: SupplierDetail, v) => send(from, v),
    onTheirs: (s) => qc.setQueryData(query('suppliers.get', { id: s.id }).queryKey, s),
  });
  const setContact = (i: number, patch: Partial<Contact>) =>
    setContacts((list) => list.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  return (
    <form className="narrow-form" onSubmit={submit} noValidate>
      <Heading level={1} data-size="lg">
        {existing ? t('editSupplierHeading', { name: existing.name }) : t('newSupplierHeading')}
      </Heading>
      <FormErrors
        issues={f.issues}
        general={f.general}
        labelOf={(p) => (LABELS[p.split('.')[0]!] ? t(LABELS[p.split('.')[0]!]!) : undefined)}
      />
      {edit.panel(save.isPending)}
      <div className="panel form-main">
        <Textfield
          id="f-orgnr"
          label={t('fieldOrgnr')}
          description={t('fieldOrgnrHelp')}
          inputMode="numeric"
          autoComplete="off"
          value={orgnr}
          onChange={(e) => (setOrgnr(e.target.value), f.clear('orgnr'))}
          onBlur={() => {
            const v = validate(SupplierFieldsSchema.shape.orgnr, orgnr, locale);
            if (!v.ok && orgnr.trim())
              f.setIssues((list) => [
                ...list.filter((i) => i.path !== 'orgnr'),
                { path: 'orgnr', message: v.issues[0]!.message },
              ]);
          }}
          error={f.errorOf('orgnr')}
        />
        {other && (
          <Alert data-color="warning" data-size="sm">
            {t('existingSupplier')} <a href={href.supplier(other.id)}>{other.name}</a>
          </Alert>
        )}
        <Textfield
          id="f-name"
          label={t('fieldName')}
          value={name}
          onChange={(e) => (setName(e.target.value), f.clear('name'))}
          error={f.errorOf('name')}
        />
        <Textfield
          id="f-address"
          label={t('fieldAddress')}
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          error={f.errorOf('address')}
        />
        <div className="row-2">
          <Textfield
            id="f-postalCode"
            label={t('fieldPostalCode')}
            inputMode="numeric"
            value={postalCode}
            onChange={(e) => (setPostalCode(e.target.value), f.clear('postalCode'))}
            error={f.errorOf('postalCode')}
          />
          <Textfield id="f-city" label={t('fieldCity')} value={city} onChange={(e) => setCity(e.target.value)} />
        </div>
        <Fieldset>
          <Fieldset.Legend>{t('contacts')}</Fieldset.Legend>
          {contacts.map((c, i) => (
            <div className="contact-row" key={i}>
              <Textfield
                id={i === 0 ? 'f-contacts' : `f-contacts-${i}`}
                label={t('contactName')}
                value={c.name}
                onChange={(e) => setContact(i, { name: e.target.value })}
                error={f.errorOf(`contacts.${i}.name`)}
              />
              <Textfield
                label={t('contactRole')}
                value={c.role}
                onChange={(e) => setContact(i, { role: e.target.value })}
              />
              <Textfield
                label={t('contactEmail')}
                type="email"
                value={c.email}
                onChange={(e) => setContact(i, { email: e.target.value })}
                error={f.errorOf(`contacts.${i}.email`)}
              />
              <Textfield
                label={t('contactPhone')}
                type="tel"
                value={c.phone}
                onChange={(e) => setContact(i, { phone: e.target.value })}
                error={f.errorOf(`contacts.${i}.phone`)}
              />
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => setContacts((list) => list.filter((_, j) => j !== i))}
                aria-label={t('removeContact', { name: c.name || String(i + 1) })}
              >
                {t('remove')}
              </Button>
            </div>
          ))}
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => setContacts((list) => [...list, { name: '', role: '', email: '', phone: '' }])}
          >
            {t('addContact')}
          </Button>
        </Fieldset>
        <ConfidentialTextfield
          id="f-notes"
          label={t('fieldNotes')}
          value={notes}
          onChange={setNotes}
          basis={notesConfidential}
          onBasis={setNotesConfidential}
          rows={4}
        />
      </div>
      <FormActions busy={save.isPending} cancelTo={existing ? href.supplier(existing.id) : href.suppliers()} />
    </form>
  );
}
