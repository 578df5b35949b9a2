import { Alert, Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { formatDate, todayInOslo, type CaseDetail } from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { useIssues } from '../../lib/useIssues.js';
import { query } from '../../api/queries.js';
import { SupplierPicker } from '../../components/SupplierPicker.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { DateField } from '../../components/DateField.js';

/** Competitive dialogue: prequalified suppliers, the rounds held with each, and the closing. */
export function CompetitivePanel({ c }: { c: CaseDetail }) {
  const { t, locale } = useLocale();
  const q = useQuery(query('competitiveDialogue.get', { caseId: c.id }));
  const [pre, setPre] = useState<{ supplierId: number; name: string }[]>([]);
  const [closedDate, setClosedDate] = useState(todayInOslo());
  const [invited, setInvited] = useState('');
  const f = useIssues();
  useEffect(() => {
    if (q.data) setPre(q.data.prequalified);
  }, [q.data]);
  const onError = f.fromError;
  const onSuccess = () => f.clear();
  const savePre = useMutation({
    mutationFn: () =>
      call('competitiveDialogue.prequalify', { caseId: c.id, supplierIds: pre.map((p) => p.supplierId) }),
    onSuccess,
    onError,
  });
  const close = useMutation({
    mutationFn: () =>
      call('competitiveDialogue.close', { caseId: c.id, closedDate, finalTendersInvitedDate: invited || null }),
    onSuccess,
    onError,
  });
  if (!q.data) return null;
  const v = q.data;
  const nextRound = (v.rounds.at(-1) ?? 0) + 1;
  const rounds = v.closedDate ? v.rounds : [...v.rounds, nextRound];
  return (
    <div className="competitive" aria-labelledby="cd-h">
      <h3 id="cd-h" className="ds-heading" data-size="xs">
        {t(c.procedure === 'dialog' ? 'competitiveHeading' : 'negotiationHeading')}
      </h3>
      <Paragraph data-size="sm" className="muted">
        {t('roundsConfidentialHelp')}
      </Paragraph>
      {f.others([]).map((message) => (
        <Alert key={message} data-color="danger" data-size="sm">
          {message}
        </Alert>
      ))}
      <h4 className="ds-heading" data-size="2xs">
        {t('roundsMatrix')}
      </h4>
      {v.prequalified.length === 0 ? (
        <Paragraph className="muted" data-size="sm">
          {t('noneYet')}
        </Paragraph>
      ) : (
        <Table data-size="sm" className="full matrix">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('colName')}</Table.HeaderCell>
              {rounds.map((r) => (
                <Table.HeaderCell key={r}>{t('round', { n: r })}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {v.prequalified.map((p) => (
              <Table.Row key={p.supplierId}>
                <Table.HeaderCell scope="row">{p.name}</Table.HeaderCell>
                {rounds.map((r) => {
                  const cell = v.cells.find((x) => x.supplierId === p.supplierId && x.round === r);
                  return (
                    <Table.Cell key={r}>
                      {cell ? (
                        <a href={href.activity(cell.dialogueId)}>{formatDate(cell.date, locale)}</a>
                      ) : (
                        t('noRound')
                      )}
                    </Table.Cell>
                  );
                })}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {v.closedDate ? (
        <Paragraph data-size="sm">
          {t('dialogueClosedNote', { date: formatDate(v.closedDate, locale) })}{' '}
          {v.finalTendersInvitedDate && t('finalInvitedNote', { date: formatDate(v.finalTendersInvitedDate, locale) })}
        </Paragraph>
      ) : (
        !c.archived && (
          <>
            <details>
              <summary>{t('prequalified')}</summary>
              <ul className="plain">
                {pre.map((p) => (
                  <li key={p.supplierId}>
                    {p.name}{' '}
                    <Button
                      type="button"
                      variant="tertiary"
                      data-size="sm"
                      onClick={() => setPre((l) => l.filter((x) => x.supplierId !== p.supplierId))}
                    >
                      {t('remove')}
                    </Button>
                  </li>
                ))}
              </ul>
              <SupplierPicker
                id="prequalify-search"
                label={t('findSupplier')}
                exclude={pre.map((p) => p.supplierId)}
                onPick={(s) => setPre((l) => [...l, { supplierId: s.id, name: s.name }])}
              />
              <Button data-size="sm" onClick={() => savePre.mutate()} loading={savePre.isPending}>
                {t('savePrequalified')}
              </Button>
            </details>
            <details>
              <summary>{t('closeDialogue')}</summary>
              <div className="row-2">
                <DateField label={t('closedDate')} value={closedDate} onChange={setClosedDate} />
                <DateField label={t('finalInvited')} value={invited} onChange={setInvited} />
              </div>
              <Button data-size="sm" onClick={() => close.mutate()} loading={close.isPending}>
                {t('closeDialogue')}
              </Button>
            </details>
          </>
        )
      )}
    </div>
  );
}
