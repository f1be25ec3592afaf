import type { HandlersFor } from '../kernel/handlers';
import type { ClosureService } from './closureService';
import type { PartnerService } from './partnerService';
import type { PlanService } from './planService';
import type { StructuralNotesService } from './structuralNotesService';

const done = { done: true } as const;

/** Channels of planning, the partner directory, closures and structural notes (issue 3). */
export function createPlanHandlers(services: {
  plan: PlanService;
  partners: PartnerService;
  closures: ClosureService;
  structuralNotes: StructuralNotesService;
}): HandlersFor<'plan' | 'partners' | 'closure' | 'structuralNotes'> {
  const { plan, partners, closures, structuralNotes } = services;
  return {
    'plan:get': ({ caseId }) => plan.getPlan(caseId),
    'plan:saveAssessment': ({ caseId, assessment }) => {
      plan.saveAssessment(caseId, assessment);
      return done;
    },
    'plan:deleteAssessment': ({ caseId, field }) => {
      plan.deleteAssessment(caseId, field);
      return done;
    },
    'plan:addGoal': ({ caseId, goal }) => plan.addGoal(caseId, goal),
    'plan:updateGoal': ({ id, goal }) => {
      plan.updateGoal(id, goal);
      return done;
    },
    'plan:deleteGoal': ({ id }) => {
      plan.deleteGoal(id);
      return done;
    },
    'plan:addReferral': ({ caseId, referral }) => plan.addReferral(caseId, referral),
    'plan:updateReferral': ({ id, referral }) => {
      plan.updateReferral(id, referral);
      return done;
    },
    'plan:deleteReferral': ({ id }) => {
      plan.deleteReferral(id);
      return done;
    },
    'partners:list': ({ includeArchived }) => partners.listPartners(includeArchived ?? false),
    'partners:add': ({ partner }) => partners.addPartner(partner),
    'partners:update': ({ id, partner }) => {
      partners.updatePartner(id, partner);
      return done;
    },
    'partners:archive': ({ id, archived }) => {
      partners.setArchived(id, archived);
      return done;
    },
    'closure:close': ({ caseId, closure }) => closures.closeCase(caseId, closure),
    'closure:reopen': ({ caseId }) => {
      closures.reopenCase(caseId);
      return done;
    },
    'closure:list': ({ caseId }) => closures.listClosures(caseId),
    'structuralNotes:list': ({ year }) => structuralNotes.listNotes(year ?? null),
    'structuralNotes:add': ({ note }) => structuralNotes.addNote(note),
    'structuralNotes:delete': ({ id }) => {
      structuralNotes.deleteNote(id);
      return done;
    },
  };
}
