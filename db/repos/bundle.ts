import type Database from 'better-sqlite3';
import { caseNumberSortKey, FIRST_PHASE, norwegianSortKey } from '../../core/index.js';
import { bundleRoots, recordLabel, type RootSpec, type RootTable } from '../bundleTables.js';
import type { Db } from '../open.js';

// The exchange bundle's database side: reading records with everything
// linked to them, and writing another PC's records in, matched by uid.
// Nothing here decides a conflict; the caller passes the user's decisions.

type Row = Record<string, unknown>;

export interface BundleRecord {
  uid: string;
  row: Row;
  children: Record<string, Row[]>;
  audit: Row[];
}

export type BundleTables = Partial<Record<RootTable, BundleRecord[]>>;

/** A record written by `apply`: its local id, and whether it was added or replaced the one here. */
export interface WrittenRecord {
  table: RootTable;
  uid: string;
  id: number;
  action: 'added' | 'replaced';
}

/** A record's own bookkeeping: set by this register (a new id, version 1, now), never by a file. */
const BOOKKEEPING = ['id', 'version', 'created_at', 'updated_at'];
/** What follows from a record's other fields: computed here on import, whatever the file says. */
const DERIVED: Record<RootTable, string[]> = {
  suppliers: ['name_sort'],
  strategies: [],
  cases: ['case_number_sort', 'title_sort', 'registered_year', 'phase', 'phase_since', 'award_date'],
  dialogues: [],
  contracts: [],
};

/** The derived columns of a record, from its fields and rows (award dates and goal figures are rebuilt by the caller from all records). */
function derived(table: RootTable, row: Row, children: Record<string, Row[]>): Row {
  if (table === 'suppliers') return { name_sort: norwegianSortKey(String(row.name)) };
  if (table !== 'cases') return {};
  // The case is where its timeline has got to: the newest event (by date, then as recorded).
  const events = (children.case_events ?? [])
    .map((e, i) => ({ e, i }))
    .sort((a, b) => String(a.e.date).localeCompare(String(b.e.date)) || a.i - b.i);
  const last = events.at(-1)?.e;
  return {
    case_number_sort: caseNumberSortKey(String(row.case_number)),
    title_sort: norwegianSortKey(String(row.title)),
    registered_year: Number(String(row.registered_date).slice(0, 4)),
    phase: last?.phase ?? FIRST_PHASE,
    phase_since: last?.date ?? row.registered_date,
    award_date: null,
  };
}

export type RecordStatus = 'new' | 'same' | 'changed' | 'sameNumber' | 'missingParent';

export interface RecordVerdict {
  table: RootTable;
  uid: string;
  label: string;
  status: RecordStatus;
  /** For a change: the fields that differ (the record's own, or "<child table>"). */
  fields: string[];
  /** A supplier registered on both PCs (same organisation number): the local one it is. */
  localUid?: string;
}

/** A child row's own bookkeeping (its id, version, when it was written): not what anyone changed. */
const CHILD_LOCAL: ReadonlySet<string> = new Set(['id', 'version', 'created_at']);
/** Child rows as comparable text: in any order, their columns in any order, without their bookkeeping. */
const stable = (rows: Row[]) =>
  rows
    .map((r) =>
      JSON.stringify(
        Object.keys(r)
          .filter((k) => !CHILD_LOCAL.has(k))
          .sort()
          .map((k) => [k, r[k]]),
      ),
    )
    .sort();

/** Every table a bundle carries: the only names that may reach SQL here (a file's names are checked against this before). */
const BUNDLE_TABLES: ReadonlySet<string> = new Set(
  bundleRoots.flatMap((r) => [r.table, ...r.children.map((c) => c.table)]),
);

export class BundleRepo {
  private readonly sqlite: Database.Database;
  private readonly columns = new Map<string, string[]>();

  constructor(db: Db) {
    this.sqlite = db.$client;
  }

