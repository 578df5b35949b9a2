import { Button, Checkbox, Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { briefingSectionDefs, type BriefingSection } from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { useLocale } from '../../i18n/locale.js';
import { DateField } from '../../components/DateField.js';
import { listed, type ComposerState, type ExportKind, type Highlight, type Issues } from './composerState.js';

/** The pack's title, organisation, period and meeting. */
export function PackDetails({ s, errorOf }: { s: ComposerState; errorOf: Issues['errorOf'] }) {
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
export function VersionAndLength({ s }: { s: ComposerState }) {
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
export function SectionPicker({ s }: { s: ComposerState }) {
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
export function HighlightPicker({ s, f }: { s: ComposerState; f: Issues }) {
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
export function AppendixField({ busy, onSave }: { busy: ExportKind | null; onSave: (format: 'pdf' | 'docx') => void }) {
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
