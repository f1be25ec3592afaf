import { z } from 'zod';
import { closureInputSchema, closureSchema } from './closure';
import { assessmentInputSchema, casePlanSchema, goalInputSchema, partnerInputSchema, partnerSchema, referralInputSchema } from './plan';
import { structuralNoteInputSchema, structuralNoteSchema } from './structuralNotes';
import { fieldOfActionSchema } from '../kernel/vocabulary';
import {
  ANY_ROLE,
  COUNSELLOR_ONLY,
  done,
  idSchema,
  type AreaContract,
  caseRecordSpecs,
  createdId,
  idInput,
  caseInput,
} from '../kernel/spec';
import { type PLANNING_CHANNELS } from './channels';

const goals = caseRecordSpecs(COUNSELLOR_ONLY, 'goal', goalInputSchema);
const referrals = caseRecordSpecs(COUNSELLOR_ONLY, 'referral', referralInputSchema);

export const planningContract = {
  // Planning: assessment per Handlungsfeld, goals, referrals.
  'plan:get': { access: COUNSELLOR_ONLY, input: caseInput, output: casePlanSchema },
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
  'plan:addGoal': goals.add,
  'plan:updateGoal': goals.update,
  'plan:deleteGoal': { access: COUNSELLOR_ONLY, input: idInput, output: done },
  'plan:addReferral': referrals.add,
  'plan:updateReferral': referrals.update,
  'plan:deleteReferral': { access: COUNSELLOR_ONLY, input: idInput, output: done },
  // Partner directory (organisations).
  'partners:list': {
    access: ANY_ROLE,
    input: z.strictObject({ includeArchived: z.boolean().optional() }),
    output: z.array(partnerSchema),
  },
  'partners:add': { access: ANY_ROLE, input: z.strictObject({ partner: partnerInputSchema }), output: createdId },
  'partners:update': { access: ANY_ROLE, input: z.strictObject({ id: idSchema, partner: partnerInputSchema }), output: done },
  'partners:archive': { access: ANY_ROLE, input: z.strictObject({ id: idSchema, archived: z.boolean() }), output: done },
  // Closing and reopening a case.
  'closure:close': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema, closure: closureInputSchema }),
    output: createdId,
  },
  'closure:reopen': { access: COUNSELLOR_ONLY, input: caseInput, output: done },
  'closure:list': { access: COUNSELLOR_ONLY, input: caseInput, output: z.array(closureSchema) },
  // Structural notes (Systemhinweise): anonymous, never linked to a case.
  'structuralNotes:list': {
    access: ANY_ROLE,
    input: z.strictObject({ year: z.number().int().min(2000).max(2100).optional() }),
    output: z.array(structuralNoteSchema),
  },
  'structuralNotes:add': {
    access: ANY_ROLE,
    input: z.strictObject({ note: structuralNoteInputSchema }),
    output: createdId,
  },
  'structuralNotes:delete': { access: ANY_ROLE, input: idInput, output: done },
} as const satisfies AreaContract<(typeof PLANNING_CHANNELS)[number]>;
