import { AppError, ocdsRelease, type Output, type ParsedInput } from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { office, reads } from '../registry.js';
import { caseDetail } from './cases.js';
import { caseContracts } from './contracts.js';
import { ORGANISATION_NAME, ORGANISATION_ORGNR } from '../reads/settings.js';

/** OCDS 1.1: one release per case, built by core from the same case and contract views the screens show. */
function ocdsPackage(q: ParsedInput<'exchange.ocds'>, ctx: HandlerContext): Output<'exchange.ocds'> {
  const name = ctx.repos.settings.get(ORGANISATION_NAME);
  const orgnr = ctx.repos.settings.get(ORGANISATION_ORGNR);
  if (!name || !orgnr) throw new AppError('invalid_input', 'ocdsNeedsOrganisation');
  const ids = q.caseIds ?? ctx.repos.cases.idsRegistered(q.from!, q.to!);
  if (ids.length === 0) throw new AppError('not_found', 'ocdsNoCases');
  const releases = ids.map((id) => {
    const kase = caseDetail(ctx, id);
    const contracts = caseContracts(ctx, id);
    const fields = ctx.repos.protocols.get(id)?.fields ?? null;
    const notices = ctx.repos.notices.forCase(id);
    // The notices are the case's own records; a case with notices and no protocol still carries them.
    const protocol =
      fields || notices.length
        ? { participants: [], awardNoticeDate: null, standstillEndDate: null, ...fields, notices }
        : null;
    return ocdsRelease(kase, contracts, { name, orgnr }, q.ocidPrefix, protocol, ctx.repos.joint.forCase(id));
  });
  return {
    uri: `urn:anskaff:${q.ocidPrefix}:${new Date().toISOString()}`,
    version: '1.1',
    publishedDate: new Date().toISOString(),
    publisher: { name, scheme: 'NO-BRC', uid: orgnr },
    releases,
  };
}

export const exchangeMethods = {
  // Public data only (no confidential text), but every department's cases: the office's, not a need owner's.
  'exchange.ocds': reads(office)(ocdsPackage),
};