  private cols(table: string): string[] {
    if (!BUNDLE_TABLES.has(table)) throw new Error(`not a table a bundle carries: ${table.slice(0, 60)}`);
    let c = this.columns.get(table);
    if (!c) {
      c = (this.sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((x) => x.name);
      this.columns.set(table, c);
    }
    return c;
  }

  /** The schema version of this database (its user_version). */
  schemaVersion(): number {
    return this.sqlite.pragma('user_version', { simple: true }) as number;
  }

  /** Gives every record that lacks one (rows written by hand or by an old tool) its uid. */
  ensureUids(): void {
    for (const r of bundleRoots)
      this.sqlite.prepare(`UPDATE ${r.table} SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL`).run();
  }

  private uidMap(table: RootTable): Map<number, string> {
    return new Map(
      (this.sqlite.prepare(`SELECT id, uid FROM ${table}`).all() as { id: number; uid: string }[]).map((r) => [
        r.id,
        r.uid,
      ]),
    );
  }

  /** The ids to export: everything, or the chosen cases with their dialogue, contracts and every supplier they name. */
  private selection(caseIds: number[] | null): Record<RootTable, number[]> {
    const all = (t: RootTable) => this.sqlite.prepare(`SELECT id FROM ${t} ORDER BY id`).pluck().all() as number[];
    if (!caseIds)
      return {
        suppliers: all('suppliers'),
        strategies: all('strategies'),
        cases: all('cases'),
        dialogues: all('dialogues'),
        contracts: all('contracts'),
      };
    const ids = JSON.stringify(caseIds);
    const q = (sql: string) => this.sqlite.prepare(sql).pluck().all(ids) as number[];
    const cases = q('SELECT id FROM cases WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id');
    const dialogues = q('SELECT id FROM dialogues WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY id');
    const contracts = q('SELECT id FROM contracts WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY id');
    // One list of case ids, named once and used four times.
    const named = (sql: string) => this.sqlite.prepare(sql).pluck().all({ ids }) as number[];
    let found = named(`SELECT supplier_id FROM case_prequalified WHERE case_id IN (SELECT value FROM json_each(@ids))
      UNION SELECT ds.supplier_id FROM dialogue_suppliers ds JOIN dialogues d ON d.id = ds.dialogue_id WHERE d.case_id IN (SELECT value FROM json_each(@ids))
      UNION SELECT i.asked_by FROM dialogue_items i JOIN dialogues d ON d.id = i.dialogue_id WHERE i.asked_by IS NOT NULL AND d.case_id IN (SELECT value FROM json_each(@ids))
      UNION SELECT cs.supplier_id FROM contract_suppliers cs JOIN contracts k ON k.id = cs.contract_id WHERE k.case_id IN (SELECT value FROM json_each(@ids))`);
    // A merged supplier brings the one it was merged into.
    const merged = this.sqlite
      .prepare(
        'SELECT merged_into FROM suppliers WHERE id IN (SELECT value FROM json_each(?)) AND merged_into IS NOT NULL',
      )
      .pluck()
      .all(JSON.stringify(found)) as number[];
    found = [...new Set([...found, ...merged])].sort((a, b) => a - b);
    return { suppliers: found, strategies: [], cases, dialogues, contracts };
  }

  /** The records as the bundle carries them. Run inside a read transaction for a consistent copy. */
  read(caseIds: number[] | null): BundleTables {
    const sel = this.selection(caseIds);
    const uids = Object.fromEntries(bundleRoots.map((r) => [r.table, this.uidMap(r.table)])) as Record<
      RootTable,
      Map<number, string>
    >;
    const toUid = (t: RootTable, v: unknown) =>
      v === null || v === undefined ? null : (uids[t].get(v as number) ?? null);
    const out: BundleTables = {};
    for (const spec of bundleRoots) {
      const ids = sel[spec.table];
      const json = JSON.stringify(ids);
      const rows = this.sqlite
        .prepare(`SELECT * FROM ${spec.table} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`)
        .all(json) as Row[];
      const kids = spec.children.map((c) => ({
        c,
        rows: this.sqlite
          .prepare(`SELECT * FROM ${c.table} WHERE ${c.parent} IN (SELECT value FROM json_each(?))`)
          .all(json) as Row[],
      }));
      const audit = this.sqlite
        .prepare(
          'SELECT at, by, entity_id, method, changes FROM audit_log WHERE entity = ? AND entity_id IN (SELECT value FROM json_each(?)) ORDER BY id',
        )
        .all(spec.entity, json) as Row[];
      out[spec.table] = rows.map((r) => {
        const { id, ...row } = r;
        for (const [col, t] of Object.entries(spec.refs)) row[col] = toUid(t, row[col]);
        const children: Record<string, Row[]> = {};
        for (const { c, rows: cr } of kids) {
          children[c.table] = cr
            .filter((x) => x[c.parent] === id)
            .map((x) => {
              const { [c.parent]: _p, ...rest } = x;
              if (c.dropId) delete rest.id;
              for (const [col, t] of Object.entries(c.refs ?? {})) rest[col] = toUid(t, rest[col]);
              return rest;
            });
        }
        return {
          uid: row.uid as string,
          row,
          children,
          audit: audit.filter((a) => a.entity_id === id).map(({ entity_id: _e, ...a }) => a),
        };
      });
    }
    return out;
  }

  private compared(spec: RootSpec, row: Row): Row {
    return Object.fromEntries(Object.entries(row).filter(([k]) => !spec.local.includes(k)));
  }

  /**
   * What importing each record would do, before any decision. Linear in the
   * records of the bundle and the register: every lookup is a map read once.
   */
  analyse(tables: BundleTables): RecordVerdict[] {
    const local = this.read(null);
    const verdicts: RecordVerdict[] = [];
    const known = new Map<RootTable, Set<string>>();
    // The register's natural keys, read once: the live supplier of each organisation number, the case numbers in use.
    const liveByOrgnr = new Map(
      (
        this.sqlite.prepare('SELECT orgnr, uid FROM suppliers WHERE merged_into IS NULL').all() as {
          orgnr: string;
          uid: string;
        }[]
      ).map((r) => [r.orgnr, r.uid]),
    );
    const inUse: Partial<Record<RootTable, Set<unknown>>> = {
      suppliers: new Set(liveByOrgnr.keys()),
      cases: new Set(this.sqlite.prepare('SELECT case_number FROM cases').pluck().all()),
    };
    for (const spec of bundleRoots) {
      const mine = new Map((local[spec.table] ?? []).map((r) => [r.uid, r]));
      const seen = new Set(mine.keys());
      const inBundle = new Set((tables[spec.table] ?? []).map((x) => x.uid));
      const resolves = (t: RootTable, v: unknown) =>
        v === null ||
        v === undefined ||
        known.get(t)?.has(v as string) === true ||
        (t === spec.table && inBundle.has(v as string));
      for (const rec of tables[spec.table] ?? []) {
        const label = this.labelOf(spec, rec.row);
        const refsOk = Object.entries(spec.refs).every(([col, t]) => resolves(t, rec.row[col]));
        const kidRefsOk = spec.children.every((c) =>
          Object.entries(c.refs ?? {}).every(([col, t]) =>
            (rec.children[c.table] ?? []).every((k) => k[col] === null || known.get(t)?.has(k[col] as string)),
          ),
        );
        if (!refsOk || !kidRefsOk) {
          verdicts.push({ table: spec.table, uid: rec.uid, label, status: 'missingParent', fields: [] });
          continue;
        }
        let other = mine.get(rec.uid);
        let localUid: string | undefined;
        // A supplier is who its organisation number says: registered on both PCs, it is one supplier.
        if (!other && spec.table === 'suppliers') {
          const same = liveByOrgnr.get(rec.row.orgnr as string);
          if (same && rec.row.merged_into === null) {
            other = mine.get(same);
            localUid = same;
            seen.add(rec.uid);
          }
        }
        if (!other) {
          const clash = spec.naturalKey !== undefined && inUse[spec.table]?.has(rec.row[spec.naturalKey]) === true;
          const status = clash && !(spec.table === 'suppliers' && rec.row.merged_into !== null) ? 'sameNumber' : 'new';
          verdicts.push({ table: spec.table, uid: rec.uid, label, status, fields: [] });
          if (status === 'new') seen.add(rec.uid);
          continue;
        }
        const a = this.compared(spec, rec.row);
        const b = this.compared(spec, other.row);
        const fields = Object.keys({ ...a, ...b }).filter(
          (k) => JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null),
        );
        for (const c of spec.children)
          if (
            JSON.stringify(stable(rec.children[c.table] ?? [])) !==
            JSON.stringify(stable(other.children[c.table] ?? []))
          )
            fields.push(c.table);
        // The uid itself differs for a supplier matched by organisation number; that is not a change.
        const changed = fields.filter((f) => !(localUid && f === 'uid'));
        verdicts.push({
          table: spec.table,
          uid: rec.uid,
          label,
          status: changed.length ? 'changed' : 'same',
          fields: changed,
          ...(localUid ? { localUid } : {}),
        });
      }
      known.set(spec.table, seen);
    }
    return verdicts;
  }

