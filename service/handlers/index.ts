import { UNRECORDED_FIELDS, type Method, type Output, type ParsedInput } from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import type { HostMethod } from '../backup/methods.js';
import { analyticsHandlers } from './analytics.js';
import { caseHandlers } from './cases.js';
import { competitiveHandlers } from './competitive.js';
import { contractHandlers } from './contracts.js';
import { dialogueHandlers } from './dialogues.js';
import { supplierHandlers } from './suppliers.js';
import { seedDemo } from './demo.js';
import { getReference, searchCpvCodes } from './reference.js';
import { savingsHandlers } from './savings.js';
import { planHandlers } from './plan.js';
import { briefingHandlers } from './briefing.js';
import { settingsHandlers } from './settings.js';
import { exchangeHandlers } from './exchange.js';
import { protocolHandlers } from './protocol.js';
import { bundleHandlers } from './bundle.js';
import { strategyHandlers } from './strategy.js';
import { thresholdHandlers } from './thresholds.js';
import { commitImport, previewImport } from '../import/importRows.js';

/** One handler per contract method; the type makes a missing one a compile error. */
/** import.* read files and answer later (a Promise); the rest answer at once. */
export type Handlers = { [M in Exclude<Method, HostMethod>]: (input: ParsedInput<M>, ctx: HandlerContext) => Output<M> | Promise<Output<M>> };

export const handlers: Handlers = {
  'reference.get': (_, ctx) => getReference(ctx),
  'reference.cpv': searchCpvCodes,
  ...caseHandlers,
  ...supplierHandlers,
  ...dialogueHandlers,
  ...competitiveHandlers,
  ...contractHandlers,
  ...savingsHandlers,
  ...analyticsHandlers,
  ...strategyHandlers,
  ...planHandlers,
  ...briefingHandlers,
  ...settingsHandlers,
  ...thresholdHandlers,
  ...exchangeHandlers,
  ...protocolHandlers,
  ...bundleHandlers,
  'demo.seed': seedDemo,
  'import.preview': previewImport,
  'import.commit': commitImport,
  'audit.forRecord': (q, ctx) =>
    ctx.repos.audit
      .forRecord(q.entity, q.id)
      .map((e) => ({ ...e, changes: e.changes.filter((c) => !UNRECORDED_FIELDS.has(c.field)) }))
      .filter((e) => e.changes.length > 0),
};
