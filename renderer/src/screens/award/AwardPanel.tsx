import { Alert, Button, Checkbox, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  addDays,
  codeName,
  formatDate,
  minimumStandstillDays,
  proposedStandstillDays,
  standstillEnd,
  standstillExceptionDefs,
  standstillExceptionsFor,
  todayInOslo,
  type CaseDetail,
  type Protocol,
  type Regime,
  type StandstillException,
} from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { query } from '../../api/queries.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { DateField } from '../../components/DateField.js';
import { FormOutcome } from '../../components/FormOutcome.js';
import { useLocale } from '../../i18n/locale.js';
import { useIssues } from '../../lib/useIssues.js';

/**
 * The award on the case page: the notice of the award (when, to whom, the
 * reasons), the standstill's end as the part's rule computes it
 * (core/rules/standstill.ts), or the exception recorded, and the contract
 * award notice's number where the part requires one. Saved in the protocol.
 */
export function AwardPanel({ c }: { c: CaseDetail }) {
  const { t } = useLocale();
  const q = useQuery(query('protocol.get', { caseId: c.id }));
  // Kept here: the form starts afresh from each saved version (its key), the outcome stays.
  const [done, setDone] = useState<string | null>(null);
  if (!q.data) return null;
  return (
    <section aria-labelledby="award-h" className="panel dialogue-section" data-testid="award-panel">
      <h2 id="award-h" className="ds-heading" data-size="sm">
        {t('awardHeading')}
      </h2>
      <AwardSummary c={c} p={q.data} />
      {!c.archived && <AwardForm key={q.data.version} c={c} p={q.data} setDone={setDone} />}
      <FormOutcome done={done} error={null} />
    </section>
  );
}

/** Where the regulation says so: the letter of § 10-2 (3), § 25-2 (2) or § 30-9 (2) for the case's part. */
function exceptionLetter(regime: Regime | null, code: StandstillException): string {
  const def = standstillExceptionDefs.find((d) => d.code === code);
  return (def?.letter as Partial<Record<Regime, string>> | undefined)?.[regime ?? 'partIII'] ?? '';
}

