import { z } from 'zod';
import { NOTICE_NUMBER, noticeKinds, noticePlatforms } from '../reference/notices.js';
import { id, isoDate, line, text } from './common.js';

/** A notice of a case: what it is, where it was published, its number there and when (core/reference/notices.ts). */
export const NoticeFieldsSchema = z
  .strictObject({
    kind: z.enum(noticeKinds),
    platform: z.enum(noticePlatforms),
    ref: line(40).min(1),
    date: isoDate,
    note: text(2_000).default(''),
  })
  .superRefine((n, ctx) => {
    if (n.ref && !NOTICE_NUMBER[n.platform].test(n.ref))
      ctx.addIssue({
        code: 'custom',
        path: ['ref'],
        message: n.platform === 'ted' ? 'noticeRefTed' : 'noticeRefDoffin',
      });
  });
export type NoticeFields = z.output<typeof NoticeFieldsSchema>;

export const NoticeAddSchema = z.strictObject({ caseId: id, notice: NoticeFieldsSchema });

export const NoticeSchema = z.object({
  id,
  caseId: id,
  kind: z.enum(noticeKinds),
  platform: z.enum(noticePlatforms),
  ref: z.string(),
  date: isoDate,
  note: z.string(),
});
export type Notice = z.output<typeof NoticeSchema>;
