import { Alert, Button, Field, Label, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { fileAsBase64 } from '../../api/chosenFile.js';
import { call } from '../../api/client.js';
import { useLocale } from '../../i18n/locale.js';

/**
 * Call-offs from a spreadsheet (the office's own or a supplier's sales
 * report): the file is tried first and what would go wrong is listed by row;
 * only a file with no problem can be imported, all its rows at once.
 */
export function CallOffImport() {
  const { t } = useLocale();
  const fileId = useId();
  const [file, setFile] = useState<{ fileName: string; data: string } | null>(null);
  const tryIt = useMutation({
    mutationFn: (f: { fileName: string; data: string }) => call('contracts.importCallOffs', { ...f, commit: false }),
  });
  const commit = useMutation({
    mutationFn: (f: { fileName: string; data: string }) => call('contracts.importCallOffs', { ...f, commit: true }),
  });
  async function choose(f: File | undefined) {
    commit.reset();
    if (!f) return;
    const chosen = { fileName: f.name, data: await fileAsBase64(f) };
    setFile(chosen);
    tryIt.mutate(chosen);
  }
  const report = tryIt.data;
  return (
    <div className="item-add" data-testid="call-off-import">
      <Field>
        <Label htmlFor={fileId}>{t('callOffImport')}</Label>
        <Paragraph data-size="sm" className="muted" id={`${fileId}-help`}>
          {t('callOffImportHelp')}
        </Paragraph>
        <input
          id={fileId}
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-describedby={`${fileId}-help`}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </Field>
      {tryIt.error && <Alert data-color="danger">{tryIt.error.message}</Alert>}
      {commit.error && <Alert data-color="danger">{commit.error.message}</Alert>}
      {commit.data ? (
        <Alert data-color="success" role="status">
          {t('callOffImportDone', { n: commit.data.imported })}
        </Alert>
      ) : (
        report &&
        (report.problems.length > 0 ? (
          <Alert data-color="danger" data-testid="call-off-import-problems">
            {t('callOffImportProblems', { n: report.problems.length })}
            <ul>
              {report.problems.slice(0, 20).map((p) => (
                <li key={`${p.row}-${p.message}`}>{t('callOffImportRow', { row: p.row, message: p.message })}</li>
              ))}
            </ul>
          </Alert>
        ) : (
          <div className="actions">
            <Paragraph role="status">{t('callOffImportReady', { n: report.rows })}</Paragraph>
            <Button data-size="sm" loading={commit.isPending} onClick={() => file && commit.mutate(file)}>
              {t('callOffImportCommit', { n: report.rows })}
            </Button>
          </div>
        ))
      )}
    </div>
  );
}
