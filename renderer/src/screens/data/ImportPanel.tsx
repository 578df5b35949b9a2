import { Alert, Button, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Spinner, Table } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { importFields, type ImportReport, type ImportTarget, type Output } from '../../../../core/index.js';
import { ApiError, call } from '../../api/client.js';
import { fieldValueText } from '../../i18n/fieldValues.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { fileAsBase64 } from '../../api/chosenFile.js';
import { columnLetter, IMPORT_FIELD_LABELS } from './importLabels.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';

interface Chosen {
  fileName: string;
  data: string;
}

/**
 * Spreadsheet import: choose the file, see how every row is read with each
 * problem in words, adjust the columns, and import all rows or none.
 */
export function ImportPanel() {
  const { t } = useLocale();
  const fileId = useId();
  const [target, setTarget] = useState<ImportTarget>('cases');
  const [file, setFile] = useState<Chosen | null>(null);
  const [sheet, setSheet] = useState<string | undefined>();
  const [mapping, setMapping] = useState<Record<string, number | null> | undefined>();
  const [skip, setSkip] = useState(false);
  const [done, setDone] = useState<Output<'import.commit'> | null>(null);

  const preview = useMutation({
    mutationFn: (q: { target: ImportTarget; file: Chosen; sheet?: string; mapping?: Record<string, number | null> }) =>
      call('import.preview', { target: q.target, fileName: q.file.fileName, data: q.file.data, ...(q.sheet ? { sheet: q.sheet } : {}), ...(q.mapping ? { mapping: q.mapping } : {}) }),
    onSuccess: (r) => setMapping(r.mapping),
  });
  const commit = useMutation({
    mutationFn: () => call('import.commit', { target, fileName: file!.fileName, data: file!.data, skipDuplicates: skip, ...(sheet ? { sheet } : {}), ...(mapping ? { mapping } : {}) }),
    onSuccess: (r) => {
      setDone(r);
      setFile(null);
      preview.reset();
    },
  });

  const rerun = (next: { target?: ImportTarget; sheet?: string; mapping?: Record<string, number | null> }) => {
    if (!file) return;
    commit.reset();
    preview.mutate({ target: next.target ?? target, file, sheet: next.sheet ?? sheet, mapping: next.mapping });
  };
  const choose = async (f: File | undefined) => {
    setDone(null);
    commit.reset();
    if (!f) return;
    const chosen = { fileName: f.name, data: await fileAsBase64(f) };
    setFile(chosen);
    setSheet(undefined);
    setMapping(undefined);
    preview.mutate({ target, file: chosen });
  };

  const report = preview.data;
  const blocked = !report || report.problemRows > 0 || report.unmapped.length > 0 || (report.duplicateRows > 0 && !skip) || report.ready === 0;
  return (
    <section className="panel" aria-labelledby="import-heading">
      <Heading level={2} data-size="md" id="import-heading">{t('importHeading')}</Heading>
      <Paragraph data-size="sm">{t('importIntro')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('importTarget')}</Fieldset.Legend>
        <div className="inline-radios">
          {(['cases', 'suppliers'] as const).map((x) => (
            <Radio key={x} name="import-target" value={x} label={t('importTargetOption', { target: x })} checked={target === x} onChange={() => { setTarget(x); setMapping(undefined); rerun({ target: x }); }} />
          ))}
        </div>
      </Fieldset>
      <Field>
        <Label htmlFor={fileId}>{t('importFile')}</Label>
        <Paragraph data-size="sm" className="muted" id={`${fileId}-help`}>{t('importFileHelp')}</Paragraph>
        <input id={fileId} type="file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" aria-describedby={`${fileId}-help`} onChange={(e) => void choose(e.target.files?.[0])} />
      </Field>
      {preview.isPending && <Paragraph role="status"><Spinner aria-hidden data-size="xs" /> {t('importReading')}</Paragraph>}
      {preview.error && <Alert data-color="danger">{preview.error.message}</Alert>}
      {done && (
        <Alert data-color="success" role="status">
          {t('importDone', { target, n: done.imported, file: done.report.fileName })}
          {done.skippedDuplicates > 0 && ` ${t('importDoneSkipped', { n: done.skippedDuplicates })}`}{' '}
          <a href={target === 'cases' ? href.list() : href.suppliers()}>{target === 'cases' ? t('importSeeCases') : t('importSeeSuppliers')}</a>
        </Alert>
      )}
      {report && file && (
        <ImportReportView
          report={report}
          target={target}
          mapping={mapping ?? report.mapping}
          onSheet={(s) => { setSheet(s); setMapping(undefined); rerun({ sheet: s }); }}
          onMapping={(m) => { setMapping(m); rerun({ mapping: m }); }}
          skip={skip}
          onSkip={setSkip}
        />
      )}
      {report && file && (
        <div className="actions">
          <Button onClick={() => commit.mutate()} disabled={blocked || commit.isPending || preview.isPending}>
            {t('importCommit', { n: report.ready })}
          </Button>
        </div>
      )}
      {report && file && blocked && report.ready > 0 && <Paragraph data-size="sm">{t('importBlocked')}</Paragraph>}
      {commit.error && <Alert data-color="danger">{commit.error instanceof ApiError ? commit.error.message : String(commit.error)}</Alert>}
    </section>
  );
}

