import { z } from 'zod';
import {
  caseDetailSchema,
  caseFieldsSchema,
  caseSummarySchema,
  dashboardDeadlineSchema,
  dashboardLimitsSchema,
  journalInputSchema,
  searchHitSchema,
  statusInputSchema,
} from '../../domain/cases';
import { isoDateSchema } from '../../domain/dates';
import { closureInputSchema, closureSchema } from '../../domain/closure';
import {
  assessmentInputSchema,
  casePlanSchema,
  goalInputSchema,
  partnerInputSchema,
  partnerSchema,
  referralInputSchema,
} from '../../domain/plan';
import { preferenceKeySchema, preferenceSchema } from '../../domain/prefs';
import { structuralNoteInputSchema, structuralNoteSchema } from '../../domain/structuralNotes';
import { fieldOfActionSchema } from '../../domain/vocabulary';
import { accessReasonSchema } from '../../domain/audit';
import { ANY_ROLE, COUNSELLOR_ONLY, done, idSchema, type AreaContract } from '../spec';

const caseWarningSchema = z.enum(['ageOutsideRange']);

/** Case notebook (issue 3): cases, status history, deadlines, journal, planning, search. */
export const casesContract = {
  'cases:list': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ includeClosed: z.boolean().optional() }),
    output: z.array(caseSummarySchema),
  },
  'cases:create': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ fields: caseFieldsSchema }),
    output: z.object({ id: z.string(), code: z.string(), warnings: z.array(caseWarningSchema) }),
  },
  'cases:get': {
    access: COUNSELLOR_ONLY,
    // A colleague's case opens only with a reason (break-the-glass, issue 4); without one: REASON_REQUIRED.
    input: z.strictObject({ id: idSchema, access: accessReasonSchema.optional() }),
    output: caseDetailSchema,
  },
  'cases:update': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ id: idSchema, fields: caseFieldsSchema }),
    output: z.object({ warnings: z.array(caseWarningSchema) }),
  },
  'status:add': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema, status: statusInputSchema }),
    output: z.object({ id: z.string() }),
  },
  'status:delete': { access: COUNSELLOR_ONLY, input: z.strictObject({ id: idSchema }), output: done },
  'training:add': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({
      caseId: idSchema,
      startsOn: isoDateSchema,
      description: z.string().trim().max(200, 'validation.tooLong').nullable(),
    }),
    output: z.object({ id: z.string() }),
  },
  'training:delete': { access: COUNSELLOR_ONLY, input: z.strictObject({ id: idSchema }), output: done },
  'deadlines:list': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({
      scope: z.enum(['mine', 'all']),
      /** Rows per bucket (default DASHBOARD_DEFAULT_LIMIT); the dashboard asks for more on "weitere anzeigen". */
      limits: dashboardLimitsSchema.optional(),
    }),
    output: z.object({
      today: z.string(),
      /** Overdue, this week, next 30 days: earliest first, capped per bucket. */
      items: z.array(dashboardDeadlineSchema),
      /** Every bucket's size, the later ones included (they are listed with their case only). */
      counts: z.object({ overdue: z.number().int(), thisWeek: z.number().int(), next30Days: z.number().int(), later: z.number().int() }),
    }),
  },
  'deadlines:add': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({
      caseId: idSchema,
      kind: z.enum(['appointment', 'task']),
      title: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
      dueOn: isoDateSchema,
    }),
    output: z.object({ id: z.string() }),
  },
  'deadlines:resolve': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({
      id: idSchema,
      state: z.enum(['done', 'dismissed']),
      reason: z.string().trim().max(500, 'validation.tooLong').nullable(),
    }),
    output: done,
  },
  'journal:add': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema, entry: journalInputSchema }),
    output: z.object({ id: z.string() }),
  },
  'journal:update': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ id: idSchema, entry: journalInputSchema }),
    output: done,
  },
  'journal:delete': { access: COUNSELLOR_ONLY, input: z.strictObject({ id: idSchema }), output: done },
  'search:query': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ text: z.string().max(200, 'validation.tooLong') }),
    output: z.array(searchHitSchema),
  },

  // Planning: assessment per Handlungsfeld, goals, referrals.
  'plan:get': { access: COUNSELLOR_ONLY, input: z.strictObject({ caseId: idSchema }), output: casePlanSchema },
  'plan:saveAssessment': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema, assessment: assessmentInputSchema }),
    output: done,
  },
  'plan:deleteAssessment': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema, field: fieldOfActionSchema }),
    output: done,
  },
  'plan:addGoal': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema, goal: goalInputSchema }),
    output: z.object({ id: z.string() }),
  },
  'plan:updateGoal': { access: COUNSELLOR_ONLY, input: z.strictObject({ id: idSchema, goal: goalInputSchema }), output: done },
  'plan:deleteGoal': { access: COUNSELLOR_ONLY, input: z.strictObject({ id: idSchema }), output: done },
  'plan:addReferral': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema, referral: referralInputSchema }),
    output: z.object({ id: z.string() }),
  },
  'plan:updateReferral': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ id: idSchema, referral: referralInputSchema }),
    output: done,
  },
  'plan:deleteReferral': { access: COUNSELLOR_ONLY, input: z.strictObject({ id: idSchema }), output: done },

  // Partner directory (organisations).
  'partners:list': {
    access: ANY_ROLE,
    input: z.strictObject({ includeArchived: z.boolean().optional() }),
    output: z.array(partnerSchema),
  },
  'partners:add': { access: ANY_ROLE, input: z.strictObject({ partner: partnerInputSchema }), output: z.object({ id: z.string() }) },
  'partners:update': { access: ANY_ROLE, input: z.strictObject({ id: idSchema, partner: partnerInputSchema }), output: done },
  'partners:archive': { access: ANY_ROLE, input: z.strictObject({ id: idSchema, archived: z.boolean() }), output: done },

  // Closing and reopening a case.
  'closure:close': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema, closure: closureInputSchema }),
    output: z.object({ id: z.string() }),
  },
  'closure:reopen': { access: COUNSELLOR_ONLY, input: z.strictObject({ caseId: idSchema }), output: done },
  'closure:list': { access: COUNSELLOR_ONLY, input: z.strictObject({ caseId: idSchema }), output: z.array(closureSchema) },

  // Structural notes (Systemhinweise): anonymous, never linked to a case.
  'structuralNotes:list': {
    access: ANY_ROLE,
    input: z.strictObject({ year: z.number().int().min(2000).max(2100).optional() }),
    output: z.array(structuralNoteSchema),
  },
  'structuralNotes:add': {
    access: ANY_ROLE,
    input: z.strictObject({ note: structuralNoteInputSchema }),
    output: z.object({ id: z.string() }),
  },
  'structuralNotes:delete': { access: ANY_ROLE, input: z.strictObject({ id: idSchema }), output: done },

  // Per-user UI preferences, stored in the vault.
  'prefs:get': { access: ANY_ROLE, input: z.strictObject({ key: preferenceKeySchema }), output: preferenceSchema },
  'prefs:set': { access: ANY_ROLE, input: preferenceSchema, output: done },
} as const satisfies AreaContract;
