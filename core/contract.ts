import { z } from 'zod';
import { isoDate, line } from './schemas/common.js';
import {
  ArchiveSchema,
  CaseCreateSchema,
  CaseDetailSchema,
  CaseFacetsSchema,
  CaseListPageSchema,
  CaseListQuerySchema,
  CaseUpdateSchema,
  ChangePhaseSchema,
  KindSchema,
  PhaseSchema,
} from './schemas/case.js';
import {
  CloseDialogueSchema,
  CompetitiveDialogueSchema,
  DialogueDetailSchema,
  DialogueFieldsSchema,
  DialogueHitSchema,
  DialogueSearchSchema,
  DialogueOverviewQuerySchema,
  DialogueOverviewSchema,
  DialogueSummarySchema,
  DialogueUpdateSchema,
  ItemFieldsSchema,
  ItemSchema,
  ItemShareSchema,
  ItemUpdateSchema,
  PrequalifySchema,
} from './schemas/dialogue.js';
import {
  ContractDetailSchema,
  ContractFieldsSchema,
  ContractSummarySchema,
  ContractUpdateSchema,
  DeadlineRowSchema,
  DecideOptionSchema,
  FollowupInputSchema,
  TerminateSchema,
  UndoOptionSchema,
} from './schemas/contract.js';
import { ReferenceDataSchema } from './schemas/reference.js';
import {
  CallOffDeleteSchema,
  CallOffImportResultSchema,
  CallOffImportSchema,
  CallOffInputSchema,
  CallOffUpdateSchema,
  FrameworkSpendRowSchema,
  SetFrameworkSchema,
} from './schemas/framework.js';
import { AttentionFilterSchema, OverviewRowSchema, OverviewSchema, RunningContractSchema } from './schemas/overview.js';
import { NORM_PHASES, PHASE_NORM_MAX, PHASE_NORM_MIN } from './reference/phaseNorms.js';
import { ListExportSchema } from './reference/listExports.js';
import { PAY_CONTROL_INTERVALS } from './reference/payConditions.js';
import {
  OfficeThresholdInputSchema,
  OfficeThresholdWithdrawSchema,
  ThresholdsViewSchema,
} from './schemas/thresholds.js';
import { RoleSchema } from './reference/roles.js';
import {
  AccountCreateSchema,
  AccountPasswordSchema,
  AccountSchema,
  AccountUpdateSchema,
  OwnPasswordSchema,
} from './schemas/accounts.js';
import { CaseCommentSchema, CommentAddSchema } from './schemas/comments.js';
import { auditEntities } from './rules/audit.js';
import { OPTION_LEAD_MONTHS } from './rules/contracts.js';
import type { FieldIssue } from './validation.js';
import { NoticeAddSchema, NoticeSchema } from './schemas/notice.js';
import { JointAddSchema, JointSchema, JointUpdateSchema } from './schemas/joint.js';
import { ComplaintAddSchema, ComplaintSchema, ComplaintUpdateSchema } from './schemas/complaint.js';
import { AwardRecordSchema, ProtocolExportSchema, ProtocolSaveSchema, ProtocolSchema } from './schemas/protocol.js';
import {
  BundleExportSchema,
  BundleFileSchema,
  BundleImportSchema,
  BundlePreviewSchema,
  BundleResultSchema,
} from './schemas/bundle.js';
import { ImportFileSchema, ImportRejectsSchema, ImportReportSchema, ImportResultSchema } from './schemas/import.js';
import { BackupIdSchema, BackupListSchema, BackupSchema, SystemStatusSchema } from './schemas/backup.js';
import { BriefingExportSchema, BriefingPackSchema, BriefingSpecSchema, SavedPackSchema } from './schemas/briefing.js';
import {
  DashboardSchema,
  PlanQuerySchema,
  PlanSchema,
  PortfolioQuerySchema,
  PortfolioSchema,
  StrategySaveSchema,
  StrategySchema,
} from './schemas/strategy.js';
import {
  BenefitSetSchema,
  CaseSavingSchema,
  RealisedSetSchema,
  SavingSetSchema,
  SavingsTotalsSchema,
} from './schemas/savings.js';
import {
  OrgnrSchema,
  SupplierDetailSchema,
  SupplierFieldsSchema,
  SupplierMergeSchema,
  SupplierSummarySchema,
  SupplierUpdateSchema,
  ViewSchema,
} from './schemas/supplier.js';

