import { Alert, Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { ScrollRegion } from '../components/ScrollRegion.js';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { formatDate, formatDateTime, formatNok, type ThresholdPeriod } from '../../../core/index.js';
import { call } from '../api/client.js';
import { query } from '../api/queries.js';
import { AuditHistory } from '../components/AuditHistory.js';
import { useLocale } from '../i18n/locale.js';
import type { StringKey } from '../i18n/strings.js';
import { moneyOf, useIssues } from '../lib/useIssues.js';
import { MoneyField } from '../components/MoneyField.js';
import { DateField } from '../components/DateField.js';
import { Allowed } from '../components/Allowed.js';

// Innstillinger → Terskelverdier: the values shipped with the app (each with
// its source and how far it was checked) and, apart, the periods the office
// entered itself when a newer amending regulation came out; both as the
// rules apply them.

const EEA_FIELDS = [
  ['varer', 'thrVarer'],
  ['tjenester', 'thrTjenester'],
  ['bygg_anlegg', 'thrByggAnlegg'],
  ['helse_sosial', 'thrHelseSosial'],
  ['saerlige_tjenester', 'thrSaerlige'],
] as const satisfies readonly (readonly [string, StringKey])[];

function PeriodTable({ periods, office }: { periods: readonly ThresholdPeriod[]; office: boolean }) {
  const { t, locale } = useLocale();
  const nok = (n: number | null | undefined) => (n == null ? '–' : formatNok(n, locale));
  return (
    <ScrollRegion label={t(office ? 'thrOffice' : 'thrShipped')}>
      <Table
        data-size="sm"
        className="full thresholds-table"
        data-testid={office ? 'thresholds-office' : 'thresholds-shipped'}
      >
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('thrFrom')}</Table.HeaderCell>
            <Table.HeaderCell>{t('thrTo')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('thrNational')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('thrGoodsServices')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('thrWorks')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('thrHealth')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('thrSpecial')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('thrDesign')}</Table.HeaderCell>
            <Table.HeaderCell>{t('thrSource')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {periods.map((p) => (
            <Table.Row key={`${p.origin}-${p.validFrom}`}>
              <Table.Cell>{formatDate(p.validFrom, locale)}</Table.Cell>
              <Table.Cell>{p.validTo ? formatDate(p.validTo, locale) : t('thrOpen')}</Table.Cell>
              <Table.Cell className="num">{nok(p.national)}</Table.Cell>
              <Table.Cell className="num">{nok(p.eea.tjenester)}</Table.Cell>
              <Table.Cell className="num">{nok(p.eea.bygg_anlegg)}</Table.Cell>
              <Table.Cell className="num">{nok(p.eea.helse_sosial)}</Table.Cell>
              <Table.Cell className="num">{nok(p.eea.saerlige_tjenester)}</Table.Cell>
              <Table.Cell className="num">{nok(p.designContest)}</Table.Cell>
              <Table.Cell>
                {p.source.url ? <a href={p.source.url}>{p.source.regulation}</a> : p.source.regulation}
                <br />
                <span className="muted">{t('thrConfidence', { confidence: p.source.confidence })}</span>
                {p.enteredBy && (
                  <>
                    <br />
                    <span className="muted">
                      {t('thrEnteredBy', {
                        by: p.enteredBy,
                        date: p.enteredAt ? formatDateTime(p.enteredAt, locale) : '',
                      })}
                    </span>
                  </>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}

export function ThresholdSettings() {
  const { t, locale } = useLocale();
  const qc = useQueryClient();
  const q = useQuery(query('thresholds.list', {}));
  const f = useIssues();
  const [done, setDone] = useState<string | null>(null);
  const [form, setForm] = useState({
    validFrom: '',
    minimum: '100 000',
    national: '1 300 000',
    varer: '',
    tjenester: '',
    bygg_anlegg: '',
    helse_sosial: '',
    saerlige_tjenester: '',
    designContest: '',
    regulation: '',
    url: '',
    note: '',
  });
  const set = (k: keyof typeof form, v: string) => {
    setForm((x) => ({ ...x, [k]: v }));
    f.clear(k in { varer: 1, tjenester: 1, bygg_anlegg: 1, helse_sosial: 1, saerlige_tjenester: 1 } ? `eea.${k}` : k);
  };
  const input = () => ({
    validFrom: form.validFrom,
    minimum: moneyOf(form.minimum),
    national: moneyOf(form.national),
    eea: {
      varer: moneyOf(form.varer),
      tjenester: moneyOf(form.tjenester),
      bygg_anlegg: moneyOf(form.bygg_anlegg),
      helse_sosial: moneyOf(form.helse_sosial),
      saerlige_tjenester: moneyOf(form.saerlige_tjenester),
    },
    designContest: form.designContest.trim() ? (moneyOf(form.designContest) as number) : null,
    regulation: form.regulation,
    url: form.url,
    note: form.note,
  });
  // Each amount's text by its path, so one that cannot be read is refused in words.
  const amounts = () => ({
    minimum: form.minimum,
    national: form.national,
    designContest: form.designContest,
    ...Object.fromEntries(EEA_FIELDS.map(([k]) => [`eea.${k}`, form[k]])),
  });
  const add = useMutation({
    mutationFn: (v: Parameters<typeof call<'thresholds.add'>>[1]) => call('thresholds.add', v),
    onSuccess: (v) => {
      qc.setQueryData(query('thresholds.list', {}).queryKey, v);
      setDone(t('thrAdded', { date: formatDate(form.validFrom, locale) }));
    },
    onError: f.fromError,
  });
  const withdraw = useMutation({
    mutationFn: (id: number) => call('thresholds.withdraw', { id }),
    onSuccess: (v) => {
      qc.setQueryData(query('thresholds.list', {}).queryKey, v);
      setDone(t('thrWithdrawn'));
    },
    onError: f.fromError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    f.clear();
    setDone(null);
    const v = input();
    if (f.check('thresholds.add', v, amounts())) add.mutate(v);
  };
  const money = (k: keyof typeof form, label: StringKey) => (
    <MoneyField
      id={`thr-${k}`}
      label={t(label)}
      value={form[k]}
      onChange={(v) => set(k, v)}
      error={f.errorOf(
        k in { varer: 1, tjenester: 1, bygg_anlegg: 1, helse_sosial: 1, saerlige_tjenester: 1 } ? `eea.${k}` : k,
      )}
    />
  );
  const field = (k: keyof typeof form, label: StringKey, extra: Record<string, unknown> = {}) => (
    <Textfield
      id={`thr-${k}`}
      label={t(label)}
      value={form[k]}
      onChange={(e) => set(k, e.target.value)}
      error={f.errorOf(
        k in { varer: 1, tjenester: 1, bygg_anlegg: 1, helse_sosial: 1, saerlige_tjenester: 1 } ? `eea.${k}` : k,
      )}
      {...extra}
    />
  );
  if (!q.data) return null;
  const v = q.data;
  return (
    <section className="panel thresholds" aria-labelledby="thr-h">
      <Heading level={2} data-size="sm" id="thr-h">
        {t('thrHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('thrIntro')}</Paragraph>
      <Paragraph data-size="sm" data-testid="thresholds-checked">
        {t('thrChecked', { date: formatDate(v.checked.until, locale) })}
      </Paragraph>
      <Heading level={3} data-size="xs">
        {t('thrShipped')}
      </Heading>
      {/* Each period as the rules apply it: a shipped one ends where the office's newer period begins. */}
      <PeriodTable
        periods={v.shipped.map((p) => v.table.find((x) => x.origin === 'shipped' && x.validFrom === p.validFrom) ?? p)}
        office={false}
      />
      <Heading level={3} data-size="xs">
        {t('thrOffice')}
      </Heading>
      {v.office.length === 0 ? (
        <Paragraph data-size="sm" className="muted">
          {t('thrOfficeNone')}
        </Paragraph>
      ) : (
        <>
          <PeriodTable periods={v.office} office />
          {v.office.map((p) => (
            <div key={p.id} className="threshold-office-entry">
              <Allowed method="thresholds.withdraw">
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => withdraw.mutate(p.id!)}
                  disabled={withdraw.isPending}
                >
                  {t('thrWithdraw')} ({formatDate(p.validFrom, locale)}, {p.source.regulation})
                </Button>
              </Allowed>
              <AuditHistory entity="threshold" id={p.id!} />
            </div>
          ))}
        </>
      )}
      {done && (
        <Alert data-color="success" role="status">
          {done}
        </Alert>
      )}
      <Allowed method="thresholds.add" explain>
        <form onSubmit={submit} noValidate className="threshold-form" aria-labelledby="thr-add-h">
          <Heading level={3} data-size="xs" id="thr-add-h">
            {t('thrAddHeading')}
          </Heading>
          <Paragraph data-size="sm" className="muted">
            {t('thrAddHelp')}
          </Paragraph>
          <div className="grid-3">
            <DateField
              id="thr-validFrom"
              label={t('thrValidFrom')}
              value={form.validFrom}
              onChange={(v) => set('validFrom', v)}
              error={f.errorOf('validFrom')}
            />
            {money('minimum', 'thrMinimumField')}
            {money('national', 'thrNationalField')}
          </div>
          <div className="grid-3">
            {EEA_FIELDS.map(([k, label]) => (
              <div key={k}>{money(k, label)}</div>
            ))}
            {money('designContest', 'thrDesignContest')}
          </div>
          <div className="row-2">
            {field('regulation', 'thrRegulation')}
            {field('url', 'thrUrl', { type: 'url' })}
          </div>
          {field('note', 'thrNote', { multiline: true, rows: 2 })}
          {f.general && <Alert data-color="danger">{f.general}</Alert>}
          <div className="actions">
            <Button type="submit" disabled={add.isPending}>
              {t('thrAdd')}
            </Button>
          </div>
        </form>
      </Allowed>
    </section>
  );
}
