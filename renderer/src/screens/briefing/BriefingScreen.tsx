import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Radio, Spinner, Table, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { briefingSectionDefs, briefingSections, formatDate, SHORT_SECTIONS, todayInOslo, type BriefingLength, type BriefingSection, type BriefingSpec, type Locale } from '../../../../core/index.js';
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
  if (!saved.data || !settings.data) return error ? <Alert data-color="danger">{error.message}</Alert> : <Spinner aria-label="…" />;
  return <Composer last={saved.data.lastSpec} packs={saved.data.packs} organisationName={settings.data.organisationName} />;
}

/** The sections the composer lists: the appendix is a file of its own, and the short version has only its own sections to choose from. */
const listed = (s: BriefingSection, length: BriefingLength) => s !== 'appendix' && (length === 'full' || SHORT_SECTIONS.includes(s));

function Composer({ last, packs, organisationName }: { organisationName: string;  last: BriefingSpec | null; packs: { id: number; createdAt: string; by: string; title: string; from: string; to: string; meeting: string; meetingDate: string | null; version: 'public' | 'closed'; format: 'pdf' | 'docx' }[] }) {
  const { t, label, locale } = useLocale();
  const qc = useQueryClient();
  const f = useIssues({ prefix: 'spec.' });
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
  const [order, setOrder] = useState<BriefingSection[]>(() => [...(last?.sections ?? []), ...briefingSections.filter((s) => !last?.sections.includes(s))]);
  const [included, setIncluded] = useState<Set<BriefingSection>>(() => new Set(last?.sections ?? briefingSections));
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [newCase, setNewCase] = useState('');
  const [preview, setPreview] = useState<ExportedFile | null>(null);
  const [busy, setBusy] = useState<'preview' | 'pdf' | 'docx' | 'appendix' | null>(null);
  const [done, setDone] = useState<string | null>(null);

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
  const sectionName = (s: BriefingSection) => label(briefingSectionDefs.find((d) => d.code === s));

  async function run(kind: 'preview' | 'pdf' | 'docx' | 'appendix') {
    f.clear();
    setDone(null);
    setBusy(kind);
    try {
      const part = kind === 'appendix' ? 'appendix' : 'pack';
      const file = await exportFile('briefing', { spec: spec(), format: kind === 'docx' ? 'docx' : 'pdf', part, record: kind === 'pdf' || kind === 'docx' }, locale);
      if (kind === 'preview') setPreview(file);
      else {
        const saved = await download(file);
        if (saved) setDone(t(kind === 'appendix' ? 'appendixSaved' : 'packSaved', { file: saved }));
        // The pack was recorded by the export, not through call(): the list of packs made is asked again.
        void changed(qc, ['packs']);
      }
    } catch (e) {
      f.fromError(e);
    } finally {
      setBusy(null);
    }
  }

  async function addHighlight(e: FormEvent) {
    e.preventDefault();
    const number = newCase.trim();
    if (!number) return;
    const found = (await call('cases.list', { q: number, limit: 20 })).items.find((c) => c.caseNumber === number);
    if (!found) return f.setIssues([{ path: 'highlights', message: t('highlightUnknown', { caseNumber: number }) }]);
    if (!highlights.some((h) => h.caseId === found.id)) setHighlights((l) => [...l, { caseId: found.id, caseNumber: found.caseNumber, title: found.title, text: '', confidential: false }]);
    setNewCase('');
  }
  const shownSections = order.filter((s) => listed(s, length));
  // Moves a section past its neighbour in the list as shown (sections the short version hides keep their places).
  const move = (i: number, d: -1 | 1) =>
    setOrder((l) => {
      const a = l.indexOf(shownSections[i]!);
      const b = l.indexOf(shownSections[i + d]!);
      const next = [...l];
      [next[a], next[b]] = [next[b]!, next[a]!];
      return next;
    });
  const errorOf = f.errorOf;
  const issues = f.issues.map((i) => ({ ...i, path: i.path.replace(/^spec\./, '') }));

  return (
    <>
      <Heading level={1} data-size="lg">{t('briefingHeading')}</Heading>
      <Paragraph className="lead">{t('briefingLead')}</Paragraph>
      <FormErrors issues={issues} general={f.general} labelOf={(p) => (LABELS[p.split('.')[0]!] ? t(LABELS[p.split('.')[0]!]!) : undefined)} />
      {done && <Alert data-color="success" role="status">{done}</Alert>}
      <div className="briefing-layout">
        <div className="panel form-main briefing-form">
          <Textfield id="f-title" label={t('briefingTitleField')} value={title} onChange={(e) => setTitle(e.target.value)} error={errorOf('title')} />
          <Textfield id="f-organisation" label={t('briefingOrganisation')} value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
          <div className="row-2">
            <DateField id="f-from" label={t('briefingFrom')} value={from} onChange={setFrom} error={errorOf('from')} />
            <DateField id="f-to" label={t('briefingTo')} value={to} onChange={setTo} error={errorOf('to')} />
          </div>
          <div className="row-2">
            <Textfield id="f-meeting" label={t('briefingMeeting')} value={meeting} onChange={(e) => setMeeting(e.target.value)} />
            <DateField id="f-meetingDate" label={t('briefingMeetingDate')} value={meetingDate} onChange={setMeetingDate} error={errorOf('meetingDate')} />
          </div>
          <Fieldset>
            <Fieldset.Legend>{t('briefingVersion')}</Fieldset.Legend>
            <Radio name="version" value="public" label={t('version', { version: 'public' })} checked={version === 'public'} onChange={() => setVersion('public')} />
            <Radio name="version" value="closed" label={t('version', { version: 'closed' })} checked={version === 'closed'} onChange={() => setVersion('closed')} />
          </Fieldset>
          <Fieldset id="f-length">
            <Fieldset.Legend>{t('briefingLength')}</Fieldset.Legend>
            <Radio name="length" value="short" label={t('lengthShort')} checked={length === 'short'} onChange={() => setLength('short')} />
            <Radio name="length" value="full" label={t('lengthFull')} checked={length === 'full'} onChange={() => setLength('full')} />
          </Fieldset>
          <DocumentLanguage id="f-lang" label={t('briefingLanguage')} value={lang} onChange={setLang} />
          <Fieldset id="f-sections">
            <Fieldset.Legend>{t('briefingSections')}</Fieldset.Legend>
            <ol className="section-order">
              {shownSections.map((s, i) => (
                <li key={s}>
                  <Checkbox
                    label={sectionName(s)}
                    checked={included.has(s)}
                    onChange={(e) =>
                      setIncluded((set) => {
                        const next = new Set(set);
                        if (e.target.checked) next.add(s);
                        else next.delete(s);
                        return next;
                      })
                    }
                  />
                  <span className="order-buttons">
                    <Button type="button" variant="tertiary" data-size="sm" icon disabled={i === 0} aria-label={t('sectionUp', { name: sectionName(s) })} onClick={() => move(i, -1)}>
                      ↑
                    </Button>
                    <Button type="button" variant="tertiary" data-size="sm" icon disabled={i === shownSections.length - 1} aria-label={t('sectionDown', { name: sectionName(s) })} onClick={() => move(i, 1)}>
                      ↓
                    </Button>
                  </span>
                </li>
              ))}
            </ol>
          </Fieldset>
          <Fieldset id="f-highlights">
            <Fieldset.Legend>{t('briefingHighlights')}</Fieldset.Legend>
            {highlights.map((h, i) => (
              <div key={h.caseId} className="highlight-row">
                <Textfield
                  label={t('highlightText', { caseNumber: `${h.caseNumber} ${h.title}` })}
                  multiline
                  rows={3}
                  value={h.text}
                  onChange={(e) => setHighlights((l) => l.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))}
                  error={errorOf(`highlights.${i}.text`)}
                />
                <Checkbox label={t('highlightConfidential')} checked={h.confidential} onChange={(e) => setHighlights((l) => l.map((x, j) => (j === i ? { ...x, confidential: e.target.checked } : x)))} />
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => setHighlights((l) => l.filter((_, j) => j !== i))}>
                  {t('highlightRemove', { caseNumber: h.caseNumber })}
                </Button>
              </div>
            ))}
            <div className="add-highlight">
              <Textfield id="f-highlight-case" label={t('highlightCase')} value={newCase} onChange={(e) => setNewCase(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && void addHighlight(e)} />
              <Button type="button" variant="secondary" data-size="sm" onClick={(e) => void addHighlight(e)}>
                {t('highlightAdd')}
              </Button>
            </div>
          </Fieldset>
          <Fieldset id="f-appendix">
            <Fieldset.Legend>{t('briefingAppendix')}</Fieldset.Legend>
            <Fieldset.Description>{t('appendixHelp')}</Fieldset.Description>
            <div>
              <Button type="button" variant="secondary" data-size="sm" onClick={() => void run('appendix')} disabled={busy !== null}>
                {t('saveAppendix')}
              </Button>
            </div>
          </Fieldset>
          <div className="actions">
            <Button type="button" variant="secondary" onClick={() => void run('preview')} disabled={busy !== null}>{t('previewUpdate')}</Button>
            <Button type="button" onClick={() => void run('pdf')} disabled={busy !== null}>{t('savePdf')}</Button>
            <Button type="button" variant="secondary" onClick={() => void run('docx')} disabled={busy !== null}>{t('saveDocx')}</Button>
            {window.apiPrint && (
              <Button type="button" variant="secondary" onClick={() => void printReport('briefing', spec(), locale).then((sent) => sent && setDone(t('packPrinted')), f.fromError)} disabled={busy !== null}>
                {t('printPack')}
              </Button>
            )}
          </div>
        </div>
        <section className="panel briefing-preview" aria-label={t('previewHeading')} aria-busy={busy === 'preview'} tabIndex={0}>
          {busy === 'preview' && <Paragraph role="status">{t('previewWorking')}</Paragraph>}
          {!preview && busy !== 'preview' && <Paragraph className="muted">{t('previewEmpty', { button: t('previewUpdate') })}</Paragraph>}
          {preview && <PdfPages bytes={preview.bytes} />}
        </section>
      </div>
      <section className="panel" aria-labelledby="saved-packs">
        <Heading level={2} data-size="sm" id="saved-packs">{t('savedPacks')}</Heading>
        {packs.length === 0 ? (
          <Paragraph>{t('noSavedPacks')}</Paragraph>
        ) : (
          <Table data-size="sm" className="full" data-testid="saved-packs">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('colMade')}</Table.HeaderCell>
                <Table.HeaderCell>{t('briefingTitleField')}</Table.HeaderCell>
                <Table.HeaderCell>{t('colPeriod')}</Table.HeaderCell>
                <Table.HeaderCell>{t('colMeeting')}</Table.HeaderCell>
                <Table.HeaderCell>{t('colVersion')}</Table.HeaderCell>
                <Table.HeaderCell>{t('colFormat')}</Table.HeaderCell>
                <Table.HeaderCell>{t('colBy')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {packs.map((p) => (
                <Table.Row key={p.id}>
                  <Table.Cell>{`${formatDate(p.createdAt, locale)} ${p.createdAt.slice(11, 16)}`}</Table.Cell>
                  <Table.Cell>{p.title}</Table.Cell>
                  <Table.Cell>{`${formatDate(p.from, locale)}–${formatDate(p.to, locale)}`}</Table.Cell>
                  <Table.Cell>{[p.meeting, formatDate(p.meetingDate, locale)].filter(Boolean).join(', ') || t('none')}</Table.Cell>
                  <Table.Cell>{t('version', { version: p.version })}</Table.Cell>
                  <Table.Cell>{p.format.toUpperCase()}</Table.Cell>
                  <Table.Cell>{p.by || t('none')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>
    </>
  );
}
