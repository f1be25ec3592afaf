import { z } from 'zod';
import { datesInOrder, isoDateSchema } from '../kernel/dates';
import {
  fieldOfActionSchema,
  goalStatusSchema,
  offerKindSchema,
  partnerKindSchema,
  prioritySchema,
  referralResultSchema,
} from '../kernel/vocabulary';

/**
 * Planning and follow-up of a case (assessment per Handlungsfeld, goals, referrals) and the partner
 * directory. Shared by the contract (core) and the forms (renderer); messages are i18n keys.
 * Rules that need today's date (nothing agreed in the future) are checked in the core.
 */
const requiredText = (max: number) =>
  z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(max, 'validation.tooLong');
const text = (max: number) => z.string({ message: 'validation.invalid' }).trim().max(max, 'validation.tooLong');

/** Assessment of one Handlungsfeld; saving replaces the field's previous assessment. */
export const assessmentInputSchema = z.strictObject({
  field: fieldOfActionSchema,
  resources: text(4000),
  needs: text(4000),
  /** Whether there is a need in this field (statistics indicator 8), independent of the wording. */
  hasNeed: z.boolean({ message: 'validation.required' }),
  priority: prioritySchema.nullable(),
});
export type AssessmentInput = z.infer<typeof assessmentInputSchema>;

export const assessmentSchema = assessmentInputSchema.safeExtend({ updatedAt: z.string() });
export type Assessment = z.infer<typeof assessmentSchema>;

export const goalInputSchema = z
  .strictObject({
    field: fieldOfActionSchema,
    wording: requiredText(1000),
    agreedOn: isoDateSchema.nullable(),
    targetDate: isoDateSchema.nullable(),
    status: goalStatusSchema,
  })
  .refine(...datesInOrder('agreedOn', 'targetDate', 'validation.targetBeforeAgreed'));
export type GoalInput = z.infer<typeof goalInputSchema>;

export const goalSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  field: fieldOfActionSchema,
  wording: z.string(),
  agreedOn: z.string().nullable(),
  targetDate: z.string().nullable(),
  status: goalStatusSchema,
  updatedAt: z.string(),
});
export type Goal = z.infer<typeof goalSchema>;

export const referralInputSchema = z.strictObject({
  partnerId: z.string({ message: 'validation.required' }).min(1, 'validation.required').max(64, 'validation.invalid'),
  offerKind: offerKindSchema,
  referredOn: isoDateSchema,
  result: referralResultSchema,
  /** When the offer actually began (for the median wait in the statistics); absent or null while not begun. */
  startedOn: isoDateSchema.nullable().optional(),
  /** What exactly was arranged (course name, appointment); shown in the case only, never exported. */
  note: text(2000),
  /**
   * The explicit choice to refer without a valid release from confidentiality for this partner. The
   * core insists on it when no valid release exists and stores it false when one does.
   */
  withoutRelease: z.boolean({ message: 'validation.invalid' }),
});
export type ReferralInput = z.infer<typeof referralInputSchema>;

export const referralSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  partnerId: z.string().nullable(),
  partnerName: z.string().nullable(),
  partnerArchived: z.boolean(),
  offerKind: offerKindSchema,
  referredOn: z.string(),
  result: referralResultSchema,
  startedOn: z.string().nullable(),
  note: z.string(),
  /** true: saved without a valid release; false: one existed; null: saved before this was asked. */
  withoutRelease: z.boolean().nullable(),
  updatedAt: z.string(),
});
export type Referral = z.infer<typeof referralSchema>;

export const casePlanSchema = z.object({
  caseId: z.string(),
  caseCode: z.string(),
  /** One per assessed Handlungsfeld, in the vocabulary's order. */
  assessments: z.array(assessmentSchema),
  goals: z.array(goalSchema),
  referrals: z.array(referralSchema),
});
export type CasePlan = z.infer<typeof casePlanSchema>;

/** A partner organisation (never a person: the contact is a note such as "Zentrale, Di/Do"). */
export const partnerInputSchema = z.strictObject({
  name: requiredText(160),
  kind: partnerKindSchema,
  contact: text(1000),
});
export type PartnerInput = z.infer<typeof partnerInputSchema>;

export const partnerSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: partnerKindSchema,
  contact: z.string(),
  archived: z.boolean(),
  /** How many referrals name this partner (an archived partner keeps them). */
  referralCount: z.number().int(),
  createdAt: z.string(),
});
export type Partner = z.infer<typeof partnerSchema>;
