import { Alert, Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  callOffMethodDefs,
  exceedsFrameworkDuration,
  formatDate,
  formatNok,
  formatShare,
  frameworkCallOffDefs,
  frameworkSupplierDefs,
  type ContractDetail,
  type FrameworkCallOff,
  type FrameworkSuppliers,
} from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { MoneyField } from '../../components/MoneyField.js';
import { ExportXlsxButton } from '../../components/ExportXlsxButton.js';
import { useLocale } from '../../i18n/locale.js';
import { moneyOf, useIssues } from '../../lib/useIssues.js';
import { CallOffForm, type CallOff } from './CallOffForm.js';
import { FormOutcome } from '../../components/FormOutcome.js';
import { CallOffImport } from './CallOffImport.js';

type Framework = NonNullable<ContractDetail['framework']>;

const LEVEL_COLOR = { none: 'success', warning: 'warning', reached: 'danger' } as const;

/**
 * A contract as a framework agreement: its terms (or the button that makes
 * it one), spend against the maximum by year and department with the
 * service's warnings at 80 % and 100 %, and its call-offs with the form
 * that records one.
 */
export function FrameworkSection({ k }: { k: ContractDetail }) {
  const { t } = useLocale();
  const [editing, setEditing] = useState(false);
  // A call-off opened for editing (in place of the form that records a new one), and what came of the last edit.
  const [callOff, setCallOff] = useState<CallOff | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const fw = k.framework;
  const open = !k.terminatedDate;
  return (
    <section className="panel framework" aria-labelledby="fw-h" data-testid="framework">
      <div className="page-head">
        <h2 id="fw-h" className="ds-heading" data-size="sm">
          {t('frameworkHeading')}
        </h2>
        {open && !editing && (
          <Button variant="secondary" data-size="sm" onClick={() => setEditing(true)}>
            {fw ? t('frameworkEdit') : t('frameworkMake')}
          </Button>
        )}
      </div>
      {editing ? (
        <FrameworkTermsForm k={k} onDone={() => setEditing(false)} />
      ) : fw ? (
        <>
          <Terms k={k} fw={fw} />
          <Spend fw={fw} />
        </>
      ) : (
        <Paragraph className="muted">{t('frameworkNot')}</Paragraph>
      )}
      {fw && !editing && (
        <CallOffs
          k={k}
          fw={fw}
          onEdit={(c) => {
            setSaved(null);
            setCallOff(c);
          }}
        />
      )}
      {fw && !editing && <FormOutcome done={saved} error={null} />}
      {fw && !editing && open && callOff && (
        <CallOffForm
          key={callOff.id}
          k={k}
          fw={fw}
          editing={callOff}
          onDone={(said) => {
            setCallOff(null);
            setSaved(said || null);
          }}
        />
      )}
      {fw && !editing && open && !callOff && <CallOffForm k={k} fw={fw} />}
      {fw && !editing && open && fw.spend.level !== 'reached' && <CallOffImport />}
    </section>
  );
}

function Terms({ k, fw }: { k: ContractDetail; fw: Framework }) {
  const { t, label, locale } = useLocale();
  return (
    <dl className="details">
      <div>
        <dt>{t('frameworkSuppliers')}</dt>
        <dd>{label(frameworkSupplierDefs.find((d) => d.code === fw.suppliers))}</dd>
      </div>
      <div>
        <dt>{t('frameworkCallOff')}</dt>
        <dd>{label(frameworkCallOffDefs.find((d) => d.code === fw.callOff))}</dd>
      </div>
      <div>
        <dt>{t('frameworkMaxValue')}</dt>
        <dd>{fw.maxValue === null ? t('frameworkNoMaximum') : formatNok(fw.maxValue, locale)}</dd>
      </div>
      {fw.maxQuantity !== null && (
        <div>
          <dt>{t('frameworkMaxQuantity')}</dt>
          <dd>
            {fw.maxQuantity} {fw.quantityUnit}
          </dd>
        </div>
      )}
      <div>
        <dt>{t('frameworkEntitledShort')}</dt>
        <dd>{fw.entitled.length ? fw.entitled.join(', ') : t('none')}</dd>
      </div>
      {fw.durationGround && (
        <div>
          <dt>{t('frameworkDurationGround')}</dt>
          <dd className="prewrap">{fw.durationGround}</dd>
        </div>
      )}
      <div>
        <dt>{t('frameworkPeriod')}</dt>
        <dd>
          {formatDate(k.startDate, locale)}–{formatDate(k.latestEnd, locale)}
        </dd>
      </div>
    </dl>
  );
}

