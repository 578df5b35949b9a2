import { z } from 'zod';
import { id, isoDate, nok, requiredText, text } from './common.js';
import { ThresholdPeriodSchema } from './reference.js';

/**
 * A period of threshold values the office enters itself (Innstillinger),
 * when an amending regulation is newer than the app's own data: the values
 * as the regulation gives them, its name or FOR number, and the date it
 * entered into force. Kroner excluding VAT.
 */
export const OfficeThresholdInputSchema = z.strictObject({
  validFrom: isoDate,
  minimum: nok,
  national: nok,
  eea: z.strictObject({ varer: nok, tjenester: nok, bygg_anlegg: nok, helse_sosial: nok, saerlige_tjenester: nok }),
  designContest: nok.nullable().default(null),
  /** The amending regulation, e.g. "FOR-2026-02-20-300", or the ministry's notice. */
  regulation: requiredText(200),
  url: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .max(500)
        .regex(/^https?:\/\/\S+$/, { message: 'urlFormat' }),
    ])
    .default(''),
  note: text(4_000).default(''),
});
export type OfficeThresholdInput = z.output<typeof OfficeThresholdInputSchema>;

export const ThresholdsViewSchema = z.object({
  /** As shipped with the app, each with its source. */
  shipped: z.array(ThresholdPeriodSchema),
  /** Entered by the office and in force (withdrawn ones are in the audit trail). */
  office: z.array(ThresholdPeriodSchema),
  /** The table the rules apply: both, each period ending where the next begins. */
  table: z.array(ThresholdPeriodSchema),
  checked: z.object({ until: z.string(), how: z.string() }),
});

export const OfficeThresholdWithdrawSchema = z.strictObject({ id });
