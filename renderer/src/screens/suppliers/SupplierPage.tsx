import { Alert, Button, Heading, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { AuditHistory } from '../../components/AuditHistory.js';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { dialogueFormDefs, formatDate, type ContractStatus, type Output } from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { ActivityTableHead } from '../../components/ActivityTableHead.js';
import { ConfidentialText } from '../../components/Confidential.js';
import { SupplierPicker } from '../../components/SupplierPicker.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';

type SupplierDetail = Output<'suppliers.get'>;

export function SupplierPage({ id }: { id: number }) {
  const { t } = useLocale();
  const q = useQuery(query('suppliers.get', { id }));
  if (q.error) return <Alert data-color="danger">{q.error.message}</Alert>;
  if (!q.data) return <Spinner aria-label={t('loading')} />;
  const s = q.data;
  return (
    <article>
      <p className="breadcrumb">
        <a href={href.suppliers()}>{t('navSuppliers')}</a> / {s.name}
      </p>
      <div className="page-head">
        <div>
          <Heading level={1} data-size="lg">
            {s.name}
          </Heading>
          <p className="case-meta">
            <span className="mono">{s.orgnr}</span>{' '}
            {[s.address, [s.postalCode, s.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}
          </p>
        </div>
        <Button variant="secondary" asChild>
          <a href={href.editSupplier(s.id)}>{t('edit')}</a>
        </Button>
      </div>
      <div className="case-grid">
        <SupplierContacts s={s} />
        <section aria-labelledby="cases-h">
          <h2 id="cases-h" className="ds-heading" data-size="sm">
            {t('supplierCases')}
          </h2>
          <SupplierCases s={s} />
          <h2 className="ds-heading" data-size="sm">
            {t('contractsHeading')}
          </h2>
          <SupplierContracts s={s} />
          <h2 className="ds-heading" data-size="sm">
            {t('supplierActivities')}
          </h2>
          <SupplierActivities s={s} />
        </section>
      </div>
      <AuditHistory entity="supplier" id={s.id} />
    </article>
  );
}

/** The supplier's contact people and notes, the suppliers merged into it, and merging another in. */
function SupplierContacts({ s }: { s: SupplierDetail }) {
  const { t, locale } = useLocale();
  return (
    <section aria-labelledby="contacts-h">
      <h2 id="contacts-h" className="ds-heading" data-size="sm">
        {t('contacts')}
      </h2>
      {s.contacts.length === 0 && <Paragraph className="muted">{t('noneYet')}</Paragraph>}
      <ul className="plain">
        {s.contacts.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong>
            {c.role && `, ${c.role}`}
            <br />
            {c.email && <a href={`mailto:${c.email}`}>{c.email}</a>} {c.phone}
          </li>
        ))}
      </ul>
      {(s.notes || s.notesConfidential) && (
        <>
          <h3 className="ds-heading" data-size="xs">
            {t('fieldNotes')}
          </h3>
          <ConfidentialText text={s.notes} basis={s.notesConfidential} />
        </>
      )}
      {s.mergedFrom.length > 0 && (
        <>
          <h3 className="ds-heading" data-size="xs">
            {t('mergedFrom')}
          </h3>
          <ul className="plain">
            {s.mergedFrom.map((m) => (
              <li key={m.orgnr + m.mergedAt}>
                {m.name} ({m.orgnr}), {formatDate(m.mergedAt, locale)}
              </li>
            ))}
          </ul>
        </>
      )}
      <MergeSupplier s={s} />
    </section>
  );
}

/** Merging a duplicate into this supplier: picked, then confirmed by name. */
function MergeSupplier({ s }: { s: SupplierDetail }) {
  const { t } = useLocale();
  const qc = useQueryClient();
  const [pick, setPick] = useState<{ id: number; name: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const merge = useMutation({
    mutationFn: () => call('suppliers.merge', { keepId: s.id, keepVersion: s.version, mergeId: pick!.id }),
    onSuccess: (kept) => {
      qc.setQueryData(query('suppliers.get', { id: s.id }).queryKey, kept);
      setDone(t('merged', { name: pick!.name }));
      setPick(null);
    },
  });
  return (
    <>
      <details className="merge">
        <summary>{t('merge')}</summary>
        <Paragraph data-size="sm">{t('mergeHelp')}</Paragraph>
        <SupplierPicker
          id="merge-search"
          label={t('mergeSearch')}
          exclude={[s.id]}
          actionLabel={t('mergePick')}
          onPick={(p) => setPick(p)}
        />
        {pick && (
          <Button data-color="danger" onClick={() => merge.mutate()} loading={merge.isPending}>
            {t('mergeConfirm', { name: pick.name })}
          </Button>
        )}
        {merge.error && <Alert data-color="danger">{merge.error.message}</Alert>}
      </details>
      {done && (
        <p role="status" className="status">
          {done}
        </p>
      )}
    </>
  );
}

function SupplierCases({ s }: { s: SupplierDetail }) {
  const { t } = useLocale();
  if (s.cases.length === 0) return <Paragraph className="muted">{t('noneYet')}</Paragraph>;
  return (
    <ul className="plain">
      {s.cases.map((c) => (
        <li key={c.id}>
          <a href={href.case(c.id)}>
            {c.caseNumber} {c.title}
          </a>
          {c.prequalified && <span className="muted"> ({t('prequalifiedMark')})</span>}
        </li>
      ))}
    </ul>
  );
}

function SupplierContracts({ s }: { s: SupplierDetail }) {
  const { t, locale } = useLocale();
  if (s.contracts.length === 0) return <Paragraph className="muted">{t('noneYet')}</Paragraph>;
  return (
    <ul className="plain">
      {s.contracts.map((k) => (
        <li key={k.id}>
          <a href={href.contract(k.id)}>{k.title}</a>{' '}
          <span className="muted">
            ({k.caseNumber}, {t('contractStatus', { status: k.status as ContractStatus }).toLowerCase()},{' '}
            {formatDate(k.currentEnd, locale)})
          </span>
        </li>
      ))}
    </ul>
  );
}

function SupplierActivities({ s }: { s: SupplierDetail }) {
  const { t, label, locale } = useLocale();
  if (s.activities.length === 0) return <Paragraph className="muted">{t('noneYet')}</Paragraph>;
  return (
    <Table data-size="sm" className="full">
      <ActivityTableHead />
      <Table.Body>
        {s.activities.map((a) => (
          <Table.Row key={a.id}>
            <Table.Cell>{formatDate(a.date, locale)}</Table.Cell>
            <Table.Cell>
              <a href={href.activity(a.id)}>{a.title}</a> <span className="muted">({a.caseNumber})</span>
            </Table.Cell>
            <Table.Cell>{label(dialogueFormDefs.find((d) => d.code === a.form))}</Table.Cell>
            <Table.Cell>{a.attended ? '✓' : '–'}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
