import { doneAfter, type HandlersFor } from '../session/handlers';
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
    'plan:saveAssessment': ({ caseId, assessment }, session) => doneAfter(() => plan(session).saveAssessment(caseId, assessment)),
    'plan:deleteAssessment': ({ caseId, field }, session) => doneAfter(() => plan(session).deleteAssessment(caseId, field)),
    'plan:addGoal': ({ caseId, goal }, session) => plan(session).addGoal(caseId, goal),
    'plan:updateGoal': ({ id, goal }, session) => doneAfter(() => plan(session).updateGoal(id, goal)),
    'plan:deleteGoal': ({ id }, session) => doneAfter(() => plan(session).deleteGoal(id)),
    'plan:addReferral': ({ caseId, referral }, session) => plan(session).addReferral(caseId, referral),
    'plan:updateReferral': ({ id, referral }, session) => doneAfter(() => plan(session).updateReferral(id, referral)),
    'plan:deleteReferral': ({ id }, session) => doneAfter(() => plan(session).deleteReferral(id)),
    'partners:list': ({ includeArchived }, session) => partners(session).listPartners(includeArchived ?? false),
    'partners:add': ({ partner }, session) => partners(session).addPartner(partner),
    'partners:update': ({ id, partner }, session) => doneAfter(() => partners(session).updatePartner(id, partner)),
    'partners:archive': ({ id, archived }, session) => doneAfter(() => partners(session).setArchived(id, archived)),
    'closure:close': ({ caseId, closure }, session) => closures(session).closeCase(caseId, closure),
    'closure:reopen': ({ caseId }, session) => doneAfter(() => closures(session).reopenCase(caseId)),
    'closure:list': ({ caseId }, session) => closures(session).listClosures(caseId),
    'structuralNotes:list': ({ year }, session) => structuralNotes(session).listNotes(year ?? null),
    'structuralNotes:add': ({ note }, session) => structuralNotes(session).addNote(note),
    'structuralNotes:delete': ({ id }, session) => doneAfter(() => structuralNotes(session).deleteNote(id)),
  };
}
