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
// The numbers' shapes:
// - TED: the notice publication number, "123456-2024" or "00123456-2024"
//   (serial of up to eight digits, year): the eForms SDK's own pattern for
//   field OPP-010-notice "Notice Publication Number",
//   ^([0-9]{1,8})-(19|20)[0-9][0-9]$ (OP-TED/eForms-SDK, fields/fields.json,
//   SDK 1.16), read on 28.11.2026.
// - Doffin: "2023-100282" (year, serial), as Doffin's notices and a
//   published client of Doffin's notices API describe the id ("format:
//   year-number"; glama.ai, pipeworx-io/doffin, doffin_notice); Doffin's own
//   documentation of the format was not found, so this shape rests on those.
// The screen and the contract refuse any other shape.

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
