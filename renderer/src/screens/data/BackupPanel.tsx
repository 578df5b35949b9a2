import { Alert, Button, Heading, Paragraph, Spinner, Table, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Backup } from '../../../../core/index.js';
import { call, chooseBackupFolder } from '../../api/client.js';
import { query, changed } from '../../api/queries.js';
import { useLocale } from '../../i18n/locale.js';
import { useIssues } from '../../lib/useIssues.js';
import { backupAt, backupHolds, formatBytes } from './backupWords.js';
import { RestoreDialog } from './RestoreDialog.js';
import { FormOutcome } from '../../components/FormOutcome.js';

/** Backups: make one now, see what each holds, restore one, and choose an extra folder. */
export function BackupPanel() {
  const { t, locale } = useLocale();
  const list = useQuery(query('backup.list', {}));
  const [done, setDone] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const now = useMutation({
    mutationFn: () => call('backup.now', {}),
    onSuccess: (b) => setDone(t('backupMade', { at: backupAt(b, locale), what: backupHolds(b, t) })),
  });
  return (
    <section className="panel" aria-labelledby="backups-heading">
      <Heading level={2} data-size="md" id="backups-heading">
        {t('backupsHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('backupsIntro')}</Paragraph>
      <div className="actions">
        <Button
          onClick={() => {
            setDone(null);
            now.mutate();
          }}
          disabled={now.isPending}
        >
          {now.isPending ? <Spinner aria-hidden data-size="xs" /> : null}
          {t('backupNow')}
        </Button>
      </div>
      {done && (
        <Alert data-color="success" role="status">
          {done}
        </Alert>
      )}
      {now.error && <Alert data-color="danger">{now.error.message}</Alert>}
      {list.data?.extraFolderProblem && (
        <Alert data-color="warning">{t('extraFolderProblem', { problem: list.data.extraFolderProblem })}</Alert>
      )}
      {list.data && list.data.unreadable.length > 0 && (
        <Alert data-color="warning">
          {t('backupFilesUnreadable', {
            files: list.data.unreadable
              .map((u) => (u.name ? `${u.name} (${u.problem})` : t('backupFolderUnreadable', { problem: u.problem })))
              .join('; '),
          })}
        </Alert>
      )}
      {!list.data ? (
        <Spinner aria-label="…" />
      ) : list.data.backups.length === 0 ? (
        <Paragraph>{t('backupNone')}</Paragraph>
      ) : (
        <Table data-size="sm" className="backup-table">
          <caption className="visually-hidden">{t('backupsHeading')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('backupCol')}</Table.HeaderCell>
              <Table.HeaderCell>{t('backupReasonCol')}</Table.HeaderCell>
              <Table.HeaderCell>{t('backupHoldsCol')}</Table.HeaderCell>
              <Table.HeaderCell>{t('backupWhereCol')}</Table.HeaderCell>
              <Table.HeaderCell className="num">{t('backupSizeCol')}</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="visually-hidden">{t('restore')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.data.backups.map((b) => (
              <Table.Row key={`${b.folder}/${b.id}`}>
                <Table.Cell>{backupAt(b, locale)}</Table.Cell>
                <Table.Cell>{t('backupReason', { reason: b.reason })}</Table.Cell>
                <Table.Cell>{backupHolds(b, t)}</Table.Cell>
                <Table.Cell>{b.folder === 'data' ? t('backupFolderData') : t('backupFolderExtra')}</Table.Cell>
                <Table.Cell className="num">{formatBytes(b.bytes, locale)}</Table.Cell>
                <Table.Cell>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    disabled={!b.counts}
                    onClick={() => setRestoring(b)}
                    aria-label={t('restoreOf', { at: backupAt(b, locale) })}
                  >
                    {t('restore')}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {list.data && (
        <Paragraph data-size="sm" className="muted">
          {t('dataFolderIs', { folder: list.data.dataFolder })}
        </Paragraph>
      )}
      {list.data &&
        (window.apiBackupFolder ? (
          <ExtraFolderChooser current={list.data.extraFolder} />
        ) : (
          <ExtraFolderForm initial={list.data.extraFolder ?? ''} />
        ))}
      <RestoreDialog
        backup={restoring}
        onClose={() => setRestoring(null)}
        onRestored={(r) => {
          setRestoring(null);
          setDone(
            r.safetyCopy
              ? t('restoreDone', { at: backupAt(r.restored, locale), safety: backupAt(r.safetyCopy, locale) })
              : t('restoreDoneNoSafety', { at: backupAt(r.restored, locale) }),
          );
        }}
      />
    </section>
  );
}

function ExtraFolderForm({ initial }: { initial: string }) {
  const { t } = useLocale();
  const f = useIssues();
  const [folder, setFolder] = useState(initial);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: string) => call('backup.setFolder', { folder: v.trim() || null }),
    onSuccess: (r) =>
      setSaved(r.extraFolder ? t('extraFolderSaved', { folder: r.extraFolder }) : t('extraFolderCleared')),
    onError: f.fromError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    f.clear();
    setSaved(null);
    save.mutate(folder);
  };
  return (
    <form onSubmit={submit} noValidate className="extra-folder">
      <Heading level={3} data-size="xs">
        {t('extraFolderHeading')}
      </Heading>
      <Textfield
        id="f-folder"
        label={t('extraFolder')}
        description={t('extraFolderHelp')}
        value={folder}
        onChange={(e) => setFolder(e.target.value)}
        error={f.errorOf('folder')}
      />
      <div className="actions">
        <Button type="submit" variant="secondary" disabled={save.isPending}>
          {t('save')}
        </Button>
      </div>
      <FormOutcome done={saved} error={f.general} />
    </form>
  );
}

/** The desktop app: the folder is chosen in the system's folder dialog, by the main process; the page never types a path. */
function ExtraFolderChooser({ current }: { current: string | null }) {
  const { t, locale } = useLocale();
  const qc = useQueryClient();
  const f = useIssues();
  const choose = useMutation({
    mutationFn: (action: 'choose' | 'clear') => chooseBackupFolder(action, locale),
    // Set by the main process, not through call(): what it changed is asked again.
    onSuccess: () => void changed(qc, ['backups', 'settings', 'audit']),
    onError: f.fromError,
  });
  return (
    <div className="extra-folder">
      <Heading level={3} data-size="xs">
        {t('extraFolderHeading')}
      </Heading>
      <Paragraph data-size="sm">
        {current ? t('extraFolderCurrent', { folder: current }) : t('extraFolderNone')}
      </Paragraph>
      <div className="actions">
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            f.clear();
            choose.mutate('choose');
          }}
          disabled={choose.isPending}
        >
          {t('extraFolderChoose')}
        </Button>
        {current && (
          <Button
            type="button"
            variant="tertiary"
            onClick={() => {
              f.clear();
              choose.mutate('clear');
            }}
            disabled={choose.isPending}
          >
            {t('extraFolderRemove')}
          </Button>
        )}
      </div>
      {(f.general || f.errorOf('folder')) && <Alert data-color="danger">{f.general ?? f.errorOf('folder')}</Alert>}
    </div>
  );
}
