import { DONE, type HandlersFor } from '../session/handlers';
import type { Session } from '../session/session';
import { ClosureService } from './closureService';
import { PartnerService } from './partnerService';
import { PlanService } from './planService';
import { StructuralNotesService } from './structuralNotesService';

const plan = (session: Session) => new PlanService(session);
const partners = (session: Session) => new PartnerService(session);
const closures = (session: Session) => new ClosureService(session);
const structuralNotes = (session: Session) => new StructuralNotesService(session);

/** Channels of planning, the partner directory, closures and structural notes (issue 3). */
export function createPlanningHandlers(): HandlersFor<'plan' | 'partners' | 'closure' | 'structuralNotes'> {
  return {
    'plan:get': ({ caseId }, session) => plan(session).getPlan(caseId),
    'plan:saveAssessment': ({ caseId, assessment }, session) => {
      plan(session).saveAssessment(caseId, assessment);
      return DONE;
    },
    'plan:deleteAssessment': ({ caseId, field }, session) => {
      plan(session).deleteAssessment(caseId, field);
      return DONE;
    },
    'plan:addGoal': ({ caseId, goal }, session) => plan(session).addGoal(caseId, goal),
    'plan:updateGoal': ({ id, goal }, session) => {
      plan(session).updateGoal(id, goal);
      return DONE;
    },
    'plan:deleteGoal': ({ id }, session) => {
      plan(session).deleteGoal(id);
      return DONE;
    },
    'plan:addReferral': ({ caseId, referral }, session) => plan(session).addReferral(caseId, referral),
    'plan:updateReferral': ({ id, referral }, session) => {
      plan(session).updateReferral(id, referral);
      return DONE;
    },
    'plan:deleteReferral': ({ id }, session) => {
      plan(session).deleteReferral(id);
      return DONE;
    },
    'partners:list': ({ includeArchived }, session) => partners(session).listPartners(includeArchived ?? false),
    'partners:add': ({ partner }, session) => partners(session).addPartner(partner),
    'partners:update': ({ id, partner }, session) => {
      partners(session).updatePartner(id, partner);
      return DONE;
    },
    'partners:archive': ({ id, archived }, session) => {
      partners(session).setArchived(id, archived);
      return DONE;
    },
    'closure:close': ({ caseId, closure }, session) => closures(session).closeCase(caseId, closure),
    'closure:reopen': ({ caseId }, session) => {
      closures(session).reopenCase(caseId);
      return DONE;
    },
    'closure:list': ({ caseId }, session) => closures(session).listClosures(caseId),
    'structuralNotes:list': ({ year }, session) => structuralNotes(session).listNotes(year ?? null),
    'structuralNotes:add': ({ note }, session) => structuralNotes(session).addNote(note),
    'structuralNotes:delete': ({ id }, session) => {
      structuralNotes(session).deleteNote(id);
      return DONE;
    },
  };
}
