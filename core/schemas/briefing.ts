import { z } from 'zod';
import { locales } from '../i18n/locale.js';
import { briefingLengths, briefingParts, briefingSections, briefingVersions } from '../reference/briefing.js';
import { confidentialityBases, dialogueForms } from '../reference/dialogue.js';
import { goalMeasures } from '../reference/goals.js';
import { themes } from '../reference/themes.js';
import { kinds } from '../reference/kinds.js';
import { sanctions } from '../reference/contracts.js';
import { id, isoDate, line, requiredLine, text } from './common.js';
import { PhaseSchema, ProcedureSchema } from './case.js';

export const BriefingSpecSchema = z
  .strictObject({
    /** The municipality, as the cover names it. */
    organisation: line(120).default(''),
    title: requiredLine(200),
    from: isoDate,
    to: isoDate,
    /** The meeting the pack is for, e.g. "Formannskapet". */
    meeting: line(200).default(''),
    meetingDate: isoDate.nullable().default(null),
    version: z.enum(briefingVersions),
    sections: z
      .array(z.enum(briefingSections))
      .max(briefingSections.length)
      .default([...briefingSections])
      .refine((a) => new Set(a).size === a.length, { message: 'duplicateSections' }),
    highlights: z
      .array(z.strictObject({ caseId: id, text: text(3_000).default(''), confidential: z.boolean().default(false) }))
      .max(30)
      .default([]),
    /** The language the pack is printed in (a nynorsk council's pack), whatever the screen's; else the caller's. */
    lang: z.enum(locales).optional(),
    /** Short (the default; a spec saved before there was a choice loads as short) or full. */
    length: z.enum(briefingLengths).default('short'),
    /** The pack itself, or its appendix of all cases as a file of its own. */
    part: z.enum(briefingParts).default('pack'),
  })
  .refine((s) => s.to >= s.from, { message: 'periodEndsBeforeStart', path: ['to'] });
export type BriefingSpec = z.output<typeof BriefingSpecSchema>;

const count = z.array(z.object({ key: z.string(), n: z.number().int(), value: z.number() }));
const yearShares = z.object({
  year: z.number().int(),
  planning: z.number(),
  competition: z.number(),
  followup: z.number(),
  days: z.number(),
});

