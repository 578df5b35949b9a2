import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Spinner,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  briefingSectionDefs,
  briefingSections,
  formatDate,
  SHORT_SECTIONS,
  todayInOslo,
  type BriefingLength,
  type BriefingSection,
  type BriefingSpec,
  type Locale,
} from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { query, changed } from '../../api/queries.js';
import { download, exportFile, printReport, type ExportedFile } from '../../api/exportFile.js';
import { DocumentLanguage } from '../../components/DocumentLanguage.js';
import { FormErrors } from '../../components/FormErrors.js';
import { useLocale } from '../../i18n/locale.js';
import type { StringKey } from '../../i18n/strings.js';
import { useIssues } from '../../lib/useIssues.js';
import { PdfPages } from './PdfPages.js';
import { DateField } from '../../components/DateField.js';

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

interface Highlight {
  caseId: number;
  caseNumber: string;
  title: string;
  text: string;
  confidential: boolean;
}

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

/** The sections the composer lists: the appendix is a file of its own, and the short version has only its own sections to choose from. */
const listed = (s: BriefingSection, length: BriefingLength) =>
  s !== 'appendix' && (length === 'full' || SHORT_SECTIONS.includes(s));

type SavedPackRow = {
  id: number;
  createdAt: string;
  by: string;
  title: string;
  from: string;
  to: string;
  meeting: string;
  meetingDate: string | null;
  version: 'public' | 'closed';
  format: 'pdf' | 'docx';
};
type ExportKind = 'preview' | 'pdf' | 'docx' | 'appendix' | 'appendixDocx';
type Issues = ReturnType<typeof useIssues>;

/** What the composer holds: the pack's settings as the user sets them, and the spec they make. */
function useComposerState(last: BriefingSpec | null, organisationName: string) {
  const { t, locale } = useLocale();
  const year = todayInOslo().slice(0, 4);
  const [title, setTitle] = useState(last?.title ?? t('briefingTitleDefault'));
  // The organisation set under Innstillinger, unless the last pack named another.
  const [organisation, setOrganisation] = useState(last?.organisation || organisationName);
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const [meeting, setMeeting] = useState(last?.meeting ?? '');
  const [meetingDate, setMeetingDate] = useState('');
  const [version, setVersion] = useState<'public' | 'closed'>('public');
  // Short by default; the full version when chosen (and kept from the last pack made).
  const [length, setLength] = useState<BriefingLength>(last?.length ?? 'short');
  // The pack's language: the screen's until one is chosen for it.
  const [chosenLang, setLang] = useState<Locale | null>(null);
  const lang = chosenLang ?? locale;
  // Every section, in the order chosen; unticked ones stay in the list so they can be put back.
  const [order, setOrder] = useState<BriefingSection[]>(() => [
    ...(last?.sections ?? []),
    ...briefingSections.filter((s) => !last?.sections.includes(s)),
  ]);
  const [included, setIncluded] = useState<Set<BriefingSection>>(() => new Set(last?.sections ?? briefingSections));
  const [highlights, setHighlights] = useState<Highlight[]>([]);

  const spec = () => ({
    title,
    organisation,
    from,
    to,
    meeting,
    meetingDate: meetingDate || null,
    version,
    sections: order.filter((s) => included.has(s) && s !== 'appendix'),
    length,
    highlights: highlights.map((h) => ({ caseId: h.caseId, text: h.text, confidential: h.confidential })),
    lang,
  });
  return {
    title,
    setTitle,
    organisation,
    setOrganisation,
    from,
    setFrom,
    to,
    setTo,
    meeting,
    setMeeting,
    meetingDate,
    setMeetingDate,
    version,
    setVersion,
    length,
    setLength,
    lang,
    setLang,
    order,
    setOrder,
    included,
    setIncluded,
    highlights,
    setHighlights,
    spec,
  };
}
type ComposerState = ReturnType<typeof useComposerState>;

