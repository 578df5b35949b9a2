import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Spinner,
} from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { type ImportTarget, type Output } from '../../../../core/index.js';
import { ApiError, call } from '../../api/client.js';
import { useLocale } from '../../i18n/locale.js';
import { href } from '../../lib/router.js';
import { fileAsBase64 } from '../../api/chosenFile.js';
import { download, exportFile, type ExportedFile } from '../../api/exportFile.js';
import { ImportReportView } from './ImportReportView.js';

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
