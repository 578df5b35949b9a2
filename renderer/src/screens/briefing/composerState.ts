import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  briefingSections,
  SHORT_SECTIONS,
  todayInOslo,
  type BriefingLength,
  type BriefingSection,
  type BriefingSpec,
  type Locale,
} from '../../../../core/index.js';
import { changed } from '../../api/queries.js';
import { download, exportFile, printReport, type ExportedFile } from '../../api/exportFile.js';
import { useLocale } from '../../i18n/locale.js';
import { type useIssues } from '../../lib/useIssues.js';

export interface Highlight {
  caseId: number;
  caseNumber: string;
  title: string;
  text: string;
  confidential: boolean;
}

/** The sections the composer lists: the appendix is a file of its own, and the short version has only its own sections to choose from. */
export const listed = (s: BriefingSection, length: BriefingLength) =>
  s !== 'appendix' && (length === 'full' || SHORT_SECTIONS.includes(s));

export type ExportKind = 'preview' | 'pdf' | 'docx' | 'appendix' | 'appendixDocx';
export type Issues = ReturnType<typeof useIssues>;

/** What the composer holds: the pack's settings as the user sets them, and the spec they make. */
export function useComposerState(last: BriefingSpec | null, organisationName: string) {
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
export type ComposerState = ReturnType<typeof useComposerState>;

/** Making the pack's files: the preview shown here, or a file saved (and recorded) where the user chooses. */
export function usePackExport(spec: ComposerState['spec'], f: Issues) {
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
