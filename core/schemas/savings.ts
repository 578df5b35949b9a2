import { z } from 'zod';
import { baselineKinds } from '../reference/savings.js';
import { themes } from '../reference/themes.js';
import { id, nok, text } from './common.js';

export const SavingSetSchema = z.strictObject({
  caseId: id,
  baselineKind: z.enum(baselineKinds),
  baselineValue: nok,
  awardedValue: nok,
  periodMonths: z.number().int().min(1).max(240),
  note: text(2_000).default(''),
});
export const RealisedSetSchema = z.strictObject({
  caseId: id,
  year: z.number().int().min(2000).max(2100),
  amount: z.number().int().min(-1e12).max(1e12),
  note: text(1_000).default(''),
});

export const CaseSavingSchema = z.object({
  caseId: id,
  saving: z
    .object({
      baselineKind: z.enum(baselineKinds),
      baselineValue: z.number(),
      awardedValue: z.number(),
      periodMonths: z.number().int(),
      note: z.string(),
      total: z.number(),
      perYear: z.number(),
    })
    .nullable(),
  realised: z.array(z.object({ year: z.number().int(), amount: z.number(), note: z.string() })),
  awardYear: z.number().int().nullable(),
  benefits: z.array(z.object({ theme: z.enum(themes), text: z.string() })),
});

/** Sets (or with empty text removes) the benefit described for one theme. */
export const BenefitSetSchema = z.strictObject({ caseId: id, theme: z.enum(themes), text: text(5_000) });

export const YearTotalsSchema = z.object({
  year: z.number().int(),
  casesHandled: z.number().int(),
  savedContractPeriod: z.number(),
  savedPerYear: z.number(),
  expected: z.number(),
  realised: z.number(),
});
/** `casesHandled`: the cases handled in any of the years, each counted once (the total row's figure). */
export const SavingsTotalsSchema = z.object({
  years: z.array(YearTotalsSchema),
  casesHandled: z.number().int(),
  sentence: z.string(),
});
