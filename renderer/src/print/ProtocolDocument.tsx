import {
  codeName,
  complaintKindDefs,
  complaintOutcomeDefs,
  dialogueFormDefs,
  formatDate,
  formatDateTime,
  formatNok,
  formatPercent,
  kindDefs,
  noticeKindDefs,
  noticePlatformDefs,
  phaseDefs,
  procedureDefs,
  protocolItemDefs,
  protocolRef,
  protocolSectionDefs,
  regimeDefs,
  standstillExceptionDefs,
  type Protocol,
} from '../../../core/index.js';
import { useLocale } from '../i18n/locale.js';

// The procurement protocol as printed pages (print route → Chromium → PDF).
// Everything comes from the service's protocol.get; this only lays it out.

function Text({ value }: { value: string }) {
  const { t } = useLocale();
  return value.trim() ? <p className="prewrap">{value}</p> : <p className="print-note">{t('protocolNoneRecorded')}</p>;
}

/** The heading: whose protocol, its status, the rules it follows and what it still lacks. */
function ProtocolHead({ p }: { p: Protocol }) {
  const { t, label, locale } = useLocale();
  const status = p.finalisedAt
    ? t('protocolFinal', { date: formatDateTime(p.finalisedAt, locale), by: p.finalisedBy ?? '' })
    : t('protocolDraft');
  const itemLabel = (code: string) => label(protocolItemDefs.find((d) => d.code === code));
  return (
    <header className="protocol-head">
      <p className="cover-org">{p.organisation.name}</p>
      <h1>{t('protocolHeading')}</h1>
      <p className="protocol-case">
        {p.caseNumber} · {p.title}
      </p>
      <p className={p.finalisedAt ? 'protocol-status final' : 'protocol-status draft'}>{status}</p>
      {p.section && (
        <p className="print-note">
          {t('protocolSectionNote', { section: label(protocolSectionDefs.find((s) => s.code === p.section)) })}
        </p>
      )}
      {!p.required && <p className="print-note">{t('protocolNotRequired')}</p>}
      {p.regime === null && <p className="print-note">{t('protocolRegimeUnknown')}</p>}
      {p.ruleNotes.map((n, i) => (
        <p key={i} className="print-note" data-testid="rule-note">
          {n}
        </p>
      ))}
      {p.missing.length > 0 && (
        <div className="protocol-missing">
          <strong>{t('protocolMissingHeading')}</strong>
          <ul>
            {p.missing.map((m) => (
              <li key={m}>{itemLabel(m)}</li>
            ))}
          </ul>
        </div>
      )}
    </header>
  );
}

/** 1. The contracting authority. */
function BuyerSection({ p }: { p: Protocol }) {
  const { t } = useLocale();
  return (
    <section className="print-section">
      <h2>1. {t('protocolBuyerHeading')}</h2>
      <dl className="protocol-facts">
        <dt>{t('protocolBuyerHeading')}</dt>
        <dd>{p.organisation.name || '–'}</dd>
        <dt>{t('protocolOrgnr')}</dt>
        <dd>{p.organisation.orgnr || '–'}</dd>
        <dt>{t('protocolDepartment')}</dt>
        <dd>{p.department}</dd>
        <dt>{t('protocolResponsible')}</dt>
        <dd>{p.buyer}</dd>
      </dl>
      {p.joint && <JointTable joint={p.joint} />}
    </section>
  );
}

