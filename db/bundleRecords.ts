import { getTableColumns, type Table } from 'drizzle-orm';
import { z } from 'zod';
import {
  BenefitSetSchema,
  CallOffFieldsSchema,
  CaseCreateSchema,
  CloseDialogueSchema,
  ContactSchema,
  ContractFieldsSchema,
  DialogueFieldsSchema,
  FollowupInputSchema,
  FrameworkTermsSchema,
  GoalFieldsSchema,
  isoDate,
  ItemFieldsSchema,
  line,
  OptionInputSchema,
  optionStatuses,
  ParticipantSchema,
  PhaseSchema,
  ProtocolFieldsSchema,
  NoticeFieldsSchema,
  JointParticipantFieldsSchema,
  ComplaintFieldsSchema,
  RealisedSetSchema,
  SavingSetSchema,
  StrategyFieldsSchema,
  SupplierFieldsSchema,
  text,
  ThemeSchema,
  type FieldChange,
} from '../core/index.js';
import * as schema from './schema.js';

// What each record of an exchange bundle must be, table by table, before
// anything of it is written: the columns the drizzle schema gives the
// table, each with the rule the API contract gives the same field (a case's
// title, a goal's measure, a strategy's years), and the rules of the
// columns the contract does not write itself (references as uids, derived
// dates, JSON). A bundle's values are the stored form: booleans as 0 and 1,
// references to other records as their uids.

/** A record's uid: 32 lower-case hex digits, as SQLite's randomblob gives it. */
export const UidSchema = z.string().regex(/^[0-9a-f]{32}$/, { message: 'invalidType' });
/** A time as SQLite and the app write it: ISO 8601 UTC. */
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, { message: 'invalidDate' });
const flag = z.literal([0, 1]);
/** A column holding JSON, read and checked against its schema (and kept as the text it was). */
const json = (inner: z.ZodType) =>
  z
    .string()
    .max(2_000_000)
    .refine(
      (s) => {
        try {
          return inner.safeParse(JSON.parse(s)).success;
        } catch {
          return false;
        }
      },
      { message: 'invalidType' },
    );

interface TableRules {
  table: Table;
  /** Contract schemas whose fields (by the column's camelCase name) give the columns' rules. */
  contract: z.ZodObject[];
  /** Rules of columns by SQL name, over the contract's. */
  columns?: Record<string, z.ZodType>;
}

const objectOf = (s: z.ZodType): z.ZodObject => s as unknown as z.ZodObject;

/** Every table a bundle carries, with where its rules come from. */
const rules: Record<string, TableRules> = {
  suppliers: {
    table: schema.suppliers,
    contract: [SupplierFieldsSchema],
    columns: { merged_into: UidSchema.nullable(), merged_at: timestamp.nullable(), uid: UidSchema },
  },
  supplier_contacts: { table: schema.supplierContacts, contract: [ContactSchema] },
  strategies: { table: schema.strategies, contract: [objectOf(StrategyFieldsSchema)], columns: { uid: UidSchema } },
  strategy_goals: {
    table: schema.strategyGoals,
    contract: [GoalFieldsSchema],
    columns: { seq: z.number().int().min(0).max(100) },
  },
  cases: {
    table: schema.cases,
    contract: [CaseCreateSchema],
    columns: {
      uid: UidSchema,
      registered_date: isoDate,
      phase: PhaseSchema,
      phase_since: isoDate,
      award_date: isoDate.nullable(),
      registered_year: z.number().int().min(1900).max(2200),
    },
  },
  case_events: {
    table: schema.caseEvents,
    contract: [],
    columns: {
      phase: PhaseSchema,
      from_phase: PhaseSchema.nullable(),
      date: isoDate,
      note: text(2_000),
      override_reason: text(2_000).nullable(),
    },
  },
  case_themes: { table: schema.caseThemes, contract: [], columns: { theme: ThemeSchema } },
  case_benefits: { table: schema.caseBenefits, contract: [BenefitSetSchema] },
  case_savings: { table: schema.caseSavings, contract: [SavingSetSchema] },
  realised_savings: { table: schema.realisedSavings, contract: [RealisedSetSchema] },
  case_protocols: {
    table: schema.caseProtocols,
    contract: [ProtocolFieldsSchema],
    columns: {
      participants: json(z.array(ParticipantSchema).max(200)),
      award_notice_to: json(ProtocolFieldsSchema.shape.awardNoticeTo),
      finalised_at: timestamp.nullable(),
      finalised_by: line(200).nullable(),
      version: z.number().int().min(0),
    },
  },
  case_notices: { table: schema.caseNotices, contract: [objectOf(NoticeFieldsSchema)] },
  case_complaints: { table: schema.caseComplaints, contract: [ComplaintFieldsSchema] },
  case_participants: { table: schema.caseParticipants, contract: [objectOf(JointParticipantFieldsSchema)] },
  case_dialogue_closing: { table: schema.caseDialogueClosing, contract: [CloseDialogueSchema] },
  case_prequalified: { table: schema.casePrequalified, contract: [], columns: { supplier_id: UidSchema } },
  dialogues: {
    table: schema.dialogues,
    contract: [DialogueFieldsSchema],
    columns: { uid: UidSchema, case_id: UidSchema },
  },
  dialogue_suppliers: { table: schema.dialogueSuppliers, contract: [], columns: { supplier_id: UidSchema } },
  dialogue_items: {
    table: schema.dialogueItems,
    contract: [ItemFieldsSchema],
    columns: { asked_by: UidSchema.nullable(), shared_date: isoDate.nullable(), shared_how: line(500) },
  },
  contracts: {
    table: schema.contracts,
    contract: [ContractFieldsSchema],
    columns: {
      uid: UidSchema,
      case_id: UidSchema,
      terminated_date: isoDate.nullable(),
      termination_reason: text(2_000),
    },
  },
  contract_suppliers: { table: schema.contractSuppliers, contract: [], columns: { supplier_id: UidSchema } },
  contract_options: {
    table: schema.contractOptions,
    contract: [OptionInputSchema],
    columns: { seq: z.number().int().min(1).max(10), status: z.enum(optionStatuses), decided_date: isoDate.nullable() },
  },
  contract_followups: { table: schema.contractFollowups, contract: [FollowupInputSchema] },
  // A framework's terms (who may call off: one per line, as stored) and its call-offs.
  contract_frameworks: {
    table: schema.contractFrameworks,
    contract: [FrameworkTermsSchema],
    columns: { entitled: text(30_000) },
  },
  call_offs: {
    table: schema.callOffs,
    contract: [CallOffFieldsSchema],
    columns: { supplier_id: UidSchema, version: z.number().int().min(1) },
  },
};

