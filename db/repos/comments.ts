import type { Db } from '../open.js';
import { caseComments } from '../schema.js';
import { columns, p, sql, Statements } from '../sql.js';

/** A comment on a case as the case page shows it. */
const COMMENT = columns(caseComments, null, ['id', 'author', 'text', 'createdAt']);
export type CommentRow = (typeof COMMENT)['_row'];

const FOR_CASE = sql<{ caseId: number }>`
  SELECT ${COMMENT} FROM case_comments WHERE case_id = ${p('caseId')} ORDER BY id`.rows(COMMENT);
const INSERT = sql<{ caseId: number; author: string; text: string }>`
  INSERT INTO case_comments (case_id, author, text) VALUES (${p('caseId')}, ${p('author')}, ${p('text')}) RETURNING id`.rows<{
  id: number;
}>();

/** Comments on a case, oldest first. */
export class CommentsRepo {
  private readonly st: Statements;
  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  forCase(caseId: number): CommentRow[] {
    return this.st.all(FOR_CASE, { caseId });
  }

  insert(caseId: number, author: string, text: string): number {
    return this.st.get(INSERT, { caseId, author, text })!.id;
  }
}
