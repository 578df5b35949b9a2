import { AppError, t, type Output, type ParsedInput } from '../../core/index.js';
import type { SupplierRow } from '../../db/index.js';
import type { HandlerContext } from '../context.js';
import { contractSummaries } from './contracts.js';
import { fieldError } from './fieldError.js';
import { guarded, type Redactions, type View } from './publicView.js';
import { buyers, byInputId, byOutputId, office, reads, recorded, writes } from '../registry.js';

function load(ctx: HandlerContext, id: number): SupplierRow {
  const row = ctx.repos.suppliers.get(id);
  if (!row)
    throw new AppError('not_found', 'notFound', { what: t('recordName', ctx.locale, { record: 'supplier', id }) });
  return row;
}

export function supplierDetail(ctx: HandlerContext, id: number, view: View = 'internal'): Output<'suppliers.get'> {
  const row = load(ctx, id);
  const redactions: Redactions = [];
  return {
    id: row.id,
    orgnr: row.orgnr,
    name: row.name,
    address: row.address,
    postalCode: row.postalCode,
    city: row.city,
    notes: guarded(row.notes, row.notesConfidential, view, 'notes', redactions),
    notesConfidential: row.notesConfidential,
    contacts: row.contacts,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    mergedFrom: ctx.repos.suppliers.mergedFrom(id),
    cases: ctx.repos.suppliers.cases(id),
    activities: ctx.repos.suppliers.activities(id),
    contracts: contractSummaries(ctx, { supplierId: id }).map((k) => ({
      id: k.id,
      title: k.title,
      caseNumber: k.caseNumber,
      status: k.status,
      currentEnd: k.currentEnd,
    })),
    redactions,
  };
}

function assertOrgnrFree(ctx: HandlerContext, orgnr: string, exceptId?: number): void {
  const other = ctx.repos.suppliers.findLiveByOrgnr(orgnr);
  if (other && other.id !== exceptId) throw fieldError('orgnr', 'orgnrTaken', { name: other.name, id: other.id });
}

/** The rules a new supplier must pass, then the insert; the caller holds the transaction (the import runs many in one). */
export function insertSupplier(f: ParsedInput<'suppliers.create'>, ctx: HandlerContext): number {
  assertOrgnrFree(ctx, f.orgnr);
  return ctx.repos.suppliers.insert(f);
}

export const supplierMethods = {
  'suppliers.list': reads(office)((q: ParsedInput<'suppliers.list'>, ctx: HandlerContext): Output<'suppliers.list'> => {
    return ctx.repos.suppliers.list(q.q, q.limit, q.offset);
  }),

  'suppliers.get': reads(office)((q: ParsedInput<'suppliers.get'>, ctx: HandlerContext): Output<'suppliers.get'> => {
    return supplierDetail(ctx, q.id, q.view);
  }),

  'suppliers.create': writes(
    buyers,
    recorded('supplier', { after: byOutputId }),
  )((f: ParsedInput<'suppliers.create'>, ctx: HandlerContext): Output<'suppliers.create'> => {
    return supplierDetail(
      ctx,
      ctx.tx(() => insertSupplier(f, ctx)),
    );
  }),

  'suppliers.update': writes(
    buyers,
    recorded('supplier', { before: byInputId, after: byOutputId }),
  )((input: ParsedInput<'suppliers.update'>, ctx: HandlerContext): Output<'suppliers.update'> => {
    const { id, version, ...f } = input;
    ctx.tx(() => {
      const row = load(ctx, id);
      if (row.mergedInto !== null) throw new AppError('conflict', 'supplierMerged');
      if (row.version !== version) throw new AppError('conflict', 'staleSupplier');
      assertOrgnrFree(ctx, f.orgnr, id);
      if (!ctx.repos.suppliers.update(id, version, f)) throw new AppError('conflict', 'staleSupplier');
    });
    return supplierDetail(ctx, id);
  }),

  'suppliers.merge': writes(
    buyers,
    recorded('supplier', { before: (i) => i.keepId as number, after: byOutputId }),
  )((input: ParsedInput<'suppliers.merge'>, ctx: HandlerContext): Output<'suppliers.merge'> => {
    ctx.tx(() => {
      const keep = load(ctx, input.keepId);
      const merge = load(ctx, input.mergeId);
      if (keep.mergedInto !== null || merge.mergedInto !== null) throw new AppError('conflict', 'supplierMerged');
      if (keep.version !== input.keepVersion) throw new AppError('conflict', 'staleSupplier');
      if (!ctx.repos.suppliers.merge(input.keepId, input.mergeId, input.keepVersion))
        throw new AppError('conflict', 'staleSupplier');
    });
    return supplierDetail(ctx, input.keepId);
  }),
};
