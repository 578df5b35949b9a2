import { z } from 'zod';

const labelled = z.object({ code: z.string(), nb: z.string(), en: z.string() });

export const ReferenceDataSchema = z.object({
  phases: z.array(labelled.extend({ stage: z.string().nullable() })),
  procedures: z.array(labelled.extend({ ocds: z.string() })),
  kinds: z.array(labelled.extend({ ocds: z.string() })),
  themes: z.array(labelled),
  regimes: z.array(labelled.extend({ allowed: z.array(z.string()) })),
  thresholds: z.array(
    z.object({
      validFrom: z.string(),
      validTo: z.string(),
      minimum: z.number(),
      national: z.number(),
      eea: z.record(z.string(), z.number().nullable()),
      source: z.string(),
    }),
  ),
});
