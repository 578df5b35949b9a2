import { z } from 'zod';
import { JointSchema } from './joint.js';
import { ComplaintSchema } from './complaint.js';
import { locales } from '../i18n/locale.js';
import { protocolItems } from '../reference/protocol.js';
import { standstillExceptions } from '../reference/standstill.js';
import { id, isoDate, line, text } from './common.js';
import { NoticeSchema } from './notice.js';

export const ParticipantSchema = z.strictObject({
  name: line(200).min(1),
  orgnr: line(20).default(''),
  requested: z.boolean().default(false),
  selected: z.boolean().default(false),
  tendered: z.boolean().default(false),
  rejected: z.boolean().default(false),
  rejectionReason: text(4_000).default(''),
  /** Rejected as abnormally low (FOA § 24-8 / § 9-4 ff.). */
  abnormallyLow: z.boolean().default(false),
  /** Eliminated when the number of tenders or solutions was reduced in stages (§ 25-5 (2) k), and why. */
  eliminated: z.boolean().default(false),
  eliminationReason: text(4_000).default(''),
  /** The supplier chosen. */
  awarded: z.boolean().default(false),
});

export const ProtocolFieldsSchema = z.strictObject({
  lotsReason: text(8_000).default(''),
  procedureReason: text(8_000).default(''),
  /** Tenders received without electronic communication (§ 10-5 (2) c, § 25-5 (2) f), and why. */
  electronicException: z.boolean().default(false),
  electronicExceptionReason: text(4_000).default(''),
  /** Who was selected where the number of participants is limited, and why (§ 10-5 (2) e, § 25-5 (2) h). */
  selectionReason: text(8_000).default(''),
  /** Whom the authority held dialogue or negotiations with and why, and any departure from the dialogue planned (§ 10-5 (2) h, i). */
  dialogueLog: text(8_000).default(''),
  /** Market dialogue before the competition: who took part, what evened out an advantage (§ 8-2 / § 12-2; § 10-5 (2) j, § 25-5 (2) l). */
  marketDialogueMeasures: text(8_000).default(''),
  /** The notice of the award (§ 10-1 / § 25-1) and the end of the standstill (§ 10-2 / § 25-2), or why there is none. */
  awardNoticeDate: isoDate.nullable().default(null),
  standstillEndDate: isoDate.nullable().default(null),
  standstillNone: text(2_000).default(''),
  /** The standstill's length the notice gave, in days (null: the part's proposal, as before this was recorded). */
  standstillDays: z.number().int().min(1).max(365).nullable().default(null),
  /** The notice was sent by other means than electronically: Del III's minimum is then 15 days, not 10. */
  awardNoticeByPost: z.boolean().default(false),
  /** The suppliers the notice of the award went to (names, as the participants list has them). */
  awardNoticeTo: z.array(line(200).min(1)).max(200).default([]),
  /** Why no standstill applies though the part sets one (core/reference/standstill.ts); signing is then not held back. */
  standstillException: z.enum(standstillExceptions).nullable().default(null),
  participants: z.array(ParticipantSchema).max(200).default([]),
  awardReason: text(8_000).default(''),
  subcontractors: text(4_000).default(''),
  conflictsOfInterest: text(8_000).default(''),
  notes: text(20_000).default(''),
});
export type ProtocolFields = z.output<typeof ProtocolFieldsSchema>;

/** Recording the award: the notice of the award's date and to whom, its reasons, and an exception from the standstill if one applies. */
export const AwardRecordSchema = z.strictObject({
  caseId: id,
  version: z.number().int().min(0),
  noticeDate: isoDate,
  told: z.array(line(200).min(1)).max(200).default([]),
  reasons: text(8_000).default(''),
  exception: z.enum(standstillExceptions).nullable().default(null),
  exceptionNote: text(2_000).default(''),
  /** The standstill's length given in the notice (null: the part's proposal); below the part's minimum it is refused. */
  days: z.number().int().min(1).max(365).nullable().default(null),
  /** Sent by other means than electronically (a longer minimum in Del III). */
  byPost: z.boolean().default(false),
});

export const ProtocolSaveSchema = ProtocolFieldsSchema.extend({ caseId: id, version: z.number().int().min(0) });