  private labelOf(spec: RootSpec, row: Row): string {
    return recordLabel(spec, row);
  }

  /** The id here of a record known by its uid, or null. */
  localId(table: RootTable, uid: string): number | null {
    return (
      (this.sqlite.prepare(`SELECT id FROM ${table} WHERE uid = ?`).pluck().get(uid) as number | undefined) ?? null
    );
  }

  /** The uids of a kind of record in this register. */
  uids(table: RootTable): Set<string> {
    return new Set(this.sqlite.prepare(`SELECT uid FROM ${table} WHERE uid IS NOT NULL`).pluck().all() as string[]);
  }

  /** Each supplier in this register by uid, and the uid of the one it was merged into (null for none). */
  mergedInto(): Map<string, string | null> {
    const rows = this.sqlite
      .prepare(
        'SELECT s.uid, m.uid AS target FROM suppliers s LEFT JOIN suppliers m ON m.id = s.merged_into WHERE s.uid IS NOT NULL',
      )
      .all() as { uid: string; target: string | null }[];
    return new Map(rows.map((r) => [r.uid, r.target]));
  }

  /**
   * Writes the records the verdicts (from `analyse`, in the same
   * transaction) let in: new ones, and changed ones the user chose to take.
   * Must run in the caller's transaction, on records already checked
   * (service/bundleCheck.ts). A record's id and bookkeeping are this
   * register's, and what follows from its fields is computed, never taken
   * from the file. Returns how many of each table were added and replaced,
   * and each record written.
   */
  apply(
    tables: BundleTables,
    analysed: RecordVerdict[],
    take: (v: RecordVerdict) => boolean,
  ): { counts: Record<RootTable, { added: number; replaced: number }>; written: WrittenRecord[] } {
    const written: WrittenRecord[] = [];
    const verdicts = new Map(analysed.map((v) => [`${v.table}:${v.uid}`, v]));
    const ids = Object.fromEntries(
      bundleRoots.map((r) => [
        r.table,
        new Map(
          (this.sqlite.prepare(`SELECT uid, id FROM ${r.table}`).all() as { uid: string; id: number }[]).map((x) => [
            x.uid,
            x.id,
          ]),
        ),
      ]),
    ) as Record<RootTable, Map<string, number>>;
    const toId = (t: RootTable, v: unknown) =>
      v === null || v === undefined ? null : (ids[t].get(v as string) ?? null);
    const counts = Object.fromEntries(bundleRoots.map((r) => [r.table, { added: 0, replaced: 0 }])) as Record<
      RootTable,
      { added: number; replaced: number }
    >;
    for (const v of verdicts.values()) if (v.localUid) ids[v.table].set(v.uid, ids[v.table].get(v.localUid)!);
    // A supplier merged into another may come before it: the link is set once all are in. Until then it
    // points nowhere (-1), not to null: as merged, its number may be one a live supplier here has.
    const NOT_YET = -1;
    const merges: { uid: string; target: string }[] = [];
    for (const spec of bundleRoots) {
      const cols = this.cols(spec.table);
      for (const rec of tables[spec.table] ?? []) {
        const v = verdicts.get(`${spec.table}:${rec.uid}`)!;
        const replace = v.status === 'changed' && take(v);
        if (v.status !== 'new' && !replace) continue;
        const taken = Object.entries(rec.row).filter(
          ([k]) => cols.includes(k) && !BOOKKEEPING.includes(k) && !DERIVED[spec.table].includes(k),
        );
        const row: Row = { ...Object.fromEntries(taken), ...derived(spec.table, rec.row, rec.children) };
        for (const [col, t] of Object.entries(spec.refs)) {
          if (t === spec.table && row[col] !== null) {
            merges.push({ uid: rec.uid, target: row[col] as string });
            row[col] = NOT_YET;
          } else row[col] = toId(t, row[col]);
        }
        let id: number;
        if (v.status === 'new') {
          const keys = Object.keys(row);
          id = Number(
            this.sqlite
              .prepare(`INSERT INTO ${spec.table} (${keys.join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`)
              .run(row).lastInsertRowid,
          );
          ids[spec.table].set(rec.uid, id);
          counts[spec.table].added++;
          written.push({ table: spec.table, uid: rec.uid, id, action: 'added' });
        } else {
          id = ids[spec.table].get(rec.uid)!;
          const keys = Object.keys(row).filter((k) => k !== 'uid');
          this.sqlite
            .prepare(
              `UPDATE ${spec.table} SET ${keys.map((k) => `${k} = @${k}`).join(', ')}, version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = @id`,
            )
            .run({ ...row, id });
          written.push({ table: spec.table, uid: rec.uid, id, action: 'replaced' });
          for (const c of spec.children) this.sqlite.prepare(`DELETE FROM ${c.table} WHERE ${c.parent} = ?`).run(id);
          counts[spec.table].replaced++;
        }
        for (const c of spec.children) {
          const ccols = this.cols(c.table);
          for (const kid of rec.children[c.table] ?? []) {
            // A row's own id and version are this register's.
            const k: Row = Object.fromEntries(
              Object.entries(kid).filter(([x]) => ccols.includes(x) && x !== 'id' && x !== 'version'),
            );
            for (const [col, t] of Object.entries(c.refs ?? {})) k[col] = toId(t, k[col]);
            k[c.parent] = id;
            const keys = Object.keys(k);
            this.sqlite
              .prepare(`INSERT INTO ${c.table} (${keys.join(', ')}) VALUES (${keys.map((x) => `@${x}`).join(', ')})`)
              .run(k);
          }
        }
      }
    }
    for (const m of merges)
      this.sqlite
        .prepare('UPDATE suppliers SET merged_into = ? WHERE id = ?')
        .run(toId('suppliers', m.target), toId('suppliers', m.uid));
    return { counts, written };
  }

  /** Columns a bundle names that this database lacks: it was made by a newer Anskaff. */
  unknownColumns(tables: BundleTables): string[] {
    const out = new Set<string>();
    for (const spec of bundleRoots) {
      for (const rec of tables[spec.table] ?? []) {
        for (const k of Object.keys(rec.row)) if (!this.cols(spec.table).includes(k)) out.add(`${spec.table}.${k}`);
        for (const [t, kids] of Object.entries(rec.children))
          for (const kid of kids) for (const k of Object.keys(kid)) if (!this.cols(t).includes(k)) out.add(`${t}.${k}`);
      }
    }
    return [...out];
  }
}
