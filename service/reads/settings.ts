import {
  DEFAULT_OPTION_LEAD_MONTHS,
  DEFAULT_SPLITTING_CPV_DIGITS,
  OPTION_LEAD_MONTHS,
  phaseNormsFrom,
  SPLITTING_CPV_DIGITS,
  type NormPhase,
} from '../../core/index.js';
import type { HandlerContext } from '../context.js';

// The settings every area reads (by key in the settings table), and the
// two readings more than one area makes. Below the handlers: any may import it.

/** The setting the audit trail reads for "by whom". */
export const USER_NAME = 'userName';
/** The municipality: the buyer in an OCDS export, the contracting authority on a protocol. */
export const ORGANISATION_NAME = 'organisationName';
export const ORGANISATION_ORGNR = 'organisationOrgnr';
/** Where the office's retention plan says how long procurement records are kept (shown on every protocol). */
export const RETENTION_PLAN = 'retentionPlan';
/** The CPV digits that make a group for the splitting check (Innstillinger; the office's choice). */
export const SPLITTING_CPV_DIGITS_KEY = 'splittingCpvDigits';

/** The office's norm per phase in days (JSON; the phases not set keep their defaults, core/reference/phaseNorms.ts). */
export const PHASE_NORMS_KEY = 'phaseNorms';

export function phaseNorms(ctx: Pick<HandlerContext, 'repos'>): Record<NormPhase, number> {
  return phaseNormsFrom(ctx.repos.settings.get(PHASE_NORMS_KEY));
}

export function splittingDigits(ctx: Pick<HandlerContext, 'repos'>): number {
  const v = Number(ctx.repos.settings.get(SPLITTING_CPV_DIGITS_KEY));
  return (SPLITTING_CPV_DIGITS as readonly number[]).includes(v) ? v : DEFAULT_SPLITTING_CPV_DIGITS;
}

/** How many months before a period ends an option's decision date is suggested (Innstillinger; the office's choice). */
export const OPTION_LEAD_MONTHS_KEY = 'optionLeadMonths';

export function optionLeadMonths(ctx: Pick<HandlerContext, 'repos'>): number {
  const v = Number(ctx.repos.settings.get(OPTION_LEAD_MONTHS_KEY));
  return (OPTION_LEAD_MONTHS as readonly number[]).includes(v) ? v : DEFAULT_OPTION_LEAD_MONTHS;
}

/** Who a write is recorded as made by: the name set under Innstillinger, else the host's user. */
export function actorName(ctx: Pick<HandlerContext, 'repos' | 'actor' | 'caller'>): string {
  // On the office server the signed-in user, never the name one PC was given.
  return ctx.caller?.name ?? (ctx.repos.settings.get(USER_NAME) || ctx.actor);
}