function AwardSummary({ c, p }: { c: CaseDetail; p: Protocol }) {
  const { t, locale } = useLocale();
  const f = p.fields;
  const rule = p.award.rule;
  return (
    <>
      {rule ? (
        <Paragraph data-size="sm" className="muted" data-testid="award-rule">
          {t(rule.minimum ? 'awardRule' : 'awardRuleReasonable', {
            days: rule.days,
            byPost: rule.daysByPost,
            basis: rule.basis,
          })}
        </Paragraph>
      ) : (
        <Paragraph data-size="sm" className="muted">
          {t('awardNoRule')}
        </Paragraph>
      )}
      {rule && !rule.verified && (
        <Alert data-color="warning" data-size="sm" data-testid="award-unverified">
          {t('awardRuleUnverified', { days: rule.days, byPost: rule.daysByPost })}
        </Alert>
      )}
      {f.awardNoticeDate && (
        <dl className="stages" data-testid="award-summary">
          <div>
            <dt>{t('awardNoticeDate')}</dt>
            <dd>
              {formatDate(f.awardNoticeDate, locale)}
              {f.awardNoticeTo.length > 0 && (
                <span className="row-sub">{t('awardToldN', { n: f.awardNoticeTo.length })}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('awardStandstill')}</dt>
            <dd data-testid="award-standstill">
              {p.award.standstillEnd ? (
                <>
                  {t('awardStandstillUntil', { date: formatDate(p.award.standstillEnd, locale) })}
                  <span className="row-sub">
                    {t('awardSignFrom', { date: formatDate(addDays(p.award.standstillEnd, 1), locale) })}
                  </span>
                </>
              ) : f.standstillException ? (
                t('awardNoStandstill', {
                  why: codeName(standstillExceptionDefs, f.standstillException, locale),
                  letter: exceptionLetter(c.regime as Regime | null, f.standstillException),
                })
              ) : (
                '–'
              )}
            </dd>
          </div>
          {(p.award.resultNoticeDue ||
            p.award.resultNoticeRef ||
            (p.award.resultNoticeBasis && p.award.resultNoticeDays === null)) && (
            <div>
              <dt>{t('awardResultRef')}</dt>
              <dd data-testid="award-result">
                {p.award.resultNoticeRef
                  ? t('awardResultPublished', { ref: p.award.resultNoticeRef })
                  : p.award.resultNoticeDue
                    ? t('awardResultDue', { date: formatDate(p.award.resultNoticeDue, locale) })
                    : t('awardResultNoDeadline', { basis: p.award.resultNoticeBasis ?? '' })}
              </dd>
            </div>
          )}
        </dl>
      )}
    </>
  );
}

function AwardForm({ c, p, setDone }: { c: CaseDetail; p: Protocol; setDone(s: string | null): void }) {
  const { t, locale } = useLocale();
  const f = p.fields;
  const tenderers = f.participants.filter((x) => x.tendered).map((x) => x.name);
  const [noticeDate, setNoticeDate] = useState(f.awardNoticeDate ?? todayInOslo());
  const [told, setTold] = useState((f.awardNoticeTo.length ? f.awardNoticeTo : tenderers).join('\n'));
  const [reasons, setReasons] = useState(f.awardReason);
  const [exception, setException] = useState<StandstillException | ''>(f.standstillException ?? '');
  const [exceptionNote, setExceptionNote] = useState(f.standstillException ? f.standstillNone : '');
  const regime = c.regime as Regime | null;
  // The protocol's exception from electronic communication (§ 25-5 f) sets the longer minimum of its own.
  const [byPost, setByPost] = useState(f.awardNoticeByPost || f.electronicException);
  // The length the notice gave; left as the part's proposal until the office changes it.
  const [daysText, setDaysText] = useState(f.standstillDays === null ? '' : String(f.standstillDays));
  const proposed = proposedStandstillDays(regime, byPost);
  const days = daysText.trim() ? Number(daysText.trim()) : null;
  const issues = useIssues();
  const save = useMutation({
    mutationFn: (input: Parameters<typeof call<'protocol.recordAward'>>[1]) => call('protocol.recordAward', input),
    onSuccess: () => (issues.clear(), setDone(t('awardRecorded'))),
    onError: (e) => (setDone(null), issues.fromError(e)),
  });
  const submit = () => {
    const input = {
      caseId: c.id,
      version: p.version,
      noticeDate,
      told: told
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
      reasons,
      exception: exception || null,
      exceptionNote,
      days: exception ? null : days,
      byPost,
    };
    if (issues.check('protocol.recordAward', input)) save.mutate(input);
  };
  const err = issues.errorOf;
  const preview = /^\d{4}-\d{2}-\d{2}$/.test(noticeDate)
    ? standstillEnd({ regime, noticeDate, exception: exception || null, days, byPost })
    : null;
  const minimum = minimumStandstillDays(regime, byPost);
  // Del II: the office sets a reasonable period; below the length the guide calls always reasonable, it says why.
  const shortReasonable =
    p.award.rule && !p.award.rule.minimum && days !== null && proposed !== null && days < proposed;
  const fields = ['noticeDate', 'told', 'reasons', 'exception', 'exceptionNote', 'days', 'byPost'];
  return (
    <div className="award-form">
      <div className="row-3">
        <DateField
          id="aw-noticeDate"
          label={t('awardNoticeDate')}
          value={noticeDate}
          onChange={setNoticeDate}
          error={err('noticeDate')}
          description={preview ? t('awardStandstillPreview', { date: formatDate(preview, locale) }) : undefined}
        />
        <CodeSelect
          id="aw-exception"
          label={t('awardException')}
          defs={standstillExceptionsFor(regime, c.procedure)}
          value={exception}
          onChange={(v) => setException(v as StandstillException | '')}
          empty={t('awardNoException')}
          error={err('exception')}
        />
        {exception && (
          <Textfield
            id="aw-exceptionNote"
            label={t('awardExceptionNote')}
            description={t('awardExceptionHelp')}
            value={exceptionNote}
            onChange={(e) => setExceptionNote(e.target.value)}
            error={err('exceptionNote')}
          />
        )}
      </div>
      {p.award.rule && !exception && (
        <div className="row-3">
          <Textfield
            id="aw-days"
            label={t('awardDays')}
            description={
              minimum !== null ? t('awardDaysMinimum', { min: minimum }) : t('awardDaysReasonable', { days: proposed! })
            }
            inputMode="numeric"
            autoComplete="off"
            placeholder={String(proposed)}
            value={daysText}
            onChange={(e) => setDaysText(e.target.value)}
            error={err('days')}
          />
          <Checkbox
            id="aw-byPost"
            data-size="sm"
            label={t('awardByPost')}
            description={t('awardByPostHelp', { days: p.award.rule.daysByPost })}
            checked={byPost}
            onChange={(e) => setByPost(e.target.checked)}
          />
        </div>
      )}
      {shortReasonable && (
        <Alert data-color="warning" data-size="sm" data-testid="award-short">
          {t('awardShortReasonable', { days: proposed! })}
        </Alert>
      )}
      <div className="row-2">
        <Textfield
          id="aw-told"
          label={t('awardTold')}
          description={t('awardToldHelp')}
          multiline
          rows={4}
          value={told}
          onChange={(e) => setTold(e.target.value)}
          error={err('told')}
        />
        <Textfield
          id="aw-reasons"
          label={t('awardReasons')}
          description={t('awardReasonsHelp')}
          multiline
          rows={4}
          value={reasons}
          onChange={(e) => setReasons(e.target.value)}
          error={err('reasons')}
        />
      </div>
      {p.award.resultNoticeBasis && (
        <Paragraph data-size="sm" className="muted">
          {p.award.resultNoticeDays === null
            ? t('awardResultNoDeadlineHelp', { basis: p.award.resultNoticeBasis })
            : t('awardResultRefHelp', { basis: p.award.resultNoticeBasis, days: p.award.resultNoticeDays })}
        </Paragraph>
      )}
      {issues.others(fields).map((m) => (
        <Alert key={m} data-color="danger" data-size="sm">
          {m}
        </Alert>
      ))}
      <Button data-size="sm" onClick={submit} loading={save.isPending}>
        {t('awardRecord')}
      </Button>
    </div>
  );
}
