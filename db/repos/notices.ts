import type { Notice, NoticeFields } from '../../core/index.js';
import type { Db } from '../open.js';
import { caseNotices } from '../schema.js';
import { columns, insertOf, p, sql, Statements } from '../sql.js';

const NOTICE = columns(caseNotices, null, ['id', 'caseId', 'kind', 'platform', 'ref', 'date', 'note']);
const OF_CASE = sql<{ caseId: number }>`
  SELECT ${NOTICE} FROM case_notices WHERE case_id = ${p('caseId')} ORDER BY date, id`.rows(NOTICE);
const GET = sql<{ id: number }>`SELECT ${NOTICE} FROM case_notices WHERE id = ${p('id')}`.rows(NOTICE);
const INSERT = sql<NoticeFields & { caseId: number }>`
  INSERT INTO case_notices ${insertOf(caseNotices, ['caseId', 'kind', 'platform', 'ref', 'date', 'note'])}`;
const REMOVE = sql<{ id: number }>`DELETE FROM case_notices WHERE id = ${p('id')}`;
const ALL = sql`SELECT ${NOTICE} FROM case_notices ORDER BY case_id, date, id`.rows(NOTICE);
const AWARD_PUBLISHED = sql`SELECT DISTINCT case_id AS v FROM case_notices WHERE kind = 'award'`.rows<{ v: number }>();

/** A case's notices in Doffin and TED. */
export class NoticesRepo {
  private readonly st: Statements;
  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  forCase(caseId: number): Notice[] {
    return this.st.all(OF_CASE, { caseId });
  }

  /** Every case's notices, by case, oldest first (the case list's spreadsheet reads them at once). */
  byCase(): Map<number, Notice[]> {
    const m = new Map<number, Notice[]>();
    for (const n of this.st.all(ALL)) {
      const list = m.get(n.caseId);
      if (list) list.push(n);
      else m.set(n.caseId, [n]);
    }
    return m;
  }

  get(id: number): Notice | null {
    return this.st.get(GET, { id }) ?? null;
  }

  insert(caseId: number, n: NoticeFields): void {
    this.st.run(INSERT, { ...n, caseId });
  }

  remove(id: number): void {
    this.st.run(REMOVE, { id });
  }

  /** The cases whose contract award notice is recorded. */
  awardPublished(): Set<number> {
    return new Set(this.st.all(AWARD_PUBLISHED).map((r) => r.v));
  }
}
