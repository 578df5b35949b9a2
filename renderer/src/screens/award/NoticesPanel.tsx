import { Alert, Button, Table, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  codeName,
  formatDate,
  noticeKindDefs,
  noticePlatformDefs,
  todayInOslo,
  type CaseDetail,
  type NoticeKind,
  type NoticePlatform,
} from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { ListTable } from '../../components/ListTable.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { DateField } from '../../components/DateField.js';
import { FormOutcome } from '../../components/FormOutcome.js';
import { useLocale } from '../../i18n/locale.js';
import { useIssues } from '../../lib/useIssues.js';

/** The case's notices in Doffin and TED (core/reference/notices.ts), and a form to record one. */
export function NoticesPanel({ c }: { c: CaseDetail }) {
  const { t, locale } = useLocale();
  const q = useQuery(query('notices.list', { caseId: c.id }));
  const [kind, setKind] = useState<NoticeKind>('contract');
  const [platform, setPlatform] = useState<NoticePlatform>('doffin');
  const [ref, setRef] = useState('');
  const [date, setDate] = useState(todayInOslo());
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const issues = useIssues({ prefix: 'notice.' });
  const add = useMutation({
    mutationFn: (input: Parameters<typeof call<'notices.add'>>[1]) => call('notices.add', input),
    onSuccess: () => (issues.clear(), setRef(''), setNote(''), setDone(t('noticeAdded'))),
    onError: (e) => (setDone(null), issues.fromError(e)),
  });
  const remove = useMutation({
    mutationFn: (id: number) => call('notices.remove', { id }),
    onError: issues.fromError,
  });
  const submit = () => {
    const input = { caseId: c.id, notice: { kind, platform, ref: ref.trim(), date, note } };
    if (issues.check('notices.add', input)) add.mutate(input);
  };
  const err = issues.errorOf;
  return (
    <section aria-labelledby="notices-h" className="panel dialogue-section" data-testid="notices-panel">
      <h2 id="notices-h" className="ds-heading" data-size="sm">
        {t('noticesHeading')}
      </h2>
      {q.data && q.data.length === 0 ? (
        <p className="empty">{t('noNotices')}</p>
      ) : (
        <ListTable
          testId="notices"
          headers={[t('colDate'), t('noticeKind'), t('noticePlatform'), t('noticeRef'), t('noticeNote')]}
          actions={c.archived ? null : t('noticeRemove')}
        >
          {q.data?.map((n) => (
            <Table.Row key={n.id}>
              <Table.Cell className="nowrap">{formatDate(n.date, locale)}</Table.Cell>
              <Table.Cell>{codeName(noticeKindDefs, n.kind, locale)}</Table.Cell>
              <Table.Cell>{codeName(noticePlatformDefs, n.platform, locale)}</Table.Cell>
              <Table.Cell className="nowrap">{n.ref}</Table.Cell>
              <Table.Cell>{n.note}</Table.Cell>
              {!c.archived && (
                <Table.Cell>
                  <Button
                    data-size="sm"
                    variant="tertiary"
                    onClick={() => remove.mutate(n.id)}
                    aria-label={t('noticeRemoveOne', { ref: n.ref })}
                  >
                    {t('noticeRemove')}
                  </Button>
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
              id="nt-kind"
              label={t('noticeKind')}
              defs={noticeKindDefs}
              value={kind}
              onChange={(v) => setKind(v as NoticeKind)}
              error={err('kind')}
            />
            <CodeSelect
              id="nt-platform"
              label={t('noticePlatform')}
              defs={noticePlatformDefs}
              value={platform}
              onChange={(v) => setPlatform(v as NoticePlatform)}
              error={err('platform')}
            />
            <Textfield
              id="nt-ref"
              label={t('noticeRef')}
              description={platform === 'ted' ? t('noticeRefTedHelp') : t('noticeRefDoffinHelp')}
              value={ref}
              onChange={(e) => setRef(e.target.value)}
              error={err('ref')}
            />
            <DateField id="nt-date" label={t('noticeDate')} value={date} onChange={setDate} error={err('date')} />
          </div>
          <Textfield
            id="nt-note"
            label={t('noticeNote')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={err('note')}
          />
          {issues.others(['notice.kind', 'notice.platform', 'notice.ref', 'notice.date', 'notice.note']).map((m) => (
            <Alert key={m} data-color="danger" data-size="sm">
              {m}
            </Alert>
          ))}
          <Button data-size="sm" variant="secondary" onClick={submit} loading={add.isPending}>
            {t('noticeAdd')}
          </Button>
          <FormOutcome done={done} error={null} />
        </div>
      )}
    </section>
  );
}
