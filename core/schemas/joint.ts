import { z } from 'zod';
import { jointShareUnits } from '../rules/joint.js';
import { id, requiredLine } from './common.js';
import { OrgnrSchema } from './supplier.js';

/** Another contracting authority a case is run for: its name, organisation number, share of the whole value, and whether it leads. */
export const JointParticipantFieldsSchema = z
  .strictObject({
    name: requiredLine(160),
    orgnr: OrgnrSchema,
    shareUnit: z.enum(jointShareUnits),
    share: z.number(),
    lead: z.boolean().default(false),
  })
  .superRefine((p, ctx) => {
    if (p.shareUnit === 'pct' && (p.share <= 0 || p.share > 100 || Math.round(p.share * 100) !== p.share * 100))
      ctx.addIssue({ code: 'custom', path: ['share'], message: 'jointSharePct' });
    if (p.shareUnit === 'nok' && (!Number.isInteger(p.share) || p.share <= 0 || p.share > 1_000_000_000_000))
      ctx.addIssue({ code: 'custom', path: ['share'], message: 'jointShareNok' });
  });
export type JointParticipantFields = z.output<typeof JointParticipantFieldsSchema>;

export const JointAddSchema = z.strictObject({ caseId: id, participant: JointParticipantFieldsSchema });
/**
 * Corrects a participant: every field as the form holds it, checked as an
 * added one is, and (`was`) the participant as the form read it: a
 * participant changed by someone else since is refused (409), not overwritten.
 */
export const JointUpdateSchema = z.strictObject({
  id,
  was: z.strictObject({
    name: z.string(),
    orgnr: z.string(),
    shareUnit: z.enum(jointShareUnits),
    share: z.number(),
    lead: z.boolean(),
  }),
  participant: JointParticipantFieldsSchema,
});

export const JointParticipantSchema = z.object({
  id,
  caseId: id,
  name: z.string(),
  orgnr: z.string(),
  shareUnit: z.enum(jointShareUnits),
  share: z.number(),
  lead: z.boolean(),
  /** The share in NOK of the case's whole value. */
  shareNok: z.number().int(),
});
export type JointParticipant = z.output<typeof JointParticipantSchema>;

/** A case's participants and the split of its whole value: the office's own share derived. */
export const JointSchema = z.object({
  caseId: id,
  participants: z.array(JointParticipantSchema),
  /** The case's estimated value: the whole joint value, which decides the part of the regulation. */
  whole: z.number().int(),
  own: z.number().int(),
  ownPct: z.number(),
  /** NOK by which the other participants' shares exceed the whole value (the value was lowered after they were recorded). */
  over: z.number().int(),
  /** Whether the office leads (no other participant does). */
  officeLeads: z.boolean(),
});
export type Joint = z.output<typeof JointSchema>;
