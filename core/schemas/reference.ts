import { z } from 'zod';

export const ThresholdSourceSchema = z.object({
  regulation: z.string(),
  title: z.string(),
  provisions: z.string(),
  url: z.string(),
  confidence: z.enum(['verified', 'secondary', 'office']),
  note: z.string(),
});

/** A period of threshold values: shipped with the app or entered by the office, with its source. */
export const ThresholdPeriodSchema = z.object({
  validFrom: z.string(),
  validTo: z.string().nullable(),
  minimum: z.number(),
  national: z.number(),
  eea: z.record(z.string(), z.number().nullable()),
  designContest: z.number().nullable(),
  source: ThresholdSourceSchema,
  origin: z.enum(['shipped', 'office']),
  id: z.number().int().optional(),
  enteredBy: z.string().optional(),
  enteredAt: z.string().optional(),
});

const words = z.object({ nb: z.string(), nn: z.string(), en: z.string() });
const labelled = words.extend({ code: z.string() });

export const ReferenceDataSchema = z.object({
  phases: z.array(labelled.extend({ stage: z.string().nullable() })),
  procedures: z.array(labelled.extend({ ocds: z.string() })),
  kinds: z.array(labelled.extend({ ocds: z.string() })),
  themes: z.array(labelled),
  regimes: z.array(
    labelled.extend({ basis: z.string(), free: z.array(z.string()), grounded: z.record(z.string(), z.string()) }),
  ),
  grounds: z.array(labelled.extend({ set: z.string(), ref: words })),
  thresholds: z.array(ThresholdPeriodSchema),
  /** How far the shipped thresholds were checked against their sources. */
  thresholdsChecked: z.object({ until: z.string(), how: z.string() }),
});