/** Making the pack's files: the preview shown here, or a file saved (and recorded) where the user chooses. */
function usePackExport(spec: ComposerState['spec'], f: Issues) {
  const { t, locale } = useLocale();
  const qc = useQueryClient();
  const [preview, setPreview] = useState<ExportedFile | null>(null);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function run(kind: ExportKind) {
    f.clear();
    setDone(null);
    setBusy(kind);
    try {
      const appendix = kind === 'appendix' || kind === 'appendixDocx';
      const format = kind === 'docx' || kind === 'appendixDocx' ? 'docx' : 'pdf';
      const file = await exportFile(
        'briefing',
        { spec: spec(), format, part: appendix ? 'appendix' : 'pack', record: kind === 'pdf' || kind === 'docx' },
        locale,
      );
      if (kind === 'preview') setPreview(file);
      else {
        const saved = await download(file);
        if (saved) setDone(t(appendix ? 'appendixSaved' : 'packSaved', { file: saved }));
        // The pack was recorded by the export, not through call(): the list of packs made is asked again.
        void changed(qc, ['packs']);
      }
    } catch (e) {
      f.fromError(e);
    } finally {
      setBusy(null);
    }
  }
  const print = () =>
    void printReport('briefing', spec(), locale).then((sent) => sent && setDone(t('packPrinted')), f.fromError);
  return { preview, busy, done, run, print };
}

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

/** The pack's title, organisation, period and meeting. */
function PackDetails({ s, errorOf }: { s: ComposerState; errorOf: Issues['errorOf'] }) {
  const { t } = useLocale();
  return (
    <>
      <Textfield
        id="f-title"
        label={t('briefingTitleField')}
        value={s.title}
        onChange={(e) => s.setTitle(e.target.value)}
        error={errorOf('title')}
      />
      <Textfield
        id="f-organisation"
        label={t('briefingOrganisation')}
        value={s.organisation}
        onChange={(e) => s.setOrganisation(e.target.value)}
      />
      <div className="row-2">
        <DateField id="f-from" label={t('briefingFrom')} value={s.from} onChange={s.setFrom} error={errorOf('from')} />
        <DateField id="f-to" label={t('briefingTo')} value={s.to} onChange={s.setTo} error={errorOf('to')} />
      </div>
      <div className="row-2">
        <Textfield
          id="f-meeting"
          label={t('briefingMeeting')}
          value={s.meeting}
          onChange={(e) => s.setMeeting(e.target.value)}
        />
        <DateField
          id="f-meetingDate"
          label={t('briefingMeetingDate')}
          value={s.meetingDate}
          onChange={s.setMeetingDate}
          error={errorOf('meetingDate')}
        />
      </div>
    </>
  );
}

/** The public or closed version, and the short or full length. */
function VersionAndLength({ s }: { s: ComposerState }) {
  const { t } = useLocale();
  return (
    <>
      <Fieldset>
        <Fieldset.Legend>{t('briefingVersion')}</Fieldset.Legend>
        <Radio
          name="version"
          value="public"
          label={t('version', { version: 'public' })}
          checked={s.version === 'public'}
          onChange={() => s.setVersion('public')}
        />
        <Radio
          name="version"
          value="closed"
          label={t('version', { version: 'closed' })}
          checked={s.version === 'closed'}
          onChange={() => s.setVersion('closed')}
        />
      </Fieldset>
      <Fieldset id="f-length">
        <Fieldset.Legend>{t('briefingLength')}</Fieldset.Legend>
        <Radio
          name="length"
          value="short"
          label={t('lengthShort')}
          checked={s.length === 'short'}
          onChange={() => s.setLength('short')}
        />
        <Radio
          name="length"
          value="full"
          label={t('lengthFull')}
          checked={s.length === 'full'}
          onChange={() => s.setLength('full')}
        />
      </Fieldset>
    </>
  );
}