const empty = z.strictObject({});
const SettingsSchema = z.object({
  userName: z.string(),
  userNameDefault: z.string(),
  userNameSet: z.boolean(),
  organisationName: z.string(),
  organisationOrgnr: z.string(),
  /** The office's interval between pay-and-conditions controls, in months (local policy; 0: none fixed). */
  payControlIntervalMonths: z.number().int(),
  /** Where the office's retention plan (arkivplan, bevarings- og kassasjonsplan) says how long procurement records are kept. */
  retentionPlan: z.string(),
  /** How many digits of the CPV code make a group when similar cases are added up (FOA § 5-4): the office's choice. */
  splittingCpvDigits: z.number().int(),
  /** How many months before the period it extends ends an option's decision date is suggested (the office's choice). */
  optionLeadMonths: z.number().int(),
  /** The office's norm per phase in days ("Min oversikt" says when a case has been longer in it): as set, else the defaults (reference/phaseNorms.ts). */
  phaseNorms: z.record(z.enum(NORM_PHASES), z.number().int()),
});
const PhaseNormsInput = z.partialRecord(z.enum(NORM_PHASES), z.number().int().min(PHASE_NORM_MIN).max(PHASE_NORM_MAX));
const byId = z.strictObject({ id: z.number().int().positive() });
const byIdWithView = z.strictObject({ id: z.number().int().positive(), view: ViewSchema });
const byCase = z.strictObject({ caseId: z.number().int().positive() });

/**
 * The API contract: every method with its input and output schema. The IPC
 * handlers, the preload bridge, the HTTP routes and the renderer's typed
 * client are all derived from this table; add a method here first, then
 * its handler with its traits (who may call it, whether and how it is
 * audited, which pages of the desktop app may call it) in the service's
 * registry (service/registry.ts, service/handlers/). The files made on
 * request are the `files` table below.
 */
