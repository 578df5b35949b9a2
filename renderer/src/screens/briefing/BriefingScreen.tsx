import { Alert, Button, Heading, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { formatDate, type BriefingSpec, type Output } from '../../../../core/index.js';
import { query } from '../../api/queries.js';
import type { ExportedFile } from '../../api/exportFile.js';
import { DocumentLanguage } from '../../components/DocumentLanguage.js';
import { FormErrors } from '../../components/FormErrors.js';
import { useLocale } from '../../i18n/locale.js';
import type { StringKey } from '../../i18n/strings.js';
import { useIssues } from '../../lib/useIssues.js';
import { PdfPages } from './PdfPages.js';
import { usePackExport, useComposerState, type ExportKind } from './composerState.js';
import { AppendixField, HighlightPicker, PackDetails, SectionPicker, VersionAndLength } from './ComposerFields.js';

const LABELS: Record<string, StringKey> = {
  title: 'briefingTitleField',
  organisation: 'briefingOrganisation',
  from: 'briefingFrom',
  to: 'briefingTo',
  meeting: 'briefingMeeting',
  meetingDate: 'briefingMeetingDate',
  sections: 'briefingSections',
  highlights: 'briefingHighlights',
};

/** Compose a leadership briefing pack, see it page by page as it prints, and save it as PDF or Word. */
export function BriefingScreen() {
  const saved = useQuery(query('briefing.list', {}));
  const settings = useQuery(query('settings.get', {}));
  const error = saved.error ?? settings.error;
  if (!saved.data || !settings.data)
    return error ? <Alert data-color="danger">{error.message}</Alert> : <Spinner aria-label="…" />;
  return (
    <Composer last={saved.data.lastSpec} packs={saved.data.packs} organisationName={settings.data.organisationName} />
  );
}

/** A pack made before, as the service records it. */
type SavedPackRow = Output<'briefing.list'>['packs'][number];

function Composer({
  last,
  packs,
  organisationName,
}: {
  organisationName: string;
  last: BriefingSpec | null;
  packs: SavedPackRow[];
}) {
  const { t } = useLocale();
  const f = useIssues({ prefix: 'spec.' });
  const s = useComposerState(last, organisationName);
  const { preview, busy, done, run, print } = usePackExport(s.spec, f);
  const issues = f.issues.map((i) => ({ ...i, path: i.path.replace(/^spec\./, '') }));

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('briefingHeading')}
      </Heading>
      <Paragraph className="lead">{t('briefingLead')}</Paragraph>
      <FormErrors
        issues={issues}
        general={f.general}
        labelOf={(p) => (LABELS[p.split('.')[0]!] ? t(LABELS[p.split('.')[0]!]!) : undefined)}
      />
      {done && (
        <Alert data-color="success" role="status">
          {done}
        </Alert>
      )}
      <div className="briefing-layout">
        <div className="panel form-main briefing-form">
          <PackDetails s={s} errorOf={f.errorOf} />
          <VersionAndLength s={s} />
          <DocumentLanguage id="f-lang" label={t('briefingLanguage')} value={s.lang} onChange={s.setLang} />
          <SectionPicker s={s} />
          <HighlightPicker s={s} f={f} />
          <AppendixField busy={busy} onSave={(format) => void run(format === 'docx' ? 'appendixDocx' : 'appendix')} />
          <ComposerActions busy={busy} run={run} print={print} />
        </div>
        <PreviewPanel busy={busy} preview={preview} />
      </div>
      <SavedPacks packs={packs} />
    </>
  );
}

/** Preview, save as PDF or Word, and (in the desktop app) print. */
function ComposerActions({
  busy,
  run,
  print,
}: {
  busy: ExportKind | null;
  run: (kind: ExportKind) => Promise<void>;
  print: () => void;
}) {
  const { t } = useLocale();
  return (
    <div className="actions">
      <Button type="button" variant="secondary" onClick={() => void run('preview')} disabled={busy !== null}>
        {t('previewUpdate')}
      </Button>
      <Button type="button" onClick={() => void run('pdf')} disabled={busy !== null}>
        {t('savePdf')}
      </Button>
      <Button type="button" variant="secondary" onClick={() => void run('docx')} disabled={busy !== null}>
        {t('saveDocx')}
      </Button>
      {window.apiPrint && (
        <Button type="button" variant="secondary" onClick={print} disabled={busy !== null}>
          {t('printPack')}
        </Button>
      )}
    </div>
  );
}

/** The pack page by page as it prints, once asked for. */
function PreviewPanel({ busy, preview }: { busy: ExportKind | null; preview: ExportedFile | null }) {
  const { t } = useLocale();
  return (
    <section
      className="panel briefing-preview"
      aria-label={t('previewHeading')}
      aria-busy={busy === 'preview'}
      tabIndex={0}
    >
      {busy === 'preview' && <Paragraph role="status">{t('previewWorking')}</Paragraph>}
      {!preview && busy !== 'preview' && (
        <Paragraph className="muted">{t('previewEmpty', { button: t('previewUpdate') })}</Paragraph>
      )}
      {preview && <PdfPages bytes={preview.bytes} />}
    </section>
  );
}

const SAVED_PACK_COLUMNS: StringKey[] = [
  'colMade',
  'briefingTitleField',
  'colPeriod',
  'colMeeting',
  'colVersion',
  'colFormat',
  'colBy',
];

/** The packs made before, newest first, as recorded. */
function SavedPacks({ packs }: { packs: SavedPackRow[] }) {
  const { t, locale } = useLocale();
  return (
    <section className="panel" aria-labelledby="saved-packs">
      <Heading level={2} data-size="sm" id="saved-packs">
        {t('savedPacks')}
      </Heading>
      {packs.length === 0 ? (
        <Paragraph>{t('noSavedPacks')}</Paragraph>
      ) : (
        <Table data-size="sm" className="full" data-testid="saved-packs">
          <Table.Head>
            <Table.Row>
              {SAVED_PACK_COLUMNS.map((k) => (
                <Table.HeaderCell key={k}>{t(k)}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {packs.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>{`${formatDate(p.createdAt, locale)} ${p.createdAt.slice(11, 16)}`}</Table.Cell>
                <Table.Cell>{p.title}</Table.Cell>
                <Table.Cell>{`${formatDate(p.from, locale)}–${formatDate(p.to, locale)}`}</Table.Cell>
                <Table.Cell>
                  {[p.meeting, formatDate(p.meetingDate, locale)].filter(Boolean).join(', ') || t('none')}
                </Table.Cell>
                <Table.Cell>{t('version', { version: p.version })}</Table.Cell>
                <Table.Cell>{p.format.toUpperCase()}</Table.Cell>
                <Table.Cell>{p.by || t('none')}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}
