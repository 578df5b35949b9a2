import { UNRECORDED_FIELDS, type Output, type ParsedInput } from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { office, reads } from '../registry.js';

export const auditTrailMethods = {
  // Each field before and after, confidential text included: the office's own screens only.
  'audit.forRecord': reads(office, { internalOnly: true })(
    (q: ParsedInput<'audit.forRecord'>, ctx: HandlerContext): Output<'audit.forRecord'> =>
      ctx.repos.audit
        .forRecord(q.entity, q.id)
        .map((e) => ({ ...e, changes: e.changes.filter((c) => !UNRECORDED_FIELDS.has(c.field)) }))
        .filter((e) => e.changes.length > 0),
  ),
};
