import type { Method } from './contract.js';
import type { AuditEntity } from './rules/audit.js';

/**
 * Which record a write changed, sent after its transaction commits (the
 * service's `onChange`; the office server's and the browser host's
 * `GET /events`, `event: changed`), so other screens refresh what they show.
 * `entity` and `id` are null for a write that is not on one record (the demo
 * data, or too many records at once: then one event per kind, id null).
 */
export interface ChangeEvent {
  entity: AuditEntity | null;
  id: number | null;
  method: Method;
  /** Who wrote it, as the audit trail names them. */
  by: string;
  /** When it was committed (ISO 8601, UTC). */
  at: string;
}
