import {
  Alert,
  Button,
  Checkbox,
  Field,
  Label,
  Paragraph,
  Select,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import {
  formatAmount,
  formatNok,
  formatPercent,
  intlTag,
  type CaseDetail,
  type JointParticipant,
  type JointShareUnit,
  type Locale,
} from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { FormOutcome } from '../../components/FormOutcome.js';
import { MoneyField } from '../../components/MoneyField.js';
import { ListTable } from '../../components/ListTable.js';
import { useLocale } from '../../i18n/locale.js';
import { moneyOf, useIssues } from '../../lib/useIssues.js';

/** A percentage as typed ("12,5" or "12.5"); 0 where it cannot be read, which the contract refuses in words. */
const pctOf = (text: string): number => {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() && Number.isFinite(n) ? n : 0;
};

/** A percentage as the form shows it to be typed again ("12,5"), without the sign. */
const pctText = (pct: number, locale: Locale): string =>
  new Intl.NumberFormat(intlTag[locale], { maximumFractionDigits: 2, useGrouping: false }).format(pct);

/**
 * Joint procurement: the other contracting authorities the case is run for,
 * their shares and who leads. One form adds a participant or, opened from a
 * row's "Endre", corrects it (joint.update, checked as adding is).
 */
export function JointPanel({ c }: { c: CaseDetail }) {
  const { t, locale } = useLocale();
  const q = useQuery(query('joint.get', { caseId: c.id }));
  const [name, setName] = useState('');
  const [orgnr, setOrgnr] = useState('');
  const [unit, setUnit] = useState<JointShareUnit>('pct');
  const [share, setShare] = useState('');
  const [lead, setLead] = useState(false);
  const [editing, setEditing] = useState<JointParticipant | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const issues = useIssues({ prefix: 'participant.' });
  const fill = (p: JointParticipant | null) => {
    issues.clear();
    setEditing(p);
    setName(p?.name ?? '');
    setOrgnr(p?.orgnr ?? '');
    setUnit(p?.shareUnit ?? 'pct');
    setShare(p ? (p.shareUnit === 'nok' ? formatAmount(p.share, locale) : pctText(p.share, locale)) : '');
    setLead(p?.lead ?? false);
  };
  const add = useMutation({
    mutationFn: (input: Parameters<typeof call<'joint.add'>>[1]) => call('joint.add', input),
    onSuccess: () => (fill(null), setDone(t('jointAdded'))),
    onError: (e) => (setDone(null), issues.fromError(e)),
  });
  const update = useMutation({
    mutationFn: (input: Parameters<typeof call<'joint.update'>>[1]) => call('joint.update', input),
    onSuccess: () => (fill(null), setDone(t('jointUpdated'))),
    onError: (e) => (setDone(null), issues.fromError(e)),
  });
  const edit = (p: JointParticipant) => {
    setDone(null);
    fill(p);
    nameRef.current?.focus();
  };
  const remove = useMutation({
    mutationFn: (id: number) => call('joint.remove', { id }),
    onSuccess: (_, id) => editing?.id === id && fill(null),
    onError: issues.fromError,
  });
  const submit = () => {
    const value = unit === 'nok' ? (moneyOf(share) ?? 0) : pctOf(share);
    const participant = { name: name.trim(), orgnr, shareUnit: unit, share: value, lead };
    const money: Record<string, string> = unit === 'nok' ? { 'participant.share': share } : {};
    if (editing) {
      const { name: n, orgnr: o, shareUnit: u, share: v, lead: l } = editing;
      const input = { id: editing.id, was: { name: n, orgnr: o, shareUnit: u, share: v, lead: l }, participant };
      if (issues.check('joint.update', input, money)) update.mutate(input);
      return;
    }
    const input = { caseId: c.id, participant };
    if (issues.check('joint.add', input, money)) add.mutate(input);
  };
  const err = issues.errorOf;
  const j = q.data;
  const leader = j?.participants.find((p) => p.lead);
  return (
    <section aria-labelledby="joint-h" className="panel dialogue-section" data-testid="joint-panel">
      <h2 id="joint-h" className="ds-heading" data-size="sm">
        {t('jointHeading')}
      </h2>
      <Paragraph data-size="sm">{t('jointIntro')}</Paragraph>
      {j && j.participants.length === 0 && <p className="empty">{t('jointNone')}</p>}
      {j && j.participants.length > 0 && (
        <>
          <ListTable
            testId="joint-participants"
            headers={[t('jointColName'), t('jointColOrgnr'), t('jointColShare'), t('jointColLead')]}
            actions={c.archived ? null : `${t('jointEdit')}, ${t('jointRemove')}`}
          >
            {j.participants.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>{p.name}</Table.Cell>
                <Table.Cell className="nowrap">{p.orgnr}</Table.Cell>
                <Table.Cell className="nowrap">
                  {formatNok(p.shareNok, locale)}
                  {p.shareUnit === 'pct' ? ` (${formatPercent(p.share, locale)})` : ''}
                </Table.Cell>
                <Table.Cell>{p.lead ? t('jointYes') : ''}</Table.Cell>
                {!c.archived && (
                  <Table.Cell>
                    <div className="cell-actions">
                      <Button
                        data-size="sm"
                        variant="tertiary"
                        onClick={() => edit(p)}
                        aria-label={t('jointEditOne', { name: p.name })}
                      >
                        {t('jointEdit')}
                      </Button>
                      <Button
                        data-size="sm"
                        variant="tertiary"
                        onClick={() => remove.mutate(p.id)}
                        aria-label={t('jointRemoveOne', { name: p.name })}
                      >
                        {t('jointRemove')}
                      </Button>
                    </div>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </ListTable>
          <Paragraph data-size="sm" data-testid="joint-split">
            {t('jointWhole', { whole: formatNok(j.whole, locale) })}
            <br />
            {t('jointOwn', { own: formatNok(j.own, locale), pct: formatPercent(j.ownPct, locale) })}
            <br />
            {leader ? t('jointLeadOther', { name: leader.name }) : t('jointLeadOffice')}
          </Paragraph>
          {j.over > 0 && (
            <Alert data-color="warning" data-size="sm">
              {t('jointOver', { over: formatNok(j.over, locale) })}
            </Alert>
          )}
        </>
      )}
      {!c.archived && (
        <div className="award-form" data-testid="joint-form">
          {editing && (
            <h3 className="ds-heading" data-size="2xs">
              {t('jointEditing', { name: editing.name })}
            </h3>
          )}
          <div className="row-4">
            <Textfield
              id="jp-name"
              ref={nameRef}
              label={t('jointName')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={err('name')}
            />
            <Textfield
              id="jp-orgnr"
              label={t('jointOrgnr')}
              inputMode="numeric"
              value={orgnr}
              onChange={(e) => setOrgnr(e.target.value)}
              error={err('orgnr')}
            />
            <Field>
              <Label htmlFor="jp-unit">{t('jointShareUnit')}</Label>
              <Select id="jp-unit" value={unit} onChange={(e) => setUnit(e.target.value as JointShareUnit)}>
                <Select.Option value="pct">{t('jointUnitPct')}</Select.Option>
                <Select.Option value="nok">{t('jointUnitNok')}</Select.Option>
              </Select>
            </Field>
            {unit === 'nok' ? (
              <MoneyField
                id="jp-share"
                label={t('jointShare')}
                value={share}
                onChange={setShare}
                error={err('share')}
              />
            ) : (
              <Textfield
                id="jp-share"
                label={t('jointShare')}
                description={t('jointSharePctHelp')}
                inputMode="decimal"
                suffix="%"
                value={share}
                onChange={(e) => setShare(e.target.value)}
                error={err('share')}
              />
            )}
          </div>
          <Checkbox
            id="jp-lead"
            label={t('jointLead')}
            checked={lead}
            onChange={(e) => setLead(e.target.checked)}
            error={err('lead')}
          />
          {issues
            .others(['participant.name', 'participant.orgnr', 'participant.share', 'participant.lead'])
            .map((m) => (
              <Alert key={m} data-color="danger" data-size="sm">
                {m}
              </Alert>
            ))}
          <div className="actions">
            <Button data-size="sm" variant="secondary" onClick={submit} loading={add.isPending || update.isPending}>
              {editing ? t('jointSave') : t('jointAdd')}
            </Button>
            {editing && (
              <Button data-size="sm" variant="tertiary" onClick={() => fill(null)}>
                {t('jointCancel')}
              </Button>
            )}
          </div>
          <FormOutcome done={done} error={null} />
        </div>
      )}
    </section>
  );
}