function ImportReportView(props: {
  report: ImportReport;
  target: ImportTarget;
  mapping: Record<string, number | null>;
  onSheet: (s: string) => void;
  onMapping: (m: Record<string, number | null>) => void;
  skip: boolean;
  onSkip: (v: boolean) => void;
}) {
  const { t, locale } = useLocale();
  const { report: r, target } = props;
  const labels = IMPORT_FIELD_LABELS[target];
  const label = (field: string) => (labels[field] ? t(labels[field]) : field);
  return (
    <div className="import-report">
      <Alert data-color={r.problemRows || r.unmapped.length ? 'warning' : 'info'} role="status">
        {t('importSummary', { rows: r.rows, ready: r.ready, problems: r.problemRows, duplicates: r.duplicateRows })}
      </Alert>
      {r.sheets.length > 1 && (
        <Field>
          <Label htmlFor="import-sheet">{t('importSheet')}</Label>
          <Select id="import-sheet" value={r.sheet} onChange={(e) => props.onSheet(e.target.value)}>
            {r.sheets.map((s) => <Select.Option key={s} value={s}>{s}</Select.Option>)}
          </Select>
        </Field>
      )}
      <Heading level={3} data-size="xs">{t('importMapping')}</Heading>
      <Paragraph data-size="sm">{t('importMappingHelp')}</Paragraph>
      <Table data-size="sm" className="import-mapping">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('importFieldCol')}</Table.HeaderCell>
            <Table.HeaderCell>{t('importColumnCol')}</Table.HeaderCell>
            <Table.HeaderCell>{t('importSampleCol')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {importFields[target].map((f) => {
            const col = props.mapping[f.field] ?? null;
            const missing = r.unmapped.includes(f.field);
            return (
              <Table.Row key={f.field}>
                <Table.Cell><label htmlFor={`map-${f.field}`}>{f.required ? t('importRequired', { label: label(f.field) }) : label(f.field)}</label></Table.Cell>
                <Table.Cell>
                  <Select id={`map-${f.field}`} data-size="sm" value={col === null ? '' : String(col)} aria-invalid={missing || undefined} onChange={(e) => props.onMapping({ ...props.mapping, [f.field]: e.target.value === '' ? null : Number(e.target.value) })}>
                    <Select.Option value="">{t('importColumnNone')}</Select.Option>
                    {r.columns.map((c) => <Select.Option key={c.index} value={String(c.index)}>{t('importColumnOption', { letter: columnLetter(c.index), heading: c.heading })}</Select.Option>)}
                  </Select>
                </Table.Cell>
                <Table.Cell>{col === null ? '' : (r.columns[col]?.samples[0] ?? '')}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
      {r.problems.length > 0 && (
        <>
          <Heading level={3} data-size="xs">{t('importProblems')}</Heading>
          <ProblemTable rows={r.problems} label={label} testId="import-problems" name={t('importProblems')} />
          {r.problems.length < r.problemRows && <Paragraph data-size="sm">{t('importProblemsMore', { shown: r.problems.length, n: r.problemRows })}</Paragraph>}
        </>
      )}
      {r.duplicates.length > 0 && (
        <>
          <Heading level={3} data-size="xs">{t('importDuplicates')}</Heading>
          <Paragraph data-size="sm">{t('importDuplicatesHelp')}</Paragraph>
          <ProblemTable rows={r.duplicates} label={label} testId="import-duplicates" name={t('importDuplicates')} />
          <Checkbox label={t('importSkipDuplicates')} checked={props.skip} onChange={(e) => props.onSkip(e.target.checked)} />
        </>
      )}
      <Heading level={3} data-size="xs">{t('importPreview')}</Heading>
      <ScrollRegion label={t('importPreview')}>
        <Table data-size="sm">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('importRowCol')}</Table.HeaderCell>
              {importFields[target].filter((f) => props.mapping[f.field] !== null && props.mapping[f.field] !== undefined).map((f) => <Table.HeaderCell key={f.field}>{label(f.field)}</Table.HeaderCell>)}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {r.preview.map((p) => (
              <Table.Row key={p.row}>
                <Table.Cell>{p.row}</Table.Cell>
                {importFields[target].filter((f) => props.mapping[f.field] !== null && props.mapping[f.field] !== undefined).map((f) => <Table.Cell key={f.field}>{fieldValueText(f.field, p.values[f.field], t, locale)}</Table.Cell>)}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
    </div>
  );
}

function ProblemTable({ rows, label, testId, name }: { rows: ImportReport['problems']; label: (f: string) => string; testId: string; name: string }) {
  const { t } = useLocale();
  return (
    <ScrollRegion label={name} className="problem-list">
      <Table data-size="sm" data-testid={testId}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('importRowCol')}</Table.HeaderCell>
            <Table.HeaderCell>{t('importFieldCol')}</Table.HeaderCell>
            <Table.HeaderCell>{t('importProblemCol')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((p, i) => (
            <Table.Row key={`${p.row}-${p.field}-${i}`}>
              <Table.Cell>{p.row}</Table.Cell>
              <Table.Cell>{p.field ? label(p.field) : ''}</Table.Cell>
              <Table.Cell>{p.message}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
