import {
  Alert,
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Spinner,
  Table,
} from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import {
  codeName,
  importFields,
  isPhaseDateField,
  phaseDefs,
  phaseOfDateField,
  type ImportReport,
  type ImportTarget,
  type Output,
} from '../../../../core/index.js';
import { ApiError, call } from '../../api/client.js';
import { fieldValueText } from '../../i18n/fieldValues.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { fileAsBase64 } from '../../api/chosenFile.js';
import { download, exportFile, type ExportedFile } from '../../api/exportFile.js';
import { columnLetter, IMPORT_FIELD_LABELS } from './importLabels.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';

interface Chosen {
  fileName: string;
  data: string;
}

/**
 * Spreadsheet import: choose the file, see how every row is read with each
 * problem in words and which columns are not read, adjust the columns, and
 * import all rows or none, or the valid rows leaving out the invalid ones
 * (which can be downloaded as a spreadsheet to correct).
 */
export function ImportPanel() {
  const { t, locale } = useLocale();
  const fileId = useId();
  const [target, setTarget] = useState<ImportTarget>('cases');
  const [file, setFile] = useState<Chosen | null>(null);
  const [sheet, setSheet] = useState<string | undefined>();
  const [mapping, setMapping] = useState<Record<string, number | null> | undefined>();
  const [skip, setSkip] = useState(false);
  const [leaveOut, setLeaveOut] = useState(false);
  const [done, setDone] = useState<Output<'import.commit'> | null>(null);
  /** The rows a partial import left out, fetched before it ran (afterwards the rows it took in would be duplicates). */
  const [leftOutFile, setLeftOutFile] = useState<ExportedFile | null>(null);

  const preview = useMutation({
    mutationFn: (q: { target: ImportTarget; file: Chosen; sheet?: string; mapping?: Record<string, number | null> }) =>
      call('import.preview', {
        target: q.target,
        fileName: q.file.fileName,
        data: q.file.data,
        ...(q.sheet ? { sheet: q.sheet } : {}),
        ...(q.mapping ? { mapping: q.mapping } : {}),
      }),
    onSuccess: (r) => setMapping(r.mapping),
  });
  const request = () => ({
    target,
    fileName: file!.fileName,
    data: file!.data,
    skipDuplicates: skip,
    leaveOutInvalid: leaveOut,
    ...(sheet ? { sheet } : {}),
    ...(mapping ? { mapping } : {}),
  });
  const commit = useMutation({
    mutationFn: async () => {
      const q = request();
      const bad = preview.data ? preview.data.problemRows + preview.data.duplicateRows : 0;
      const rejects = leaveOut && bad > 0 ? await exportFile('importRejects', q, locale) : null;
      return { result: await call('import.commit', q), rejects };
    },
    onSuccess: ({ result, rejects }) => {
      setDone(result);
      setLeftOutFile(rejects);
      setFile(null);
      preview.reset();
    },
  });
  const rejects = useMutation({ mutationFn: () => exportFile('importRejects', request(), locale).then(download) });
  const saveLeftOut = useMutation({ mutationFn: (f: ExportedFile) => download(f) });

  const rerun = (next: { target?: ImportTarget; sheet?: string; mapping?: Record<string, number | null> }) => {
    if (!file) return;
    commit.reset();
    preview.mutate({ target: next.target ?? target, file, sheet: next.sheet ?? sheet, mapping: next.mapping });
  };
  const choose = async (f: File | undefined) => {
    setDone(null);
    setLeftOutFile(null);
    commit.reset();
    rejects.reset();
    if (!f) return;
    const chosen = { fileName: f.name, data: await fileAsBase64(f) };
    setFile(chosen);
    setSheet(undefined);
    setMapping(undefined);
    preview.mutate({ target, file: chosen });
  };

  const report = preview.data;
  const bad = report ? report.problemRows + report.duplicateRows : 0;
  const partial = leaveOut && bad > 0;
  const blocked =
    !report ||
    report.unmapped.length > 0 ||
    report.ready === 0 ||
    (!partial && (report.problemRows > 0 || (report.duplicateRows > 0 && !skip)));
  return (
    <section className="panel" aria-labelledby="import-heading">
      <Heading level={2} data-size="md" id="import-heading">
        {t('importHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('importIntro')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('importTarget')}</Fieldset.Legend>
        <div className="inline-radios">
          {(['cases', 'suppliers'] as const).map((x) => (
            <Radio
              key={x}
              name="import-target"
              value={x}
              label={t('importTargetOption', { target: x })}
              checked={target === x}
              onChange={() => {
                setTarget(x);
                setMapping(undefined);
                rerun({ target: x });
              }}
            />
          ))}
        </div>
      </Fieldset>
      <Field>
        <Label htmlFor={fileId}>{t('importFile')}</Label>
        <Paragraph data-size="sm" className="muted" id={`${fileId}-help`}>
          {t('importFileHelp')}
        </Paragraph>
        <input
          id={fileId}
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-describedby={`${fileId}-help`}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </Field>
      {preview.isPending && (
        <Paragraph role="status">
          <Spinner aria-hidden data-size="xs" /> {t('importReading')}
        </Paragraph>
      )}
      {preview.error && <Alert data-color="danger">{preview.error.message}</Alert>}
      {done && (
        <Alert data-color="success" role="status">
          {t('importDone', { target, n: done.imported, file: done.report.fileName })}
          {done.leftOut > 0 && ` ${t('importDoneLeftOut', { n: done.leftOut })}`}
          {done.skippedDuplicates > 0 && ` ${t('importDoneSkipped', { n: done.skippedDuplicates })}`}{' '}
          <a href={target === 'cases' ? href.list() : href.suppliers()}>
            {target === 'cases' ? t('importSeeCases') : t('importSeeSuppliers')}
          </a>
          {leftOutFile && (
            <div className="actions">
              <Button
                variant="secondary"
                data-size="sm"
                onClick={() => saveLeftOut.mutate(leftOutFile)}
                disabled={saveLeftOut.isPending}
              >
                {t('importRejectsDownload')}
              </Button>
            </div>
          )}
        </Alert>
      )}
      {saveLeftOut.error && <Alert data-color="danger">{saveLeftOut.error.message}</Alert>}
      {report && file && (
        <ImportReportView
          report={report}
          target={target}
          mapping={mapping ?? report.mapping}
          onSheet={(s) => {
            setSheet(s);
            setMapping(undefined);
            rerun({ sheet: s });
          }}
          onMapping={(m) => {
            setMapping(m);
            rerun({ mapping: m });
          }}
          skip={skip && !partial}
          onSkip={setSkip}
          partial={partial}
        />
      )}
      {report && file && bad > 0 && (
        <Fieldset>
          <Fieldset.Legend>{t('importMode')}</Fieldset.Legend>
          <Radio
            name="import-mode"
            value="all"
            label={t('importModeAll')}
            checked={!leaveOut}
            onChange={() => setLeaveOut(false)}
          />
          <Radio
            name="import-mode"
            value="valid"
            label={t('importModeValid')}
            checked={leaveOut}
            onChange={() => setLeaveOut(true)}
          />
        </Fieldset>
      )}
      {report && file && (
        <div className="actions">
          <Button onClick={() => commit.mutate()} disabled={blocked || commit.isPending || preview.isPending}>
            {!partial
              ? t('importCommit', { n: report.ready })
              : target === 'cases'
                ? t('importCommitValidCases', { n: report.ready, left: bad })
                : t('importCommitValidSuppliers', { n: report.ready, left: bad })}
          </Button>
          {partial && (
            <Button
              variant="secondary"
              onClick={() => rejects.mutate()}
              disabled={rejects.isPending || preview.isPending}
            >
              {t('importRejectsDownload')}
            </Button>
          )}
        </div>
      )}
      {report && file && partial && <Paragraph data-size="sm">{t('importRejectsHelp')}</Paragraph>}
      {rejects.error && <Alert data-color="danger">{rejects.error.message}</Alert>}
      {report && file && blocked && !partial && report.ready > 0 && (
        <Paragraph data-size="sm">{t('importBlocked')}</Paragraph>
      )}
      {commit.error && (
        <Alert data-color="danger">
          {commit.error instanceof ApiError ? commit.error.message : String(commit.error)}
        </Alert>
      )}
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
  partial: boolean;
}) {
  const { t, locale } = useLocale();
  const { report: r, target } = props;
  const labels = IMPORT_FIELD_LABELS[target];
  const label = (field: string) =>
    isPhaseDateField(field)
      ? t('importPhaseDateLabel', { phase: codeName(phaseDefs, phaseOfDateField(field), locale) })
      : labels[field]
        ? t(labels[field])
        : field;
  const named = (index: number) =>
    t('importColumnNamed', { letter: columnLetter(index), heading: r.columns[index]?.heading ?? '' });
  const columnOf = (field: string | null) => {
    const col = field === null ? null : r.mapping[field];
    return col === null || col === undefined ? '' : named(col);
  };
  const fields = importFields[target].filter((f) => !isPhaseDateField(f.field));
  const dateFields = importFields[target].filter((f) => isPhaseDateField(f.field));
  const row = (f: (typeof fields)[number]) => {
    const col = props.mapping[f.field] ?? null;
    const missing = r.unmapped.includes(f.field);
    return (
      <Table.Row key={f.field}>
        <Table.Cell>
          <label htmlFor={`map-${f.field}`}>
            {f.required ? t('importRequired', { label: label(f.field) }) : label(f.field)}
          </label>
        </Table.Cell>
        <Table.Cell>
          <Select
            id={`map-${f.field}`}
            data-size="sm"
            value={col === null ? '' : String(col)}
            aria-invalid={missing || undefined}
            onChange={(e) =>
              props.onMapping({ ...props.mapping, [f.field]: e.target.value === '' ? null : Number(e.target.value) })
            }
          >
            <Select.Option value="">{t('importColumnNone')}</Select.Option>
            {r.columns.map((c) => (
              <Select.Option key={c.index} value={String(c.index)}>
                {t('importColumnOption', { letter: columnLetter(c.index), heading: c.heading })}
              </Select.Option>
            ))}
          </Select>
        </Table.Cell>
        <Table.Cell>{col === null ? '' : (r.columns[col]?.samples[0] ?? '')}</Table.Cell>
      </Table.Row>
    );
  };
  const head = (
    <Table.Head>
      <Table.Row>
        <Table.HeaderCell>{t('importFieldCol')}</Table.HeaderCell>
        <Table.HeaderCell>{t('importColumnCol')}</Table.HeaderCell>
        <Table.HeaderCell>{t('importSampleCol')}</Table.HeaderCell>
      </Table.Row>
    </Table.Head>
  );
  return (
    <div className="import-report">
      <Alert data-color={r.problemRows || r.unmapped.length ? 'warning' : 'info'} role="status">
        {t('importSummary', { rows: r.rows, ready: r.ready, problems: r.problemRows, duplicates: r.duplicateRows })}
      </Alert>
      {r.sheets.length > 1 && (
        <Field>
          <Label htmlFor="import-sheet">{t('importSheet')}</Label>
          <Select id="import-sheet" value={r.sheet} onChange={(e) => props.onSheet(e.target.value)}>
            {r.sheets.map((s) => (
              <Select.Option key={s} value={s}>
                {s}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <Heading level={3} data-size="xs">
        {t('importMapping')}
      </Heading>
      <Paragraph data-size="sm">{t('importMappingHelp')}</Paragraph>
      <Table data-size="sm" className="import-mapping">
        {head}
        <Table.Body>{fields.map(row)}</Table.Body>
      </Table>
      {dateFields.length > 0 && (
        <>
          <Heading level={4} data-size="2xs">
            {t('importPhaseDates')}
          </Heading>
          <Paragraph data-size="sm">{t('importPhaseDatesHelp')}</Paragraph>
          <Table data-size="sm" className="import-mapping" data-testid="import-phase-dates">
            {head}
            <Table.Body>{dateFields.map(row)}</Table.Body>
          </Table>
        </>
      )}
      {r.unusedColumns.length > 0 && (
        <Alert data-color="info" data-testid="import-unused">
          {t('importUnused', { columns: r.unusedColumns.map(named).join(', ') })}
        </Alert>
      )}
      {r.problems.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {t('importProblems')}
          </Heading>
          <ProblemTable
            rows={r.problems}
            label={label}
            columnOf={columnOf}
            testId="import-problems"
            name={t('importProblems')}
          />
          {r.problems.length < r.problemRows && (
            <Paragraph data-size="sm">
              {t('importProblemsMore', { shown: r.problems.length, n: r.problemRows })}
            </Paragraph>
          )}
        </>
      )}
      {r.duplicates.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {t('importDuplicates')}
          </Heading>
          <Paragraph data-size="sm">{t('importDuplicatesHelp')}</Paragraph>
          <ProblemTable
            rows={r.duplicates}
            label={label}
            columnOf={columnOf}
            testId="import-duplicates"
            name={t('importDuplicates')}
          />
          {!props.partial && (
            <Checkbox
              label={t('importSkipDuplicates')}
              checked={props.skip}
              onChange={(e) => props.onSkip(e.target.checked)}
            />
          )}
        </>
      )}
      {r.notices.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {t('importNotices')}
          </Heading>
          <ProblemTable
            rows={r.notices}
            label={label}
            columnOf={columnOf}
            testId="import-notices"
            name={t('importNotices')}
            what={t('importNoticeCol')}
          />
          {r.notices.length < r.noticeRows && (
            <Paragraph data-size="sm">{t('importNoticesMore', { shown: r.notices.length, n: r.noticeRows })}</Paragraph>
          )}
        </>
      )}
      <Heading level={3} data-size="xs">
        {t('importPreview')}
      </Heading>
      <ScrollRegion label={t('importPreview')}>
        <Table data-size="sm">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('importRowCol')}</Table.HeaderCell>
              {importFields[target]
                .filter((f) => props.mapping[f.field] !== null && props.mapping[f.field] !== undefined)
                .map((f) => (
                  <Table.HeaderCell key={f.field}>{label(f.field)}</Table.HeaderCell>
                ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {r.preview.map((p) => (
              <Table.Row key={p.row}>
                <Table.Cell>{p.row}</Table.Cell>
                {importFields[target]
                  .filter((f) => props.mapping[f.field] !== null && props.mapping[f.field] !== undefined)
                  .map((f) => (
                    <Table.Cell key={f.field}>{fieldValueText(f.field, p.values[f.field], t, locale)}</Table.Cell>
                  ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
    </div>
  );
}

function ProblemTable({
  rows,
  label,
  columnOf,
  testId,
  name,
  what,
}: {
  rows: ImportReport['problems'];
  label: (f: string) => string;
  columnOf: (f: string | null) => string;
  testId: string;
  name: string;
  what?: string;
}) {
  const { t } = useLocale();
  return (
    <ScrollRegion label={name} className="problem-list">
      <Table data-size="sm" data-testid={testId}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('importRowCol')}</Table.HeaderCell>
            <Table.HeaderCell>{t('importFieldCol')}</Table.HeaderCell>
            <Table.HeaderCell>{what ?? t('importProblemCol')}</Table.HeaderCell>
            <Table.HeaderCell>{t('importSheetColumnCol')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((p, i) => (
            <Table.Row key={`${p.row}-${p.field}-${i}`}>
              <Table.Cell>{p.row}</Table.Cell>
              <Table.Cell>{p.field ? label(p.field) : ''}</Table.Cell>
              <Table.Cell>{p.message}</Table.Cell>
              <Table.Cell>{columnOf(p.field)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
