import { SETTINGS_RECORD_ID, type AuditEntity, type ChangeEvent, type Method } from '../core/index.js';
import type { AuditTrait } from './registry.js';

// Which records a write changed, told to whoever listens (the hosts' `GET
// /events`) once its transaction has committed. Derived from the method's
// audit trait, as the audit trail is: the one record of `recorded`, each
// record a `recordsItself` handler records through `ctx.audit`, the settings
// of a host method; a write on no record says so with entity and id null.

/** More records than this in one write (an import, a bundle) are told as one event per kind of record. */
export const MAX_EVENTS_PER_WRITE = 50;

export type ChangeListener = (event: ChangeEvent) => void;

/** The records one write touched, as its trait and its `ctx.audit` entries say. */
export class WriteRecords {
  private readonly seen = new Map<string, { entity: AuditEntity; id: number }>();

  add(entity: AuditEntity, id: number): void {
    this.seen.set(`${entity}:${id}`, { entity, id });
  }

  /** The events of a write that succeeded: by its trait, and the records its handler recorded itself. */
  events(
    method: Method,
    audit: AuditTrait,
    io: { input: Record<string, unknown>; output: unknown },
    by: string,
    at: string,
  ): ChangeEvent[] {
    if (audit.kind === 'record') {
      const id = audit.after({ input: io.input, output: (io.output ?? {}) as Record<string, unknown> });
      return [{ entity: audit.entity, id, method, by, at }];
    }
    if (audit.kind === 'host') return [{ entity: audit.entity, id: SETTINGS_RECORD_ID, method, by, at }];
    if (audit.kind === 'none') return [{ entity: null, id: null, method, by, at }];
    const records = [...this.seen.values()];
    if (records.length > MAX_EVENTS_PER_WRITE)
      return [...new Set(records.map((r) => r.entity))].map((entity) => ({ entity, id: null, method, by, at }));
    return records.map(({ entity, id }) => ({ entity, id, method, by, at }));
  }
}

/** The listeners of one service: each hears every committed write; one that throws does not stop the others. */
export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();

  constructor(private readonly log: (msg: string, err?: unknown) => void) {}

  listen(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  emit(events: readonly ChangeEvent[]): void {
    for (const e of events)
      for (const l of this.listeners) {
        try {
          l(e);
        } catch (err) {
          this.log('anskaff: a change listener failed', err);
        }
      }
  }
}