function Spend({ fw }: { fw: Framework }) {
  const { t, locale } = useLocale();
  const s = fw.spend;
  return (
    <div className="spend" data-testid="framework-spend">
      {fw.warnings.map((w) => (
        <Alert
          key={w.code}
          data-size="sm"
          data-color={w.code === 'frameworkMaximumUsedUp' ? 'danger' : 'warning'}
          data-testid={w.code}
        >
          {w.message}
        </Alert>
      ))}
      <Heading level={3} data-size="xs">
        {t('spendHeading')}
      </Heading>
      <p className="spend-summary">
        <Tag data-size="sm" data-color={LEVEL_COLOR[s.level]}>
          {t('spendLevel', { level: s.level })}
        </Tag>{' '}
        {fw.maxValue !== null
          ? t('spendSummary', {
              total: formatNok(s.total, locale),
              max: formatNok(fw.maxValue, locale),
              share: formatShare(s.valueShare ?? 0, locale),
            })
          : formatNok(s.total, locale)}
        {fw.maxQuantity !== null && (
          <> · {t('spendQuantity', { n: s.quantity, max: fw.maxQuantity, unit: fw.quantityUnit })}</>
        )}
      </p>
      {s.byYear.length > 0 && (
        <div className="row-2">
          <Table data-size="sm" className="full" data-testid="spend-by-year">
            <caption>{t('spendByYear')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('colYear')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('colSpend')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {s.byYear.map((y) => (
                <Table.Row key={y.year}>
                  <Table.Cell>{y.year}</Table.Cell>
                  <Table.Cell className="num">{formatNok(y.total, locale)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table data-size="sm" className="full" data-testid="spend-by-department">
            <caption>{t('spendByDepartment')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('callOffDepartment')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('colSpend')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {s.byDepartment.map((d) => (
                <Table.Row key={d.department}>
                  <Table.Cell>{d.department}</Table.Cell>
                  <Table.Cell className="num">{formatNok(d.total, locale)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {s.byYearAndDepartment.length > 1 && (
        <details className="merge">
          <summary>{t('spendYearDepartment')}</summary>
          <Table data-size="sm" className="full" data-testid="spend-by-year-department">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('colYear')}</Table.HeaderCell>
                <Table.HeaderCell>{t('callOffDepartment')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('colSpend')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {s.byYearAndDepartment.map((c) => (
                <Table.Row key={`${c.year}-${c.department}`}>
                  <Table.Cell>{c.year}</Table.Cell>
                  <Table.Cell>{c.department}</Table.Cell>
                  <Table.Cell className="num">{formatNok(c.total, locale)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </details>
      )}
    </div>
  );
}

function CallOffs({ k, fw, onEdit }: { k: ContractDetail; fw: Framework; onEdit(c: CallOff): void }) {
  const { t, label, locale } = useLocale();
  const qc = useQueryClient();
  const f = useIssues();
  const remove = useMutation({
    mutationFn: (c: { id: number; version: number }) => call('contracts.deleteCallOff', c),
    onSuccess: (saved) => {
      f.clear();
      qc.setQueryData(query('contracts.get', { id: k.id }).queryKey, saved);
    },
    onError: f.fromError,
  });
  return (
    <>
      <div className="page-head">
        <Heading level={3} data-size="xs">
          {t('callOffsHeading')}
        </Heading>
        {fw.callOffs.length > 0 && <ExportXlsxButton spec={{ list: 'callOffs', contractId: k.id }} />}
      </div>
      {f.others([]).map((message) => (
        <Alert key={message} data-color="danger" data-size="sm">
          {message}
        </Alert>
      ))}
      {fw.callOffs.length === 0 ? (
        <Paragraph className="muted">{t('noCallOffs')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table data-size="sm" className="full" data-testid="call-offs">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('callOffDate')}</Table.HeaderCell>
                <Table.HeaderCell>{t('callOffDepartment')}</Table.HeaderCell>
                <Table.HeaderCell>{t('callOffSupplier')}</Table.HeaderCell>
                <Table.HeaderCell>{t('callOffDescription')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('callOffValue')}</Table.HeaderCell>
                {!k.terminatedDate && (
                  <Table.HeaderCell>
                    <span className="visually-hidden">
                      {t('callOffEdit')}, {t('callOffDelete', { date: '' })}
                    </span>
                  </Table.HeaderCell>
                )}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {fw.callOffs.map((c) => (
                <Table.Row key={c.id}>
                  <Table.Cell className="nowrap">{formatDate(c.date, locale)}</Table.Cell>
                  <Table.Cell>{c.department}</Table.Cell>
                  <Table.Cell>{c.supplierName}</Table.Cell>
                  <Table.Cell>
                    {c.description}
                    <br />
                    <small className="muted">
                      {c.method === 'mini_competition'
                        ? t('callOffMini', {
                            date: formatDate(c.invitationDate, locale),
                            n: c.tenderCount ?? 0,
                            reason: c.awardReason,
                          })
                        : label(callOffMethodDefs.find((d) => d.code === c.method))}
                    </small>
                  </Table.Cell>
                  <Table.Cell className="num">{formatNok(c.value, locale)}</Table.Cell>
                  {!k.terminatedDate && (
                    <Table.Cell>
                      <div className="cell-actions">
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t('callOffEditOne', { date: formatDate(c.date, locale) })}
                          onClick={() => onEdit(c)}
                        >
                          {t('callOffEditShort')}
                        </Button>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t('callOffDelete', { date: formatDate(c.date, locale) })}
                          onClick={() => remove.mutate({ id: c.id, version: c.version })}
                        >
                          ✕
                        </Button>
                      </div>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </>
  );
}

function FrameworkTermsForm({ k, onDone }: { k: ContractDetail; onDone(): void }) {
  const { t, locale } = useLocale();
  const qc = useQueryClient();
  const fw = k.framework;
  const [suppliers, setSuppliers] = useState<FrameworkSuppliers>(
    fw?.suppliers ?? (k.suppliers.length > 1 ? 'multiple' : 'single'),
  );
  const [callOff, setCallOff] = useState<FrameworkCallOff>(fw?.callOff ?? 'ranked');
  const [maxValue, setMaxValue] = useState(fw?.maxValue === null || !fw ? '' : String(fw.maxValue));
  const [maxQuantity, setMaxQuantity] = useState(fw?.maxQuantity ? String(fw.maxQuantity) : '');
  const [quantityUnit, setQuantityUnit] = useState(fw?.quantityUnit ?? '');
  const [entitled, setEntitled] = useState(fw?.entitled.join('\n') ?? '');
  const [durationGround, setDurationGround] = useState(fw?.durationGround ?? '');
  const f = useIssues({ prefix: 'framework.' });
  const done = (saved: ContractDetail) => {
    qc.setQueryData(query('contracts.get', { id: k.id }).queryKey, saved);
    onDone();
  };
  const save = useMutation({
    mutationFn: (input: Parameters<typeof call<'contracts.setFramework'>>[1]) => call('contracts.setFramework', input),
    onSuccess: done,
    onError: f.fromError,
  });
  const long = exceedsFrameworkDuration(k.startDate, k.latestEnd);
  function submit(e: FormEvent) {
    e.preventDefault();
    f.clear();
    const input = {
      id: k.id,
      version: k.version,
      framework: {
        suppliers,
        callOff,
        maxValue: maxValue.trim() ? (moneyOf(maxValue) ?? -1) : null,
        maxQuantity: maxQuantity.trim() ? Number(maxQuantity) : null,
        quantityUnit,
        entitled: entitled
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        durationGround,
      },
    };
    if (f.check('contracts.setFramework', input, maxValue.trim() ? { 'framework.maxValue': maxValue } : {}))
      save.mutate(input);
  }
  const err = f.errorOf;
  return (
    <form className="item-add" aria-labelledby="fw-form-h" onSubmit={submit} noValidate>
      <Heading level={3} id="fw-form-h" data-size="xs">
        {fw ? t('frameworkEdit') : t('frameworkMake')}
      </Heading>
      {f
        .others(['suppliers', 'callOff', 'maxValue', 'maxQuantity', 'quantityUnit', 'entitled', 'durationGround'])
        .map((message) => (
          <Alert key={message} data-color="danger" data-size="sm">
            {message}
          </Alert>
        ))}
      <div className="row-2">
        <CodeSelect
          id="fw-suppliers"
          label={t('frameworkSuppliers')}
          defs={frameworkSupplierDefs}
          value={suppliers}
          onChange={(v) => v && setSuppliers(v)}
          error={err('suppliers')}
        />
        <CodeSelect
          id="fw-calloff"
          label={t('frameworkCallOff')}
          defs={frameworkCallOffDefs}
          value={callOff}
          onChange={(v) => v && setCallOff(v)}
          error={err('callOff')}
        />
      </div>
      <div className="row-2">
        <MoneyField
          id="fw-max"
          label={t('frameworkMaxValue')}
          value={maxValue}
          onChange={setMaxValue}
          error={err('maxValue')}
        />
        <div className="row-2">
          <Textfield
            id="fw-maxq"
            label={t('frameworkMaxQuantity')}
            inputMode="numeric"
            value={maxQuantity}
            onChange={(e) => setMaxQuantity(e.target.value)}
            error={err('maxQuantity')}
          />
          <Textfield
            id="fw-unit"
            label={t('frameworkQuantityUnit')}
            value={quantityUnit}
            onChange={(e) => setQuantityUnit(e.target.value)}
            error={err('quantityUnit')}
          />
        </div>
      </div>
      <Textfield
        id="fw-entitled"
        label={t('frameworkEntitled')}
        multiline
        rows={3}
        value={entitled}
        onChange={(e) => setEntitled(e.target.value)}
        error={err('entitled')}
      />
      {long && !durationGround.trim() && (
        <Alert data-color="warning" data-size="sm" data-testid="duration-warning">
          {t('frameworkDurationHelp', {
            start: formatDate(k.startDate, locale),
            end: formatDate(k.latestEnd, locale),
          })}
        </Alert>
      )}
      <Textfield
        id="fw-ground"
        label={t('frameworkDurationGround')}
        description={
          long
            ? undefined
            : t('frameworkDurationHelp', {
                start: formatDate(k.startDate, locale),
                end: formatDate(k.latestEnd, locale),
              })
        }
        multiline
        rows={2}
        value={durationGround}
        onChange={(e) => setDurationGround(e.target.value)}
        error={err('durationGround')}
      />
      <div className="actions">
        <Button type="submit" data-size="sm" loading={save.isPending}>
          {t('frameworkSave')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onDone}>
          {t('frameworkCancel')}
        </Button>
        {fw && (
          <Button
            type="button"
            variant="tertiary"
            data-color="danger"
            data-size="sm"
            onClick={() => save.mutate({ id: k.id, version: k.version, framework: null })}
          >
            {t('frameworkUnmake')}
          </Button>
        )}
      </div>
    </form>
  );
}
