import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  APPRENTICES,
  apprenticeDecisionDefs,
  formatNok,
  PAY_CONDITIONS,
  paySectorDefs,
  type ApprenticeDecision,
  type ContractDetail,
  type PaySector,
} from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { useIssues } from '../../lib/useIssues.js';
import { CodeSelect } from '../../components/CodeSelect.js';

/** The sector and apprentice fields, shared by the new-contract form and the contract page. */
export function DutyFields({
  sector,
  onSector,
  decision,
  onDecision,
  note,
  onNote,
  errorOf,
}: {
  sector: PaySector | '';
  onSector: (s: PaySector | '') => void;
  decision: ApprenticeDecision | '';
  onDecision: (d: ApprenticeDecision | '') => void;
  note: string;
  onNote: (n: string) => void;
  errorOf: (path: string) => string | undefined;
}) {
  const { t } = useLocale();
  return (
    <>
      <CodeSelect
        id="f-paySector"
        label={t('fieldPaySector')}
        defs={paySectorDefs}
        value={sector}
        onChange={onSector}
        empty={t('paySectorNone')}
      />
      <CodeSelect
        id="f-apprenticeDecision"
        label={t('fieldApprenticeDecision')}
        defs={apprenticeDecisionDefs}
        value={decision}
        onChange={onDecision}
        empty={t('apprenticeNone')}
      />
      <Textfield
        id="f-apprenticeNote"
        label={t('fieldApprenticeNote')}
        multiline
        rows={2}
        value={note}
        onChange={(e) => onNote(e.target.value)}
        error={errorOf('apprenticeNote')}
      />
    </>
  );
}

/** On the contract page: whether the pay-and-conditions duty and the apprentice requirement apply, why, and what was recorded. */
export function ContractDuties({ k }: { k: ContractDetail }) {
  const { t, label, locale } = useLocale();
  const qc = useQueryClient();
  const f = useIssues();
  const [sector, setSector] = useState<PaySector | ''>(k.paySector ?? '');
  const [decision, setDecision] = useState<ApprenticeDecision | ''>(k.apprenticeDecision ?? '');
  const [note, setNote] = useState(k.apprenticeNote);
  const save = useMutation({
    mutationFn: () =>
      call('contracts.update', {
        id: k.id,
        version: k.version,
        title: k.title,
        supplierIds: k.suppliers.map((s) => s.id),
        value: k.value,
        signedDate: k.signedDate,
        startDate: k.startDate,
        endDate: k.endDate,
        noticeMonths: k.noticeMonths,
        owner: k.owner,
        administrator: k.administrator,
        paySector: sector || null,
        apprenticeDecision: decision || null,
        apprenticeNote: note,
      }),
    onSuccess: (saved) => {
      qc.setQueryData(query('contracts.get', { id: k.id }).queryKey, saved);
    },
    onError: f.fromError,
  });
  const pay = k.payConditionsScope;
  // Not applying always says why (core/rules/contracts.ts scope); the schema keeps the two fields apart.
  const payNot = pay.why === 'goods' || pay.why === 'value' || pay.why === 'noAgreement' ? pay.why : null;
  const payText =
    pay.applies === true
      ? t('payApplies')
      : pay.applies === null || !payNot
        ? t('paySectorUnknown')
        : t('payNot', { why: payNot, threshold: formatNok(PAY_CONDITIONS.threshold, locale) });
  const app = k.apprenticeScope;
  const appText =
    app.applies || !app.why
      ? t('apprenticeApplies')
      : t('apprenticeNot', { why: app.why, threshold: formatNok(APPRENTICES.threshold, locale) });
  return (
    <section className="panel duties" aria-labelledby="duties-h" data-testid="contract-duties">
      <Heading level={2} data-size="sm" id="duties-h">
        {t('dutiesHeading')}
      </Heading>
      <Paragraph data-size="sm" data-testid="pay-scope">
        <strong>{t('payHeading')}:</strong> {payText}
      </Paragraph>
      <Paragraph data-size="sm" className="muted">
        {t('paySource', { regulation: PAY_CONDITIONS.source.regulation })}
      </Paragraph>
      <Paragraph data-size="sm" data-testid="apprentice-scope">
        <strong>{t('apprenticeHeading')}:</strong> {appText}
        {k.apprenticeDecision && (
          <>
            {' '}
            {label(apprenticeDecisionDefs.find((d) => d.code === k.apprenticeDecision))}
            {k.apprenticeNote ? ` (${k.apprenticeNote})` : ''}
          </>
        )}
      </Paragraph>
      <Paragraph data-size="sm" className="muted">
        {t('apprenticeSource', { regulation: APPRENTICES.source.regulation })}
      </Paragraph>
      {k.warnings.map((w) => (
        <Alert key={w.code} data-color="warning" data-size="sm" data-testid="contract-warning">
          {w.message}
        </Alert>
      ))}
      {!k.terminatedDate && (
        <form
          className="duties-form"
          onSubmit={(e) => {
            e.preventDefault();
            f.clear();
            save.mutate();
          }}
          noValidate
        >
          <DutyFields
            sector={sector}
            onSector={setSector}
            decision={decision}
            onDecision={setDecision}
            note={note}
            onNote={setNote}
            errorOf={f.errorOf}
          />
          {f.general && <Alert data-color="danger">{f.general}</Alert>}
          <Button type="submit" variant="secondary" data-size="sm" disabled={save.isPending}>
            {t('saveDuties')}
          </Button>
        </form>
      )}
    </section>
  );
}