export const BriefingPackSchema = z.object({
  spec: BriefingSpecSchema,
  /** The day the figures were taken from the register. */
  asOf: isoDate,
  /** What the pack must say about the rules it applies: thresholds past their last check, values the office entered itself. */
  ruleNotes: z.array(z.string()),
  cover: z.object({
    /** How many pieces of confidential information the public version left out. */
    redactedCount: z.number().int(),
    /** The legal bases for what is confidential in the pack (closed version: printed on every page). */
    bases: z.array(z.enum(confidentialityBases)),
  }),
  summary: z.object({
    sentences: z.array(z.string()),
    casesHandled: z.number().int(),
    savedPeriod: z.number(),
    savedFourYears: z.number(),
    previous: z.object({ from: isoDate, to: isoDate, casesHandled: z.number().int(), savedPeriod: z.number() }),
    /** Realised savings recorded for the period's years; expected savings resting on the office's own estimate as baseline. */
    realisedPeriod: z.number(),
    estimateBased: z.number(),
    /** Cases handled in the period run jointly with other contracting authorities: their values and savings above count the office's own share only. */
    jointCases: z.number().int().optional(),
    /** Cases awarded in the period by where they stand against FOA § 7-9: exempt ones are not failures, those notified before 2024 are outside it. */
    climate: z.object({
      met: z.number().int(),
      notMet: z.number().int(),
      exempt: z.number().int(),
      outside: z.number().int(),
    }),
  }),
  goals: z
    .object({
      strategyTitle: z.string(),
      years: z.array(z.number().int()),
      /** Joint cases awarded in these years with a saving: the savings goal counts their whole saving, as Strategi does. */
      jointSavingCases: z.number().int().optional(),
      goals: z.array(
        z.object({
          measure: z.enum(goalMeasures),
          theme: z.enum(themes),
          title: z.string(),
          target: z.number(),
          values: z.array(
            z.object({
              year: z.number().int(),
              value: z.number().nullable(),
              status: z.enum(['met', 'on_track', 'behind', 'no_data']),
            }),
          ),
        }),
      ),
    })
    .nullable(),
  phaseTimes: z.object({
    stats: z.array(
      z.object({ phase: PhaseSchema, n: z.number().int(), median: z.number(), p25: z.number(), p75: z.number() }),
    ),
    sharesByYear: z.array(yearShares),
  }),
  portfolio: z.object({ byPhase: count, byProcedure: count, byDepartment: count, byTheme: count }),
  dialogue: z.object({
    total: z.number().int(),
    byForm: z.array(z.object({ form: z.enum(dialogueForms), n: z.number().int() })),
    /** The most recent activities (at most BRIEFING_LIST_LIMIT); `total` says how many there were. */
    activities: z.array(
      z.object({
        date: isoDate,
        caseNumber: z.string(),
        caseTitle: z.string(),
        form: z.enum(dialogueForms),
        title: z.string(),
        invited: z.number().int(),
        attended: z.number().int(),
        outcome: z.string().nullable(),
        /** The legal basis of an outcome left out (the public version says it under the table). */
        outcomeBasis: z.enum(confidentialityBases).nullable().default(null),
      }),
    ),
  }),
  plan: z.array(
    z.object({
      year: z.number().int(),
      quarter: z.number().int(),
      /** The quarter's value: a joint case counts at the office's own share (its row gives the whole). */
      value: z.number(),
      /** Cases in the quarter; `cases` holds the largest of them (at most PLAN_QUARTER_LIMIT). */
      n: z.number().int(),
      /** Joint cases among the quarter's cases. */
      jointCases: z.number().int().optional(),
      cases: z.array(
        z.object({
          caseNumber: z.string(),
          title: z.string(),
          department: z.string(),
          plannedNoticeDate: isoDate,
          estimatedValue: z.number(),
        }),
      ),
    }),
  ),
  contracts: z.object({
    options: z.number().int(),
    expiries: z.number().int(),
    overdue: z.number().int(),
    /** The earliest deadlines, overdue first (at most BRIEFING_LIST_LIMIT). */
    rows: z.array(
      z.object({
        kind: z.enum(['option', 'expiry', 'control']),
        date: isoDate,
        overdue: z.boolean(),
        contractTitle: z.string(),
        caseNumber: z.string(),
        owner: z.string(),
        optionSeq: z.number().int().nullable(),
      }),
    ),
    /**
     * Frameworks at 80 % or more of their maximum, or ending within the pack's
     * horizon (contracts.frameworkSpend's rows): the highest share first.
     * Optional so packs recorded before it was added still read.
     */
    frameworks: z
      .array(
        z.object({
          contractTitle: z.string(),
          caseNumber: z.string(),
          owner: z.string(),
          currentEnd: isoDate,
          /** The larger of the value's and the quantity's share of the maximum (null: no maximum recorded). */
          share: z.number().nullable(),
          level: z.enum(['none', 'warning', 'reached']),
          /** Ends within the pack's horizon. */
          ending: z.boolean(),
          /** A joint procurement: the maximum is the whole agreement's, the call-offs those recorded in Anskaff. */
          joint: z.boolean().optional(),
        }),
      )
      .optional(),
  }),
  payConditions: z.object({
    covered: z.number().int(),
    assessed: z.number().int(),
    controlled: z.number().int(),
    controlsTotal: z.number().int(),
    /** The most recent controls and sanctions (at most BRIEFING_LIST_LIMIT). */
    controls: z.array(
      z.object({
        date: isoDate,
        contractTitle: z.string(),
        caseNumber: z.string(),
        findings: z.string().nullable(),
        reportWritten: z.boolean(),
        sanction: z.enum(sanctions).nullable(),
      }),
    ),
  }),
  highlights: z.array(
    z.object({
      caseNumber: z.string(),
      title: z.string(),
      department: z.string(),
      phase: PhaseSchema,
      estimatedValue: z.number(),
      /** The value of the case's contracts together, where it has any. */
      contractValue: z.number().nullable().default(null),
      /** A joint case: the office's own share of the estimated value, which is the whole joint value (core/rules/joint.ts). */
      ownValue: z.number().optional(),
      kind: z.enum(kinds),
      text: z.string().nullable(),
    }),
  ),
  appendix: z.array(
    z.object({
      caseNumber: z.string(),
      title: z.string(),
      department: z.string(),
      procedure: ProcedureSchema.nullable(),
      phase: PhaseSchema,
      estimatedValue: z.number(),
      /** The case's notices by their numbers, "Doffin 2026-104233" (core/reference/notices.ts). */
      notices: z.array(z.string()).optional(),
      /** A joint case's other contracting authorities with their shares, and the office's own share of the value (core/rules/joint.ts). */
      joint: z.array(z.string()).optional(),
      ownValue: z.number().optional(),
      /** Open complaints and standing injunctions, in the closed version only: "Klage til KOFA 2026/0412 (Lade AS)". */
      complaints: z.array(z.string()).optional(),
    }),
  ),
});
export type BriefingPack = z.output<typeof BriefingPackSchema>;

/** A pack made and recorded: its hash and size are of the file the service made (service/briefing/export.ts); no caller gives them. */
export const SavedPackSchema = z.object({
  id,
  createdAt: z.string(),
  by: z.string(),
  title: z.string(),
  from: isoDate,
  to: isoDate,
  meeting: z.string(),
  meetingDate: isoDate.nullable(),
  version: z.enum(briefingVersions),
  format: z.enum(['pdf', 'docx']),
  sha256: z.string(),
  bytes: z.number().int(),
});

/** A request for a pack as a file (the hosts' export endpoint): the spec is checked by briefing.build. */
export const BriefingExportSchema = z.strictObject({
  spec: z.unknown(),
  format: z.enum(['pdf', 'docx']),
  /** The pack, or its appendix of all cases as a file of its own (the same route with part=appendix). */
  part: z.enum(briefingParts).default('pack'),
  /** Enter the pack among the packs made (a preview is not recorded). */
  record: z.boolean().default(false),
});
export type SavedPack = z.output<typeof SavedPackSchema>;