/** The sections to include, each ticked or not and moved up or down in the pack's order. */
function SectionPicker({ s }: { s: ComposerState }) {
  const { t, label } = useLocale();
  const { order, setOrder, included, setIncluded, length } = s;
  const sectionName = (x: BriefingSection) => label(briefingSectionDefs.find((d) => d.code === x));
  const shownSections = order.filter((x) => listed(x, length));
  // Moves a section past its neighbour in the list as shown (sections the short version hides keep their places).
  const move = (i: number, d: -1 | 1) =>
    setOrder((l) => {
      const a = l.indexOf(shownSections[i]!);
      const b = l.indexOf(shownSections[i + d]!);
      const next = [...l];
      [next[a], next[b]] = [next[b]!, next[a]!];
      return next;
    });
  const toggle = (x: BriefingSection, on: boolean) =>
    setIncluded((set) => {
      const next = new Set(set);
      if (on) next.add(x);
      else next.delete(x);
      return next;
    });
  return (
    <Fieldset id="f-sections">
      <Fieldset.Legend>{t('briefingSections')}</Fieldset.Legend>
      <ol className="section-order">
        {shownSections.map((x, i) => (
          <li key={x}>
            <Checkbox label={sectionName(x)} checked={included.has(x)} onChange={(e) => toggle(x, e.target.checked)} />
            <span className="order-buttons">
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                icon
                disabled={i === 0}
                aria-label={t('sectionUp', { name: sectionName(x) })}
                onClick={() => move(i, -1)}
              >
                ↑
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                icon
                disabled={i === shownSections.length - 1}
                aria-label={t('sectionDown', { name: sectionName(x) })}
                onClick={() => move(i, 1)}
              >
                ↓
              </Button>
            </span>
          </li>
        ))}
      </ol>
    </Fieldset>
  );
}

/** The cases to highlight, each with its text and whether that text is confidential; a case is added by its number. */
function HighlightPicker({ s, f }: { s: ComposerState; f: Issues }) {
  const { t } = useLocale();
  const { highlights, setHighlights } = s;
  const [newCase, setNewCase] = useState('');

  async function addHighlight(e: FormEvent) {
    e.preventDefault();
    const number = newCase.trim();
    if (!number) return;
    const found = (await call('cases.list', { q: number, limit: 20 })).items.find((c) => c.caseNumber === number);
    if (!found) return f.setIssues([{ path: 'highlights', message: t('highlightUnknown', { caseNumber: number }) }]);
    if (!highlights.some((h) => h.caseId === found.id))
      setHighlights((l) => [
        ...l,
        { caseId: found.id, caseNumber: found.caseNumber, title: found.title, text: '', confidential: false },
      ]);
    setNewCase('');
  }
  const update = (i: number, change: Partial<Highlight>) =>
    setHighlights((l) => l.map((x, j) => (j === i ? { ...x, ...change } : x)));

  return (
    <Fieldset id="f-highlights">
      <Fieldset.Legend>{t('briefingHighlights')}</Fieldset.Legend>
      {highlights.map((h, i) => (
        <div key={h.caseId} className="highlight-row">
          <Textfield
            label={t('highlightText', { caseNumber: `${h.caseNumber} ${h.title}` })}
            multiline
            rows={3}
            value={h.text}
            onChange={(e) => update(i, { text: e.target.value })}
            error={f.errorOf(`highlights.${i}.text`)}
          />
          <Checkbox
            label={t('highlightConfidential')}
            checked={h.confidential}
            onChange={(e) => update(i, { confidential: e.target.checked })}
          />
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            onClick={() => setHighlights((l) => l.filter((_, j) => j !== i))}
          >
            {t('highlightRemove', { caseNumber: h.caseNumber })}
          </Button>
        </div>
      ))}
      <div className="add-highlight">
        <Textfield
          id="f-highlight-case"
          label={t('highlightCase')}
          value={newCase}
          onChange={(e) => setNewCase(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && void addHighlight(e)}
        />
        <Button type="button" variant="secondary" data-size="sm" onClick={(e) => void addHighlight(e)}>
          {t('highlightAdd')}
        </Button>
      </div>
    </Fieldset>
  );
}

/** The appendix (every case handled) is saved as a file of its own. */
function AppendixField({ busy, onSave }: { busy: ExportKind | null; onSave: (format: 'pdf' | 'docx') => void }) {
  const { t } = useLocale();
  return (
    <Fieldset id="f-appendix">
      <Fieldset.Legend>{t('briefingAppendix')}</Fieldset.Legend>
      <Fieldset.Description>{t('appendixHelp')}</Fieldset.Description>
      <div className="actions">
        <Button type="button" variant="secondary" data-size="sm" onClick={() => onSave('pdf')} disabled={busy !== null}>
          {t('saveAppendix')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => onSave('docx')}
          disabled={busy !== null}
        >
          {t('saveAppendixDocx')}
        </Button>
      </div>
    </Fieldset>
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
