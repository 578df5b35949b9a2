import { Alert, Button, Field, Heading, Label, Paragraph, Radio, Table } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { formatDateTime, type Output } from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { download, exportFile } from '../../api/exportFile.js';
import { useLocale } from '../../i18n/locale.js';
import { fileAsBase64 } from '../../api/chosenFile.js';
import { columnLabel } from '../../i18n/fieldLabels.js';

/** Moving the register to another PC: make a bundle here, read it in there, decide each conflict. */
export function BundleForm() {
  const { t, locale } = useLocale();
  const fileId = useId();
  const [made, setMade] = useState<string | null>(null);
  const [file, setFile] = useState<{ fileName: string; data: string } | null>(null);
  const [decisions, setDecisions] = useState<Record<string, 'keep' | 'theirs'>>({});
  const [done, setDone] = useState<Output<'bundle.import'> | null>(null);
  const make = useMutation({
    mutationFn: () => exportFile('bundle', {}, locale),
    onSuccess: async (f) => {
      const saved = await download(f);
      if (saved) setMade(t('bundleMade', { file: saved }));
    },
  });
  const preview = useMutation({ mutationFn: (f: { fileName: string; data: string }) => call('bundle.preview', f) });
  const run = useMutation({
    mutationFn: () => call('bundle.import', { ...file!, decisions }),
    onSuccess: (r) => {
      setDone(r);
      setFile(null);
      preview.reset();
    },
  });
  const choose = async (f: File | undefined) => {
    setDone(null);
    setDecisions({});
    run.reset();
    if (!f) return;
    const chosen = { fileName: f.name, data: await fileAsBase64(f) };
    setFile(chosen);
    preview.mutate(chosen);
  };
  const p = preview.data;
  const changed = p?.conflicts.filter((c) => c.status === 'changed') ?? [];
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return (
    <div className="exchange-form">
      <Heading level={3} data-size="xs">
        {t('bundleHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('bundleIntro')}</Paragraph>
      <div className="actions">
        <Button variant="secondary" onClick={() => make.mutate()} disabled={make.isPending}>
          {t('bundleExport')}
        </Button>
      </div>
      {made && (
        <Alert data-color="success" role="status">
          {made}
        </Alert>
      )}
      {make.error && <Alert data-color="danger">{make.error.message}</Alert>}
      <Field>
        <Label htmlFor={fileId}>{t('bundleImportFile')}</Label>
        <input
          id={fileId}
          type="file"
          accept=".anskaff,application/gzip"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </Field>
      {preview.error && <Alert data-color="danger">{preview.error.message}</Alert>}
      {p && file && (
        <>
          <Paragraph data-size="sm">
            {t('bundleFrom', { at: formatDateTime(p.exportedAt, locale), by: p.exportedBy })}
          </Paragraph>
          <Table data-size="sm" data-testid="bundle-counts">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('bundleTableCol')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('bundleNewCol')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('bundleSameCol')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('bundleChangedCol')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('bundleSkippedCol')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {p.counts.map((c) => (
                <Table.Row key={c.table}>
                  <Table.Cell>{t('bundleTable', { table: c.table })}</Table.Cell>
                  <Table.Cell className="num">{c.new}</Table.Cell>
                  <Table.Cell className="num">{c.same}</Table.Cell>
                  <Table.Cell className="num">{c.changed}</Table.Cell>
                  <Table.Cell className="num">{c.sameNumber + c.missingParent}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {p.conflicts.length > 0 && (
            <>
              <Heading level={4} data-size="2xs">
                {t('bundleConflicts')}
              </Heading>
              <Paragraph data-size="sm">{t('bundleConflictsHelp')}</Paragraph>
              <ul className="plain bundle-conflicts">
                {p.conflicts.map((c) => (
                  <li key={c.key}>
                    <strong>
                      {t('bundleTable', { table: c.table })}: {c.label}
                    </strong>
                    {c.status === 'changed' ? (
                      <>
                        <span className="muted">
                          {' '}
                          · {t('bundleChangedFields', { fields: c.fields.map((f) => columnLabel(f, t)).join(', ') })}
                        </span>
                        <div className="inline-radios" role="radiogroup" aria-label={c.label}>
                          <Radio
                            name={c.key}
                            value="keep"
                            label={t('bundleKeep')}
                            checked={decisions[c.key] === 'keep'}
                            onChange={() => setDecisions((d) => ({ ...d, [c.key]: 'keep' }))}
                          />
                          <Radio
                            name={c.key}
                            value="theirs"
                            label={t('bundleTheirs')}
                            checked={decisions[c.key] === 'theirs'}
                            onChange={() => setDecisions((d) => ({ ...d, [c.key]: 'theirs' }))}
                          />
                        </div>
                      </>
                    ) : (
                      <span className="muted"> · {t('bundleStatus', { status: c.status })}</span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="actions">
            <Button onClick={() => run.mutate()} disabled={run.isPending || changed.some((c) => !decisions[c.key])}>
              {t('bundleImport')}
            </Button>
          </div>
        </>
      )}
      {run.error && <Alert data-color="danger">{run.error.message}</Alert>}
      {done && (
        <Alert data-color="success" role="status">
          {t('bundleImported', {
            added: sum(done.added),
            replaced: sum(done.replaced),
            kept: done.kept,
            skipped: done.skipped,
          })}
        </Alert>
      )}
    </div>
  );
}
