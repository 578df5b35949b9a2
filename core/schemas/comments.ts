import { z } from 'zod';
import { id } from './common.js';

/** A comment on a case between the office and the case's department: who wrote it, when, and what. */
export const CaseCommentSchema = z.object({ id, author: z.string(), text: z.string(), createdAt: z.string() });
export const CommentAddSchema = z.strictObject({ caseId: id, text: z.string().trim().min(1).max(4_000) });
