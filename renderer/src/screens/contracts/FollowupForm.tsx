import { Alert, Button, Checkbox, Heading, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  followupKindDefs,
  riskLevelDefs,
  sanctionDefs,
  todayInOslo,
  type ContractDetail,
  type FollowupKind,
  type RiskLevel,
  type Sanction,
} from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { useIssues } from '../../lib/useIssues.js';
import { query } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { DateField } from '../../components/DateField.js';
import { CodeSelect } from '../../components/CodeSelect.js';

export function FollowupForm({ k }: { k: ContractDetail }) {
  const { t, label } = useLocale();
  const qc = useQueryClient();
  const [kind, setKind] = useState<FollowupKind>(
    k.payConditionsCovered && !k.followups.some((f) => f.kind === 'risk_assessment')
      ? 'risk_assessment'
      : 'status_meeting',
  );
  const [date, setDate] = useState(todayInOslo());
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');
  const [riskLevel, setRiskLevel] = useState<RiskLevel | ''>('');
  const [nextControlDue, setNextControlDue] = useState('');
  const [findings, setFindings] = useState('');
  const [reportWritten, setReportWritten] = useState(false);
  const [sanction, setSanction] = useState<Sanction | ''>('');
  const f = useIssues();
  const add = useMutation({
    mutationFn: () =>
      call('contracts.addFollowup', {
        contractId: k.id,
        kind,
        date,
        title: title || label(followupKindDefs.find((d) => d.code === kind)),
        notes,
        riskLevel: riskLevel || null,
        nextControlDue: nextControlDue || null,
        findings,
        reportWritten,
        sanction: sanction || null,
      }),
    onSuccess: (saved) => {
      f.clear();
      setTitle('');
      setNotes('');
      setFindings('');
      qc.setQueryData(query('contracts.get', { id: k.id }).queryKey, saved);
    },
    onError: f.fromError,
  });
  const err = f.errorOf;
  return (
    <form
      className="item-add"
      aria-labelledby="fu-h"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        add.mutate();
      }}
      noValidate
    >
      <Heading level={3} id="fu-h" data-size="xs">
        {t('addFollowup')}
      </Heading>
      {f.others(['date', 'riskLevel', 'findings', 'sanction', 'title']).map((message) => (
        <Alert key={message} data-color="danger" data-size="sm">
          {message}
        </Alert>
      ))}
      <div className="row-2">
        <CodeSelect
          id="fu-kind"
          label={t('followupKind')}
          defs={followupKindDefs}
          value={kind}
          onChange={(v) => setKind(v as FollowupKind)}
        />
        <DateField id="fu-date" label={t('colDate')} value={date} onChange={setDate} error={err('date')} />
      </div>
      <Textfield
        id="fu-title"
        label={t('followupTitle')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={err('title')}
      />
      {kind === 'risk_assessment' && (
        <div className="row-2">
          <CodeSelect
            id="fu-risk"
            label={t('riskLevel')}
            defs={riskLevelDefs}
            value={riskLevel}
            onChange={(v) => setRiskLevel(v as RiskLevel | '')}
            empty="–"
            error={err('riskLevel')}
          />
          <DateField id="fu-next" label={t('nextControlDue')} value={nextControlDue} onChange={setNextControlDue} />
        </div>
      )}
      {kind === 'control' && (
        <>
          <Textfield
            id="fu-findings"
            label={t('findings')}
            multiline
            rows={3}
            value={findings}
            onChange={(e) => setFindings(e.target.value)}
            error={err('findings')}
          />
          <Checkbox
            label={t('reportWritten')}
            checked={reportWritten}
            onChange={(e) => setReportWritten(e.target.checked)}
          />
        </>
      )}
      {kind === 'sanction' && (
        <CodeSelect
          id="fu-sanction"
          label={t('sanction')}
          defs={sanctionDefs}
          value={sanction}
          onChange={(v) => setSanction(v as Sanction | '')}
          empty="–"
          error={err('sanction')}
        />
      )}
      <Textfield
        id="fu-notes"
        label={t('followupNotes')}
        multiline
        rows={2}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
      />
      <Button type="submit" variant="secondary" data-size="sm" loading={add.isPending}>
        {t('addFollowup')}
      </Button>
    </form>
  );
}
