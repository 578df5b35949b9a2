import type { CodeDef } from './codeName.js';

// The notices a case publishes, each with its number in Doffin (the national
// database) or TED (the EU's Tenders Electronic Daily, for notices above the
// EEA thresholds), and the OCDS document type each is carried as.
//
// - Contract notice (kunngjøring av konkurranse) and corrections: OCDS
//   tender.documents, "tenderNotice".
// - Voluntary ex-ante transparency notice (intensjonskunngjøring): the
//   notice of the intention to award a contract without a prior notice
//   (remedies directive 2007/66/EC art. 2d (4)); OCDS tender.documents,
//   "tenderNotice" (the OCDS 1.1 code list has no code of its own for it).
// - Contract award notice (kunngjøring av konkurranseresultat), due within
//   30 days of signing in Del III (FOA § 21-6; core/reference/standstill.ts):
//   OCDS awards[].documents, "awardNotice".
//
// The numbers' shapes: Doffin since 2023 "2024-123456" (year, serial), TED
// "123456-2024" or with eForms "00123456-2024" (serial, year), as published
// notices show them; neither service's documentation of the format was found
// to check against (the screen and the contract refuse any other shape).

export const noticeKindDefs = [
  {
    code: 'contract',
    nb: 'Kunngjøring av konkurranse',
    nn: 'Kunngjering av konkurranse',
    en: 'Contract notice',
    ocds: 'tenderNotice',
  },
  { code: 'correction', nb: 'Rettelse', nn: 'Retting', en: 'Correction', ocds: 'tenderNotice' },
  {
    code: 'intention',
    nb: 'Intensjonskunngjøring (direkte anskaffelse)',
    nn: 'Intensjonskunngjering (direkte anskaffing)',
    en: 'Voluntary ex-ante transparency notice (direct award)',
    ocds: 'tenderNotice',
  },
  {
    code: 'award',
    nb: 'Kunngjøring av konkurranseresultat',
    nn: 'Kunngjering av konkurranseresultat',
    en: 'Contract award notice',
    ocds: 'awardNotice',
  },
] as const satisfies readonly (CodeDef & { ocds: string })[];
export type NoticeKind = (typeof noticeKindDefs)[number]['code'];
export const noticeKinds = noticeKindDefs.map((d) => d.code) as unknown as readonly [NoticeKind, ...NoticeKind[]];

export const noticePlatformDefs = [
  { code: 'doffin', nb: 'Doffin', nn: 'Doffin', en: 'Doffin' },
  { code: 'ted', nb: 'TED', nn: 'TED', en: 'TED' },
] as const satisfies readonly CodeDef[];
export type NoticePlatform = (typeof noticePlatformDefs)[number]['code'];
export const noticePlatforms = noticePlatformDefs.map((d) => d.code) as unknown as readonly [
  NoticePlatform,
  ...NoticePlatform[],
];

/** A number as each service gives it: Doffin "2024-123456", TED "123456-2024" (eForms "00123456-2024"). */
export const NOTICE_NUMBER: Record<NoticePlatform, RegExp> = {
  doffin: /^(19|20)\d{2}-\d{1,8}$/,
  ted: /^\d{1,8}-(19|20)\d{2}$/,
};