export const ProtocolItemStatusSchema = z.object({
  item: z.enum(protocolItems),
  /** Required for this case's regime and stage. */
  required: z.boolean(),
  /** Recorded (in the protocol or in the case itself). */
  done: z.boolean(),
});

export const ProtocolSchema = z.object({
  caseId: id,
  caseNumber: z.string(),
  title: z.string(),
  description: z.string(),
  department: z.string(),
  buyer: z.string(),
  organisation: z.object({ name: z.string(), orgnr: z.string() }),
  estimatedValue: z.number(),
  kind: z.string(),
  procedure: z.string().nullable(),
  regime: z.string().nullable(),
  phase: z.string(),
  cpvLabel: z.string().nullable(),
  timeline: z.array(z.object({ phase: z.string(), date: z.string(), note: z.string() })),
  dialogue: z.array(z.object({ date: z.string(), form: z.string(), title: z.string() })),
  contracts: z.array(
    z.object({
      title: z.string(),
      suppliers: z.array(z.object({ name: z.string(), orgnr: z.string() })),
      value: z.number(),
      startDate: z.string(),
      endDate: z.string(),
      latestEnd: z.string(),
      signedDate: z.string().nullable(),
    }),
  ),
  cancellationReason: z.string().nullable(),
  /** The section the part's protocol follows (FOA § 7-1, § 10-5 or § 25-5), null below NOK 100,000. */
  section: z.enum(['foa_7_1', 'foa_10_5', 'foa_25_5']).nullable(),
  /** The ground the procedure rests on, as the case records it, in the regulation's words. */
  ground: z.object({ ref: z.string(), text: z.string(), note: z.string() }).nullable(),
  /** Who took part in the market dialogue before the competition (from the case's activities). */
  marketDialogueSuppliers: z.array(z.string()),
  /** The office's retention plan (Innstillinger) beside the minimums of FOA § 7-1. */
  retentionPlan: z.string(),
  /** What the protocol must say about the rules applied: thresholds past their last check, or entered by the office. */
  ruleNotes: z.array(z.string()),
  fields: ProtocolFieldsSchema,
  version: z.number().int(),
  items: z.array(ProtocolItemStatusSchema),
  missing: z.array(z.enum(protocolItems)),
  /** Below NOK 100,000 no protocol is required (it can still be kept). With the regime unknown (no thresholds for the date), it is. */
  required: z.boolean(),
  finalisedAt: z.string().nullable(),
  finalisedBy: z.string().nullable(),
  /** The standstill the part sets (null: none), its end as the rule computes it, and the award notice's deadline after signing. */
  award: z.object({
    rule: z
      .object({
        days: z.number().int(),
        daysByPost: z.number().int(),
        minimum: z.boolean(),
        basis: z.string(),
        verified: z.boolean(),
      })
      .nullable(),
    standstillEnd: isoDate.nullable(),
    resultNoticeDue: isoDate.nullable(),
    /** Where the duty to publish the result rests (null: none for this case, e.g. a call-off under a framework). */
    resultNoticeBasis: z.string().nullable(),
    /** Its deadline in days after signing (null: the text sets none, as for design contests). */
    resultNoticeDays: z.number().int().nullable(),
    /** The contract award notice's number, once recorded among the case's notices (empty: not yet). */
    resultNoticeRef: z.string(),
  }),
  /** The case's notices in Doffin and TED, oldest first. */
  notices: z.array(NoticeSchema),
  /** A joint procurement's other contracting authorities and the split of the whole value; null where the case is the office's alone. */
  joint: JointSchema.nullable(),
  /**
   * The case's complaints, oldest first: kind, supplier, what it concerns, dates and outcome. The answer's or
   * decision's own text is left out: it may quote other tenderers' offers, and a complaint has no mark of
   * confidentiality to tell (as the protocol prints a dialogue's title, not its minutes).
   */
  complaints: z.array(ComplaintSchema.omit({ caseId: true, answer: true })),
});
export type Protocol = z.output<typeof ProtocolSchema>;

/** A protocol as a file: always PDF. */
/** A protocol as a file: `lang` is the language it is printed in (a nynorsk council's), else the caller's. */
export const ProtocolExportSchema = z.strictObject({ caseId: id, lang: z.enum(locales).optional() });