export const contract = {
  'reference.get': { input: empty, output: ReferenceDataSchema },
  /** CPV 2008 codes by code prefix or words (bokmål or English), broadest first, with the kind each suggests. */
  'reference.cpv': {
    input: z.strictObject({ q: z.string().trim().max(100), limit: z.number().int().min(1).max(50).default(20) }),
    output: z.array(z.object({ code: z.string(), check: z.string(), label: z.string(), kind: KindSchema })),
  },
  'cases.list': { input: CaseListQuerySchema, output: CaseListPageSchema },
  'cases.facets': { input: empty, output: CaseFacetsSchema },
  'cases.get': { input: byId, output: CaseDetailSchema },
  'cases.create': { input: CaseCreateSchema, output: CaseDetailSchema },
  'cases.update': { input: CaseUpdateSchema, output: CaseDetailSchema },
  'cases.changePhase': { input: ChangePhaseSchema, output: CaseDetailSchema },
  'cases.archive': { input: ArchiveSchema, output: CaseDetailSchema },
  'suppliers.list': {
    input: z.strictObject({
      q: z.string().trim().max(200).default(''),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    output: z.object({ items: z.array(SupplierSummarySchema), total: z.number().int() }),
  },
  'suppliers.get': { input: byIdWithView, output: SupplierDetailSchema },
  'suppliers.create': { input: SupplierFieldsSchema, output: SupplierDetailSchema },
  'suppliers.update': { input: SupplierUpdateSchema, output: SupplierDetailSchema },
  /** Two records of the same company become one; everything linked to either stays. */
  'suppliers.merge': { input: SupplierMergeSchema, output: SupplierDetailSchema },

  'dialogues.forCase': {
    input: z.strictObject({ caseId: z.number().int().positive(), view: ViewSchema }),
    output: z.object({ activities: z.array(DialogueDetailSchema), unsharedItems: z.number().int() }),
  },
  'dialogues.list': { input: byCase, output: z.array(DialogueSummarySchema) },
  'dialogues.get': { input: byIdWithView, output: DialogueDetailSchema },
  'dialogues.create': { input: DialogueFieldsSchema, output: DialogueDetailSchema },
  'dialogues.update': { input: DialogueUpdateSchema, output: DialogueDetailSchema },
  'dialogues.addItem': { input: ItemFieldsSchema, output: ItemSchema },
  'dialogues.updateItem': { input: ItemUpdateSchema, output: ItemSchema },
  /** Records that an answer was made known to all suppliers (equal treatment). */
  'dialogues.shareItem': { input: ItemShareSchema, output: ItemSchema },
  /** Internal only (its `internalOnly` trait): the passages quote confidential text as the office sees it. */
  'dialogues.search': { input: DialogueSearchSchema, output: z.array(DialogueHitSchema) },
  /** The market dialogue page: activities ahead and of late, across all cases. */
  'dialogues.overview': { input: DialogueOverviewQuerySchema, output: DialogueOverviewSchema },

  'competitiveDialogue.get': { input: byCase, output: CompetitiveDialogueSchema },
  'competitiveDialogue.prequalify': { input: PrequalifySchema, output: CompetitiveDialogueSchema },
  'competitiveDialogue.close': { input: CloseDialogueSchema, output: CompetitiveDialogueSchema },

  'contracts.list': {
    input: z.strictObject({
      caseId: z.number().int().positive().optional(),
      supplierId: z.number().int().positive().optional(),
    }),
    output: z.array(ContractSummarySchema),
  },
  'contracts.get': { input: byId, output: ContractDetailSchema },
  'contracts.create': { input: ContractFieldsSchema, output: ContractDetailSchema },
  'contracts.update': { input: ContractUpdateSchema, output: ContractDetailSchema },
  'contracts.decideOption': { input: DecideOptionSchema, output: ContractDetailSchema },
  /** Returns a decided option to open, with a reason (audited), until its period starts. */
  'contracts.undoOptionDecision': { input: UndoOptionSchema, output: ContractDetailSchema },
  'contracts.terminate': { input: TerminateSchema, output: ContractDetailSchema },
  'contracts.addFollowup': { input: FollowupInputSchema, output: ContractDetailSchema },
  /** Options to decide, contracts expiring and controls due within the horizon; overdue ones always. */
  'contracts.deadlines': {
    input: AttentionFilterSchema.extend({ months: z.union([z.literal(3), z.literal(6), z.literal(12)]).default(6) }),
    output: z.array(DeadlineRowSchema),
  },
  /** Every live contract with its next deadline however far off, by buyer (the case's, or the contract's owner) and department (null or left out: all); with `months`, only those with no deadline within them (the rest are in contracts.deadlines). */
  'contracts.running': {
    input: AttentionFilterSchema.extend({ months: z.union([z.literal(3), z.literal(6), z.literal(12)]).optional() }),
    output: z.array(RunningContractSchema),
  },
  /** Makes a contract a framework agreement with its terms, corrects them, or (null) makes it ordinary again (refused while it has call-offs). */
  'contracts.setFramework': { input: SetFrameworkSchema, output: ContractDetailSchema },
  /** A call-off under a framework; refused once its maximum is reached. */
  'contracts.addCallOff': { input: CallOffInputSchema, output: ContractDetailSchema },
  'contracts.updateCallOff': { input: CallOffUpdateSchema, output: ContractDetailSchema },
  'contracts.deleteCallOff': { input: CallOffDeleteSchema, output: ContractDetailSchema },
  /** Call-offs from a spreadsheet, all or none (each row matched to its framework and supplier); without `commit` a dry run. */
  'contracts.importCallOffs': { input: CallOffImportSchema, output: CallOffImportResultSchema },
  /** Every live framework's spend against its maximum, by buyer and department as Frister filters; `minLevel` warning: only those near or at it. */
  'contracts.frameworkSpend': {
    input: AttentionFilterSchema.extend({ minLevel: z.enum(['none', 'warning']).default('none') }),
    output: z.array(FrameworkSpendRowSchema),
  },
  /** "Min oversikt": what needs the buyer's attention, each row a thing to do with its date; the buyer left out is the user's own name. */
  'overview.get': { input: AttentionFilterSchema, output: OverviewSchema },
  /** Standstills ending and contract award notices due (until their number is recorded), for "Frister": every buyer unless one is given. */
  'overview.awardDeadlines': { input: AttentionFilterSchema, output: z.array(OverviewRowSchema) },

  'savings.get': { input: byCase, output: CaseSavingSchema },
  'savings.set': { input: SavingSetSchema, output: CaseSavingSchema },
  'savings.setRealised': { input: RealisedSetSchema, output: CaseSavingSchema },
  'savings.setBenefit': { input: BenefitSetSchema, output: CaseSavingSchema },
  /** Cases handled and savings per year for the last `years` years up to `toYear`, and the sentence for leadership. */
  'savings.totals': {
    input: z.strictObject({
      toYear: z.number().int().min(2000).max(2100).optional(),
      years: z.number().int().min(1).max(10).default(4),
    }),
    output: SavingsTotalsSchema,
  },

  /** Days per phase (median and spread) by procedure, department or year, and the share of time per stage. */
  'analytics.phaseTimes': {
    input: z.strictObject({
      groupBy: z.enum(['none', 'procedure', 'department', 'year']).default('none'),
      year: z.number().int().min(1990).max(2200).optional(),
    }),
    output: z.object({
      groups: z.array(
        z.object({
          group: z.string(),
          cases: z.number().int(),
          stats: z.array(
            z.object({ phase: PhaseSchema, n: z.number().int(), median: z.number(), p25: z.number(), p75: z.number() }),
          ),
          shares: z.object({ planning: z.number(), competition: z.number(), followup: z.number(), days: z.number() }),
        }),
      ),
    }),
  },

  'strategy.list': {
    input: empty,
    output: z.array(
      z.object({ id: z.number().int(), title: z.string(), fromYear: z.number().int(), toYear: z.number().int() }),
    ),
  },
  'strategy.get': { input: byId, output: StrategySchema },
  /** Creates (no id) or replaces a strategy with its goals, in one transaction. */
  'strategy.save': { input: StrategySaveSchema, output: StrategySchema },
  /** Each goal's figure, target and status per year of the strategy (the one covering this year unless an id is given). */
  'strategy.dashboard': {
    input: z.strictObject({ id: z.number().int().positive().optional() }),
    output: DashboardSchema,
  },

  'plan.get': { input: PlanQuerySchema, output: PlanSchema },
  'plan.portfolio': { input: PortfolioQuerySchema, output: PortfolioSchema },

  /** Every figure of a leadership briefing pack for a period and version (public leaves out what is confidential). */
  'briefing.build': { input: BriefingSpecSchema, output: BriefingPackSchema },
  'briefing.list': {
    input: empty,
    output: z.object({ packs: z.array(SavedPackSchema), lastSpec: BriefingSpecSchema.nullable() }),
  },
  /**
   * Keeps a pack's settings in the service for a short while, for its print
   * route to ask for by id: an address carries the id, never the text
   * (a highlight marked confidential included).
   */
  'briefing.prepare': { input: BriefingSpecSchema, output: z.object({ id: z.string() }) },
  /** The pack whose settings `briefing.prepare` kept (the print route's data); not_found once they have expired. */
  'briefing.prepared': {
    input: z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) }),
    output: BriefingPackSchema,
  },

  /** The audit trail of one record, newest first: when, by whom, which write, and each field before and after. Read only; internal only (its `internalOnly` trait). */
  'audit.forRecord': {
    input: z.strictObject({ entity: z.enum(auditEntities), id: z.number().int().positive() }),
    output: z.array(
      z.object({
        at: z.string(),
        by: z.string(),
        method: z.string(),
        changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
        /** An entry another PC wrote, taken in with a bundle: the file, who exported it and when, and who imported it here and when. Null for this PC's own. */
        imported: z
          .object({
            fileName: z.string(),
            exportedBy: z.string(),
            exportedAt: z.string(),
            at: z.string(),
            by: z.string(),
          })
          .nullable(),
      }),
    ),
  },

  /**
   * Who is signed in (the office server; null on one PC) and the methods
   * they may call, so the screens offer only what the service will do.
   */
  'access.mine': {
    input: empty,
    output: z.object({
      user: z
        .object({ username: z.string(), name: z.string(), role: RoleSchema, departments: z.array(z.string()) })
        .nullable(),
      methods: z.array(z.string()),
    }),
  },

  /** Comments on a case between the office and the need owners of its department, oldest first. */
  'comments.forCase': { input: byCase, output: z.array(CaseCommentSchema) },
  /** Adds a comment to a case (a need owner: a case of their own departments); answers with the case's comments. */
  'comments.add': { input: CommentAddSchema, output: z.array(CaseCommentSchema) },
  /** A signed-in user changes their own password (the old one first). */
  'access.changeOwnPassword': { input: OwnPasswordSchema, output: z.object({ changed: z.literal(true) }) },
  /** The office server's accounts (administrators): no output carries a password or its hash. */
  'accounts.list': { input: empty, output: z.array(AccountSchema) },
  'accounts.create': { input: AccountCreateSchema, output: AccountSchema },
  /** Name, role, departments, disabled; versioned (409 on a stale version). The last active administrator stays one. */
  'accounts.update': { input: AccountUpdateSchema, output: AccountSchema },
  /** An administrator sets a new password for an account. */
  'accounts.setPassword': { input: AccountPasswordSchema, output: AccountSchema },

  /** The name the audit trail records for this PC's user: as set, else the OS user. */
  'settings.get': { input: empty, output: SettingsSchema },
  /** Each field given is saved; an empty name goes back to the default. The organisation is the buyer in OCDS and on the protocol. */
  'settings.set': {
    input: z.strictObject({
      userName: line(120).optional(),
      organisationName: line(200).optional(),
      organisationOrgnr: z.union([z.literal(''), OrgnrSchema]).optional(),
      payControlIntervalMonths: z
        .union(
          PAY_CONTROL_INTERVALS.map((n) => z.literal(n)) as unknown as [
            z.ZodLiteral<number>,
            z.ZodLiteral<number>,
            ...z.ZodLiteral<number>[],
          ],
        )
        .optional(),
      retentionPlan: z.string().trim().max(2_000).optional(),
      splittingCpvDigits: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).optional(),
      optionLeadMonths: z
        .union(
          OPTION_LEAD_MONTHS.map((n) => z.literal(n)) as unknown as [
            z.ZodLiteral<number>,
            z.ZodLiteral<number>,
            ...z.ZodLiteral<number>[],
          ],
        )
        .optional(),
      /** Each phase given gets its norm; the rest keep theirs. */
      phaseNorms: PhaseNormsInput.optional(),
    }),
    output: SettingsSchema,
  },

  /** The threshold values: as shipped (with sources and how far they were checked), as entered by the office, and the table the rules apply. */
  'thresholds.list': { input: empty, output: ThresholdsViewSchema },
  /** Enters a newer period of threshold values with its source and date in force; audited. */
  'thresholds.add': { input: OfficeThresholdInputSchema, output: ThresholdsViewSchema },
  /** Withdraws a period the office entered (it stays in the audit trail); audited. */
  'thresholds.withdraw': { input: OfficeThresholdWithdrawSchema, output: ThresholdsViewSchema },

  /** Whether the register is open; when it was refused at start, why, and the newest good backup to offer. */
  'system.status': { input: empty, output: SystemStatusSchema },
  /** Backups in the data folder and the extra folder, newest first, with what each holds. */
  'backup.list': { input: empty, output: BackupListSchema },
  /** "Ta sikkerhetskopi nå": a checked copy made with SQLite's online backup API. */
  'backup.now': { input: empty, output: BackupSchema },
  /** Restores a backup after first backing up the register as it is; the old file is kept, never deleted. */
  'backup.restore': {
    input: BackupIdSchema,
    output: z.object({ restored: BackupSchema, safetyCopy: BackupSchema.nullable(), status: SystemStatusSchema }),
  },
  /** The extra folder every backup is also copied to (a network share or USB disk); null for none. */
  'backup.setFolder': {
    input: z.strictObject({ folder: z.string().trim().max(500).nullable() }),
    output: BackupListSchema,
  },

  /** Reads a spreadsheet (.xlsx or .csv) and tries every row without keeping any: columns, the mapping, each row's problems, duplicates. */
  'import.preview': { input: ImportFileSchema, output: ImportReportSchema },
  /** Imports every row, or none: any row with a problem (or an unskipped duplicate) stops the whole import; or, when asked (`leaveOutInvalid`), the valid rows, leaving out the others. */
  'import.commit': { input: ImportFileSchema, output: ImportResultSchema },
  /** The rows an import would leave out, as in the file with their problems: the spreadsheet to correct and import again (`files.importRejects`). */
  'import.rejects': { input: ImportFileSchema, output: ImportRejectsSchema },

  /** An OCDS 1.1 release package of chosen cases, or of those registered in a period: public data only. */
  'exchange.ocds': {
    input: z
      .strictObject({
        caseIds: z.array(z.number().int().positive()).min(1).max(100_000).optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        /** The publisher's prefix registered with the Open Contracting Partnership. */
        ocidPrefix: z
          .string()
          .trim()
          .regex(/^ocds-[a-z0-9]{6}$/, { message: 'ocidPrefixFormat' })
          .default('ocds-anskaf'),
      })
      .refine((v) => v.caseIds || (v.from && v.to), { message: 'required', path: ['from'] }),
    output: z.object({
      uri: z.string(),
      version: z.literal('1.1'),
      publishedDate: z.string(),
      publisher: z.object({ name: z.string(), scheme: z.string(), uid: z.string() }),
      releases: z.array(z.record(z.string(), z.unknown())),
    }),
  },

  /** A case's procurement protocol: read from the case and its own entries, with what its regime requires and what is missing. */
  'protocol.get': { input: byCase, output: ProtocolSchema },
  'protocol.save': { input: ProtocolSaveSchema, output: ProtocolSchema },
  /** A case's complaints (to the office, to KOFA, injunctions), oldest first. */
  'complaints.list': { input: byCase, output: z.array(ComplaintSchema) },
  /** Records a complaint; the case's complaints after. */
  'complaints.add': { input: ComplaintAddSchema, output: z.array(ComplaintSchema) },
  /** Changes a complaint (its answer, KOFA's decision, the injunction lifted); the case's complaints after. */
  'complaints.update': { input: ComplaintUpdateSchema, output: z.array(ComplaintSchema) },
  /** Removes a complaint recorded by mistake; the case's complaints after. */
  'complaints.remove': { input: z.strictObject({ id: z.number().int().positive() }), output: z.array(ComplaintSchema) },
  /** A case's notices in Doffin and TED, oldest first. */
  'notices.list': { input: byCase, output: z.array(NoticeSchema) },
  /** Adds a notice (its kind, Doffin or TED, its number in the service's own shape, and date); the case's notices after. */
  'notices.add': { input: NoticeAddSchema, output: z.array(NoticeSchema) },
  /** Removes a notice recorded by mistake; the case's notices after. */
  'notices.remove': { input: z.strictObject({ id: z.number().int().positive() }), output: z.array(NoticeSchema) },
  /** A joint procurement's other participants and the split of the whole value (the office's own share derived). */
  'joint.get': { input: byCase, output: JointSchema },
  /** Adds a participant (name, organisation number, share in NOK or %, whether it leads); the split after. */
  'joint.add': { input: JointAddSchema, output: JointSchema },
  /** Corrects a participant (name, organisation number, share and its unit, whether it leads), checked as adding one is; the split after. */
  'joint.update': { input: JointUpdateSchema, output: JointSchema },
  /** Removes a participant; the split after. */
  'joint.remove': { input: z.strictObject({ id: z.number().int().positive() }), output: JointSchema },
  /** Records the award's notice (date, to whom, reasons) and computes the standstill's end from the part's rule, or records why none applies. */
  'protocol.recordAward': { input: AwardRecordSchema, output: ProtocolSchema },
  /** Marks the protocol final; refused while anything required is missing. */
  'protocol.finalise': {
    input: z.strictObject({ caseId: z.number().int().positive(), version: z.number().int().min(1) }),
    output: ProtocolSchema,
  },

  /** Reads a bundle from another PC and says what importing it would do: new records, the same, and conflicts to decide. */
  'bundle.preview': { input: BundleFileSchema, output: BundlePreviewSchema },
  /** Imports a bundle in one transaction: new records added, changed ones only as decided, nothing overwritten silently. */
  'bundle.import': { input: BundleImportSchema, output: BundleResultSchema },

  /** Fills an empty database with a realistic demo municipality (first start). */
  'demo.seed': {
    input: z.strictObject({ cases: z.number().int().min(1).max(20_000).default(440) }),
    output: z.object({ created: z.number().int() }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

/**
 * The files the hosts make on request, the contract's other half: each
 * kind's input schema, and whether it is a report that can also go straight
 * to a printer. HTTP `POST /export/<kind>`, IPC `export:<kind>` (and
 * `print:<kind>`); the makers and their traits are service/exporter.ts's.
 */
export const files = {
  /** A briefing pack as PDF or Word, recorded when asked. */
  briefing: { input: BriefingExportSchema, print: true },
  /** A case's procurement protocol as PDF. */
  protocol: { input: ProtocolExportSchema, print: true },
  /** An exchange bundle (.anskaff) of the register or of chosen cases. */
  bundle: { input: BundleExportSchema, print: false },
  /** A list (cases as filtered, suppliers, deadlines) as .xlsx. */
  xlsx: { input: ListExportSchema, print: false },
  /** The rows an import leaves out, as they were, with a column saying what is wrong with each, as .xlsx. */
  importRejects: { input: ImportFileSchema, print: false },
} as const satisfies Record<string, { input: z.ZodType; print: boolean }>;

export type ExportKind = keyof typeof files;
export type PrintKind = { [K in ExportKind]: (typeof files)[K]['print'] extends true ? K : never }[ExportKind];
/** Files the hosts make on request. */
export const exportKinds = Object.keys(files) as ExportKind[];
/** The reports among them that can also go straight to a printer. */
export const printKinds = exportKinds.filter((k) => files[k].print) as PrintKind[];

export type Contract = typeof contract;
export type Method = keyof Contract;
export const methods = Object.keys(contract) as Method[];

/** What a caller sends (defaults may be left out). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}

/** Error codes of the transports, with their HTTP statuses. */
export const errorStatus = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many_requests: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof errorStatus;

export interface ApiErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    issues?: FieldIssue[];
    key?: FieldIssue['key'];
    params?: FieldIssue['params'];
    /** A stale edit (409): who changed the record and when, and the record as it is now (service/conflicts.ts). */
    conflict?: { by: string | null; at: string | null; method: Method; current: unknown };
  };
}