/** A joint procurement's contracting authorities: the office with its derived share, then the others; who leads. */
function JointTable({ joint }: { joint: NonNullable<Protocol['joint']> }) {
  const { t, locale } = useLocale();
  const leader = joint.participants.find((x) => x.lead);
  return (
    <>
      <h3>{t('jointHeading')}</h3>
      <table className="print-table" data-testid="protocol-joint">
        <thead>
          <tr>
            <th>{t('jointColName')}</th>
            <th>{t('jointColOrgnr')}</th>
            <th>{t('jointColShare')}</th>
            <th>{t('jointColLead')}</th>
          </tr>
        </thead>
        <tbody>
          {joint.participants.map((x) => (
            <tr key={x.id}>
              <td>{x.name}</td>
              <td>{x.orgnr}</td>
              <td>
                {formatNok(x.shareNok, locale)}
                {x.shareUnit === 'pct' ? ` (${formatPercent(x.share, locale)})` : ''}
              </td>
              <td>{x.lead ? t('jointYes') : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('jointWhole', { whole: formatNok(joint.whole, locale) })}{' '}
        {t('jointOwnShort', { own: formatNok(joint.own, locale), pct: formatPercent(joint.ownPct, locale) })}{' '}
        {leader ? t('jointLeadOther', { name: leader.name }) : t('jointLeadOffice')}
      </p>
    </>
  );
}

/** 2. What is bought, its value and regime, and why it is not divided into lots. */
function SubjectSection({ p }: { p: Protocol }) {
  const { t, label, locale } = useLocale();
  return (
    <section className="print-section">
      <h2>2. {t('protocolSubjectHeading')}</h2>
      <p>
        <strong>{p.title}</strong>
      </p>
      <Text value={p.description} />
      <dl className="protocol-facts">
        <dt>{t('protocolKind')}</dt>
        <dd>{label(kindDefs.find((k) => k.code === p.kind))}</dd>
        <dt>{t('protocolCpv')}</dt>
        <dd>{p.cpvLabel ?? '–'}</dd>
        <dt>{t('protocolValue')}</dt>
        <dd>{formatNok(p.estimatedValue, locale)}</dd>
        <dt>{t('protocolRegime')}</dt>
        <dd>{label(regimeDefs.find((r) => r.code === p.regime)) || '–'}</dd>
      </dl>
      <h3>{t('protocolLotsReason')}</h3>
      <Text value={p.fields.lotsReason} />
    </section>
  );
}

/** 3. The procedure, its ground and reasons. */
function ProcedureSection({ p }: { p: Protocol }) {
  const { t, label } = useLocale();
  return (
    <section className="print-section">
      <h2>3. {t('protocolProcedureHeading')}</h2>
      <p>
        <strong>{label(procedureDefs.find((d) => d.code === p.procedure)) || '–'}</strong>
      </p>
      <h3>{t('caseGround')}</h3>
      {p.ground ? (
        <p>
          {p.ground.ref}: {p.ground.text}
          {p.ground.note ? (
            <>
              <br />
              {p.ground.note}
            </>
          ) : null}
        </p>
      ) : (
        <p className="print-note">{t('groundNone')}</p>
      )}
      <h3>{t('protocolProcedureReason')}</h3>
      <Text value={p.fields.procedureReason} />
      {p.fields.electronicException && (
        <>
          <h3>{t('protocolElectronicExceptionReason')}</h3>
          <Text value={p.fields.electronicExceptionReason} />
        </>
      )}
    </section>
  );
}

/** 4. The course of the case: its timeline and the market dialogue. */
function CourseSection({ p }: { p: Protocol }) {
  const { t, label, locale } = useLocale();
  return (
    <section className="print-section">
      <h2>4. {t('protocolCourseHeading')}</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th>{t('colDate')}</th>
            <th>{t('colPhase')}</th>
            <th>{t('moveNote')}</th>
          </tr>
        </thead>
        <tbody>
          {p.timeline.map((e, i) => (
            <tr key={i}>
              <td>{formatDate(e.date, locale)}</td>
              <td>{label(phaseDefs.find((d) => d.code === e.phase))}</td>
              <td>{e.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {p.marketDialogueSuppliers.length > 0 && (
        <p>{t('protocolMarketDialogueWho', { names: p.marketDialogueSuppliers.join(', ') })}</p>
      )}
      <h3>{t('protocolMarketDialogue')}</h3>
      <Text value={p.fields.marketDialogueMeasures} />
      <h3>{t('protocolDialogueLog')}</h3>
      <Text value={p.fields.dialogueLog} />
      {p.dialogue.length > 0 && (
        <>
          <h3>{t('protocolDialogue')}</h3>
          <table className="print-table">
            <tbody>
              {p.dialogue.map((d, i) => (
                <tr key={i}>
                  <td>{formatDate(d.date, locale)}</td>
                  <td>{label(dialogueFormDefs.find((f) => f.code === d.form))}</td>
                  <td>{d.title}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** 5. The suppliers and what became of each. */
function SuppliersSection({ p }: { p: Protocol }) {
  const { t } = useLocale();
  const yes = (b: boolean) => (b ? t('protocolYes') : t('protocolNo'));
  return (
    <section className="print-section">
      <h2>5. {t('protocolSuppliersHeading')}</h2>
      {p.fields.participants.length === 0 ? (
        <p className="print-note">{t('protocolNoneRecorded')}</p>
      ) : (
        <table className="print-table">
          <thead>
            <tr>
              <th>{t('protocolParticipant')}</th>
              <th>{t('protocolRequested')}</th>
              <th>{t('protocolSelected')}</th>
              <th>{t('protocolTendered')}</th>
              <th>{t('protocolRejected')}</th>
              <th>{t('protocolEliminated')}</th>
              <th>{t('protocolAwarded')}</th>
              <th>{t('protocolRejectionReason')}</th>
            </tr>
          </thead>
          <tbody>
            {p.fields.participants.map((x, i) => (
              <tr key={i}>
                <td>
                  {x.name}
                  {x.orgnr ? ` (${x.orgnr})` : ''}
                </td>
                <td>{yes(x.requested)}</td>
                <td>{yes(x.selected)}</td>
                <td>{yes(x.tendered)}</td>
                <td>
                  {yes(x.rejected)}
                  {x.abnormallyLow ? ` (${t('protocolAbnormallyLow')})` : ''}
                </td>
                <td>{yes(x.eliminated)}</td>
                <td>{yes(x.awarded)}</td>
                <td>{[x.rejectionReason, x.eliminationReason].filter(Boolean).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('protocolSelectionReason')}</h3>
      <Text value={p.fields.selectionReason} />
    </section>
  );
}

/** 6. The award, the contracts, the notice and standstill. */
function AwardSection({ p }: { p: Protocol }) {
  const { t, locale } = useLocale();
  return (
    <section className="print-section">
      <h2>6. {t('protocolAwardHeading')}</h2>
      {p.contracts.length === 0 ? (
        <p className="print-note">{t('protocolNoneRecorded')}</p>
      ) : (
        <table className="print-table">
          <thead>
            <tr>
              <th>{t('protocolContract')}</th>
              <th>{t('protocolSupplier')}</th>
              <th className="num">{t('protocolContractValue')}</th>
              <th>{t('protocolPeriod')}</th>
              <th>{t('protocolLatestEnd')}</th>
            </tr>
          </thead>
          <tbody>
            {p.contracts.map((c, i) => (
              <tr key={i}>
                <td>{c.title}</td>
                <td>{c.suppliers.map((s) => `${s.name} (${s.orgnr})`).join(', ')}</td>
                <td className="num">{formatNok(c.value, locale)}</td>
                <td>
                  {formatDate(c.startDate, locale)}–{formatDate(c.endDate, locale)}
                </td>
                <td>{formatDate(c.latestEnd, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('protocolAwardReason')}</h3>
      <Text value={p.fields.awardReason} />
      <h3>{t('protocolAwardNoticeHeading')}</h3>
      <p>
        {t('protocolAwardNoticeDate')}: {formatDate(p.fields.awardNoticeDate, locale) || '–'} ·{' '}
        {t('protocolStandstillEnd')}: {formatDate(p.fields.standstillEndDate, locale) || '–'}
        {p.fields.standstillDays !== null && ` (${t('awardDaysN', { n: p.fields.standstillDays })})`}
        {p.fields.awardNoticeByPost && ` · ${t('awardByPost')}`}
        {p.fields.standstillNone ? ` · ${t('protocolStandstillNone')}: ${p.fields.standstillNone}` : ''}
      </p>
      {p.fields.awardNoticeTo.length > 0 && (
        <p data-testid="protocol-told">
          {t('awardToldN', { n: p.fields.awardNoticeTo.length })}: {p.fields.awardNoticeTo.join(', ')}
        </p>
      )}
      {p.fields.standstillException && (
        <p>
          {t('awardException')}: {codeName(standstillExceptionDefs, p.fields.standstillException, locale)}
        </p>
      )}
      {(p.award.resultNoticeRef || p.award.resultNoticeDue) && (
        <p data-testid="protocol-result-notice">
          {p.award.resultNoticeRef
            ? t('awardResultPublished', { ref: p.award.resultNoticeRef })
            : t('awardResultDue', { date: formatDate(p.award.resultNoticeDue, locale) })}
        </p>
      )}
      {p.notices.length > 0 && (
        <>
          <h3>{t('noticesHeading')}</h3>
          <table className="print-table" data-testid="protocol-notices">
            <thead>
              <tr>
                <th>{t('noticeDate')}</th>
                <th>{t('noticeKind')}</th>
                <th>{t('noticePlatform')}</th>
                <th>{t('noticeRef')}</th>
              </tr>
            </thead>
            <tbody>
              {p.notices.map((n) => (
                <tr key={n.id}>
                  <td>{formatDate(n.date, locale)}</td>
                  <td>
                    {codeName(noticeKindDefs, n.kind, locale)}
                    {n.note ? ` (${n.note})` : ''}
                  </td>
                  <td>{codeName(noticePlatformDefs, n.platform, locale)}</td>
                  <td>{n.ref}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3>{t('protocolSubcontractors')}</h3>
      <Text value={p.fields.subcontractors} />
    </section>
  );
}

/** 7. Conflicts of interest. */
function ConflictsSection({ p }: { p: Protocol }) {
  const { t } = useLocale();
  return (
    <section className="print-section">
      <h2>7. {t('protocolConflictsHeading')}</h2>
      <Text value={p.fields.conflictsOfInterest} />
    </section>
  );
}

/** 8. Why the competition was cancelled (a cancelled case only). */
function CancelSection({ p }: { p: Protocol }) {
  const { t } = useLocale();
  if (p.cancellationReason === null) return null;
  return (
    <section className="print-section">
      <h2>8. {t('protocolCancelHeading')}</h2>
      <Text value={p.cancellationReason} />
    </section>
  );
}

/** Complaints and review (when there are any): each complaint's kind, who, what about, its dates and how it ended. */
function ComplaintsSection({ p }: { p: Protocol }) {
  const { t, locale } = useLocale();
  if (p.complaints.length === 0) return null;
  return (
    <section className="print-section">
      <h2>{t('protocolComplaintsHeading')}</h2>
      <table className="print-table" data-testid="protocol-complaints">
        <thead>
          <tr>
            <th>{t('complaintDate')}</th>
            <th>{t('complaintKind')}</th>
            <th>{t('complaintSupplier')}</th>
            <th>{t('complaintAnswerDue')}</th>
            <th>{t('complaintStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {p.complaints.map((x) => (
            <tr key={x.id}>
              <td>{formatDate(x.date, locale)}</td>
              <td>
                {codeName(complaintKindDefs, x.kind, locale)}
                {x.kofaCaseNo ? ` ${x.kofaCaseNo}` : ''}
              </td>
              <td>
                {x.supplier}
                {x.concerns ? `: ${x.concerns}` : ''}
              </td>
              <td>{formatDate(x.answerDue, locale) || '–'}</td>
              <td>
                {x.closedDate
                  ? t('complaintClosedOn', { date: formatDate(x.closedDate, locale) })
                  : x.kind === 'injunction'
                    ? t('injunctionInForce')
                    : t('complaintOpen')}
                {x.outcome && x.kind !== 'injunction' ? `. ${codeName(complaintOutcomeDefs, x.outcome, locale)}` : ''}
                {x.fee ? `. ${t('complaintFee')}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="print-note">{t('protocolComplaintsNote')}</p>
    </section>
  );
}

/** Other notes (when there are any). */
function NotesSection({ p }: { p: Protocol }) {
  const { t } = useLocale();
  if (!p.fields.notes.trim()) return null;
  return (
    <section className="print-section">
      <h2>{t('protocolNotesHeading')}</h2>
      <Text value={p.fields.notes} />
    </section>
  );
}

/** The regulation's requirements for this case, item by item, and how long it is kept. */
function ChecklistSection({ p }: { p: Protocol }) {
  const { t, label, locale } = useLocale();
  const itemLabel = (code: string) => label(protocolItemDefs.find((d) => d.code === code));
  return (
    <section className="print-section print-block">
      <h2>{t('protocolChecklist')}</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th>{t('protocolItemCol')}</th>
            <th>{t('protocolRefCol')}</th>
            <th>{t('protocolStatusCol')}</th>
          </tr>
        </thead>
        <tbody>
          {p.items.map((i) => (
            <tr key={i.item} className={i.required && !i.done ? 'stressed' : undefined}>
              <td>{itemLabel(i.item)}</td>
              <td>{protocolRef(i.item, p.section, locale)}</td>
              <td>
                {!i.required
                  ? t('protocolStatus_notRequired')
                  : i.done
                    ? t('protocolStatus_done')
                    : t('protocolStatus_missing')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="print-note" data-testid="protocol-retention">
        {t('protocolRetention', { plan: p.retentionPlan || t('protocolRetentionUnset') })}
      </p>
    </section>
  );
}

/** The procurement protocol, section by section. */
export function ProtocolDocument({ p }: { p: Protocol }) {
  return (
    <article className="print-doc protocol-doc">
      <ProtocolHead p={p} />
      <BuyerSection p={p} />
      <SubjectSection p={p} />
      <ProcedureSection p={p} />
      <CourseSection p={p} />
      <SuppliersSection p={p} />
      <AwardSection p={p} />
      <ConflictsSection p={p} />
      <CancelSection p={p} />
      <ComplaintsSection p={p} />
      <NotesSection p={p} />
      <ChecklistSection p={p} />
    </article>
  );
}