/** The column a database type allows, when no rule says more. */
function stored(name: string, columnType: string): z.ZodType {
  if (name === 'created_at' || name === 'updated_at') return timestamp;
  if (columnType === 'SQLiteBoolean') return flag;
  if (columnType === 'SQLiteInteger') return z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
  if (columnType === 'SQLiteReal') return z.number();
  return text(100_000);
}

/** A contract rule as the stored value must meet it: no default fills in for a value the file lacks. */
function asStored(rule: z.ZodType): z.ZodType {
  let r = rule;
  while (r instanceof z.ZodDefault || r instanceof z.ZodOptional)
    r = (r as z.ZodDefault<z.ZodType>).unwrap() as z.ZodType;
  return r;
}

/**
 * A record's schema: every column the file may give, each with its rule.
 * A column the database fills itself (an id, a default) may be left out;
 * one it must be given may not.
 */
function recordSchema(r: TableRules, skip: ReadonlySet<string>): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, col] of Object.entries(getTableColumns(r.table))) {
    if (skip.has(col.name)) continue;
    const fromContract = r.contract.map((c) => c.shape[key]).find((f): f is z.ZodType => f !== undefined);
    let rule =
      r.columns?.[col.name] ??
      (col.columnType === 'SQLiteBoolean' || !fromContract ? stored(col.name, col.columnType) : asStored(fromContract));
    if (!col.notNull) rule = rule.nullable();
    shape[col.name] = col.notNull && !col.hasDefault ? rule : rule.optional();
  }
  return z.strictObject(shape);
}

const cache = new Map<string, z.ZodObject>();
/**
 * The schema of a bundle record of `table`, leaving out `skip` (a child's
 * parent column, which the bundle does not carry). Only tables listed
 * above have one.
 */
export function bundleRecordSchema(table: string, skip: readonly string[] = []): z.ZodObject {
  const key = `${table}|${skip.join(',')}`;
  let s = cache.get(key);
  if (!s) {
    const r = rules[table];
    if (!r) throw new Error(`not a table a bundle carries: ${table.slice(0, 60)}`);
    s = recordSchema(r, new Set(['id', ...skip]));
    cache.set(key, s);
  }
  return s;
}

/** An audit entry as a bundle carries it: when, by whom, which write, and its changes as JSON. */
export const BundleAuditSchema = z.strictObject({
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z?$/, { message: 'invalidDate' }),
  by: line(200),
  method: z.string().regex(/^[a-zA-Z]{1,40}\.[a-zA-Z]{1,40}$/, { message: 'invalidType' }),
  changes: json(z.array(z.object({ field: z.string().max(200), before: z.unknown(), after: z.unknown() })).max(500)),
});
export type BundleAudit = z.output<typeof BundleAuditSchema> & { changes: string };
export type { FieldChange };
