import { AppError, changedFields, SETTINGS_RECORD_ID, UNRECORDED_FIELDS, type AuditEntity, type FieldChange, type Method } from '../core/index.js';
import type { HandlerContext } from './context.js';
import { caseDetail } from './handlers/cases.js';
import { contractDetail } from './handlers/contracts.js';
import { dialogueDetail } from './handlers/dialogues.js';
import { savingsView } from './handlers/savings.js';
import { settingsView } from './handlers/settings.js';
import { strategyView } from './handlers/strategy.js';
import { supplierDetail } from './handlers/suppliers.js';

// Which writes the audit trail records, on which record, and how a record
// looks for it. A snapshot is the record as the app shows it (its own `get`
// answer, internal view), less what is computed or bumped on every write.

type Io = { input: Record<string, unknown>; output: Record<string, unknown> };
interface Audited {
  entity: AuditEntity;
  /** The record before the write (none for a creation). */
  before?: (input: Record<string, unknown>, ctx: HandlerContext) => number | null;
  after: (io: Io) => number;
}

const byInputId = (i: Record<string, unknown>) => i.id as number;
const byOutputId = ({ output }: Io) => output.id as number;
const byCaseId = (i: Record<string, unknown>) => i.caseId as number;
const itemDialogue = (i: Record<string, unknown>, ctx: HandlerContext) => ctx.repos.dialogues.getItem(i.id as number)?.dialogueId ?? null;

export const auditedMethods: Partial<Record<Method, Audited>> = {
  'cases.create': { entity: 'case', after: byOutputId },
  'cases.update': { entity: 'case', before: byInputId, after: byOutputId },
  'cases.changePhase': { entity: 'case', before: byInputId, after: byOutputId },
  'cases.archive': { entity: 'case', before: byInputId, after: byOutputId },
  'savings.set': { entity: 'case', before: byCaseId, after: ({ input }) => input.caseId as number },
  'savings.setRealised': { entity: 'case', before: byCaseId, after: ({ input }) => input.caseId as number },
  'savings.setBenefit': { entity: 'case', before: byCaseId, after: ({ input }) => input.caseId as number },
  'competitiveDialogue.prequalify': { entity: 'case', before: byCaseId, after: ({ input }) => input.caseId as number },
  'competitiveDialogue.close': { entity: 'case', before: byCaseId, after: ({ input }) => input.caseId as number },
  'suppliers.create': { entity: 'supplier', after: byOutputId },
  'suppliers.update': { entity: 'supplier', before: byInputId, after: byOutputId },
  'suppliers.merge': { entity: 'supplier', before: (i) => i.keepId as number, after: byOutputId },
  'dialogues.create': { entity: 'dialogue', after: byOutputId },
  'dialogues.update': { entity: 'dialogue', before: byInputId, after: byOutputId },
  'dialogues.addItem': { entity: 'dialogue', before: (i) => i.dialogueId as number, after: ({ output }) => output.dialogueId as number },
  'dialogues.updateItem': { entity: 'dialogue', before: itemDialogue, after: ({ output }) => output.dialogueId as number },
  'dialogues.shareItem': { entity: 'dialogue', before: itemDialogue, after: ({ output }) => output.dialogueId as number },
  'contracts.create': { entity: 'contract', after: byOutputId },
  'contracts.update': { entity: 'contract', before: byInputId, after: byOutputId },
  'contracts.decideOption': { entity: 'contract', before: byInputId, after: byOutputId },
  'contracts.terminate': { entity: 'contract', before: byInputId, after: byOutputId },
  'contracts.addFollowup': { entity: 'contract', before: (i) => i.contractId as number, after: byOutputId },
  'strategy.save': { entity: 'strategy', before: (i) => (i.id as number | undefined) ?? null, after: byOutputId },
  // The settings are one record: the name the trail records, the organisation (the buyer in OCDS and on protocols).
  'settings.set': { entity: 'settings', before: () => SETTINGS_RECORD_ID, after: () => SETTINGS_RECORD_ID },
  // The new period is the newest id among those in force.
  'thresholds.add': { entity: 'threshold', after: ({ output }) => Math.max(...(output.office as { id: number }[]).map((p) => p.id)) },
  'thresholds.withdraw': { entity: 'threshold', before: byInputId, after: ({ input }) => input.id as number },
};


function strip(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (UNRECORDED_FIELDS.has(k)) continue;
    // In lists (contacts, options, events) a row's own id is storage, not content: contacts are rewritten on
    // every save. A phase event's running day count grows by itself; the phase, date and note are what was recorded.
    out[k] = Array.isArray(v) ? v.map((e: unknown) => (e && typeof e === 'object' ? withoutKeys(e as Record<string, unknown>, k === 'timeline' ? ['id', 'days', 'current'] : ['id']) : e)) : v;
  }
  return out;
}

function withoutKeys(o: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
}

/**
 * A record as the audit trail sees it, read by the same functions its page
 * reads it with. Null only when the record is not there (a creation has no
 * "before"); any other failure to read it fails the write it belongs to.
 */
export function snapshot(entity: AuditEntity, id: number, ctx: HandlerContext): Record<string, unknown> | null {
  const internal = { ...ctx, locale: 'nb' as const };
  try {
    return recordOf(entity, id, internal);
  } catch (e) {
    if (e instanceof AppError && e.code === 'not_found') return null;
    throw e;
  }
}

const plain = <T extends object>(o: T) => o as unknown as Record<string, unknown>;

function recordOf(entity: AuditEntity, id: number, ctx: HandlerContext): Record<string, unknown> | null {
  switch (entity) {
    case 'case': {
      // The timeline only ever grows: its newest event (phase, date, note, reason) is what a phase move changed.
      const { timeline, ...c } = strip(plain(caseDetail(ctx, id))) as { timeline: Record<string, unknown>[] };
      const last = timeline.at(-1);
      const lastEvent = last ? { phase: last.phase, date: last.date, note: last.note, overrideReason: last.overrideReason } : null;
      return { ...c, lastEvent, saving: strip(plain(savingsView(ctx, id))) };
    }
    case 'supplier':
      return strip(plain(supplierDetail(ctx, id, 'internal')));
    case 'dialogue':
      return strip(plain(dialogueDetail(ctx, id, 'internal')));
    case 'contract':
      return strip(plain(contractDetail(ctx, id)));
    case 'strategy':
      return strip(plain(strategyView(ctx, id)));
    case 'settings': {
      const { userName, organisationName, organisationOrgnr, payControlIntervalMonths, retentionPlan, splittingCpvDigits } = settingsView(ctx);
      return { userName, organisationName, organisationOrgnr, payControlIntervalMonths, retentionPlan, splittingCpvDigits };
    }
    case 'threshold': {
      const r = ctx.repos.thresholds.get(id);
      if (!r) return null;
      const { id: _id, eea, ...rest } = r;
      return { ...rest, eea: { ...eea } };
    }
  }
}

export { changedFields };

/**
 * A change of the extra backup folder, recorded like the other settings.
 * The folder is kept in a file beside the database (service/backup/), so
 * the entry is written in a transaction around the change: a refused
 * folder leaves no entry.
 */
export function backupFolderChange(before: string | null, after: string | null): FieldChange[] {
  return before === after ? [] : [{ field: 'backupFolder', before, after }];
}
