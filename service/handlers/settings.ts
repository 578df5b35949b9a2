import { SETTINGS_RECORD_ID, type Output, type ParsedInput } from '../../core/index.js';
import { PAY_CONTROL_INTERVAL_KEY } from '../../db/index.js';
import type { HandlerContext } from '../context.js';
import {
  OPTION_LEAD_MONTHS_KEY,
  optionLeadMonths,
  ORGANISATION_NAME,
  ORGANISATION_ORGNR,
  PHASE_NORMS_KEY,
  phaseNorms,
  RETENTION_PLAN,
  SPLITTING_CPV_DIGITS_KEY,
  splittingDigits,
  USER_NAME,
} from '../reads/settings.js';
import { admins, anyone, reads, recorded, writes } from '../registry.js';

/** The settings as Innstillinger shows them (the audit trail's snapshot of the settings reads it too). */
export function settingsView(ctx: HandlerContext): Output<'settings.get'> {
  const s = ctx.repos.settings;
  const set = s.get(USER_NAME);
  return {
    userName: set || ctx.actor,
    userNameDefault: ctx.actor,
    userNameSet: Boolean(set),
    organisationName: s.get(ORGANISATION_NAME) ?? '',
    organisationOrgnr: s.get(ORGANISATION_ORGNR) ?? '',
    payControlIntervalMonths: ctx.repos.goals.controlInterval(),
    retentionPlan: s.get(RETENTION_PLAN) ?? '',
    splittingCpvDigits: splittingDigits(ctx),
    optionLeadMonths: optionLeadMonths(ctx),
    phaseNorms: phaseNorms(ctx),
  };
}

// The settings are one record: the name the trail records, the organisation (the buyer in OCDS and on protocols).
export const settingsMethods = {
  'settings.get': reads(anyone)((_: ParsedInput<'settings.get'>, ctx: HandlerContext): Output<'settings.get'> => {
    return settingsView(ctx);
  }),
  'settings.set': writes(
    admins,
    recorded('settings', { before: () => SETTINGS_RECORD_ID, after: () => SETTINGS_RECORD_ID }),
  )((q: ParsedInput<'settings.set'>, ctx: HandlerContext): Output<'settings.set'> => {
    ctx.tx(() => {
      if (q.userName !== undefined) ctx.repos.settings.set(USER_NAME, q.userName);
      if (q.organisationName !== undefined) ctx.repos.settings.set(ORGANISATION_NAME, q.organisationName);
      if (q.organisationOrgnr !== undefined) ctx.repos.settings.set(ORGANISATION_ORGNR, q.organisationOrgnr);
      if (q.retentionPlan !== undefined) ctx.repos.settings.set(RETENTION_PLAN, q.retentionPlan);
      if (q.splittingCpvDigits !== undefined)
        ctx.repos.settings.set(SPLITTING_CPV_DIGITS_KEY, String(q.splittingCpvDigits));
      if (q.optionLeadMonths !== undefined) ctx.repos.settings.set(OPTION_LEAD_MONTHS_KEY, String(q.optionLeadMonths));
      if (q.phaseNorms !== undefined)
        ctx.repos.settings.set(PHASE_NORMS_KEY, JSON.stringify({ ...phaseNorms(ctx), ...q.phaseNorms }));
      if (
        q.payControlIntervalMonths !== undefined &&
        q.payControlIntervalMonths !== ctx.repos.goals.controlInterval()
      ) {
        // Stored as text; '0' (no fixed interval) must not read as "not set".
        ctx.repos.settings.set(PAY_CONTROL_INTERVAL_KEY, String(q.payControlIntervalMonths));
        // The measure counts controls within the interval: every contract's facts change with it.
        ctx.repos.goals.rebuild();
      }
    });
    return settingsView(ctx);
  }),
};
