import { Alert, Checkbox, Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import {
  codeName,
  importFields,
  isPhaseDateField,
  phaseDefs,
  phaseOfDateField,
  type ImportReport,
  type ImportTarget,
} from '../../../../core/index.js';
import { fieldValueText } from '../../i18n/fieldValues.js';
import { useLocale } from '../../i18n/locale.js';
import { columnLetter, IMPORT_FIELD_LABELS } from './importLabels.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';

/** What the import will do, before it does it: the columns read and not, each field's column, the problems by row, and the choice of what to import. */
export function ImportReportView(props: {
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
