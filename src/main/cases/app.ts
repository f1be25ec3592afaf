import type { HandlersFor } from '../kernel/handlers';
import type { CaseService } from './service';

const done = { done: true } as const;

export function createCaseHandlers(cases: CaseService): HandlersFor<'cases' | 'status' | 'training' | 'deadlines' | 'journal' | 'search'> {
  return {
    'cases:list': ({ includeClosed }) => cases.listCases(includeClosed ?? false),
    'cases:create': ({ fields }) => cases.createCase(fields),
    'cases:get': ({ id, access }) => cases.getCase(id, access),
    'cases:update': ({ id, fields }) => cases.updateCase(id, fields),
    'status:add': ({ caseId, status }) => cases.addStatus(caseId, status),
    'status:delete': ({ id }) => {
      cases.deleteStatus(id);
      return done;
    },
    'training:add': ({ caseId, startsOn, description }) => cases.addTrainingStart(caseId, startsOn, description),
    'training:delete': ({ id }) => {
      cases.deleteTrainingStart(id);
      return done;
    },
    'deadlines:list': ({ scope, limits }) => cases.listDeadlines(scope, limits),
    'deadlines:add': ({ caseId, ...input }) => cases.addDeadline(caseId, input),
    'deadlines:resolve': ({ id, state, reason }) => {
      cases.resolveDeadline(id, state, reason);
      return done;
    },
    'journal:add': ({ caseId, entry }) => cases.addJournalEntry(caseId, entry),
    'journal:update': ({ id, entry }) => {
      cases.updateJournalEntry(id, entry);
      return done;
    },
    'journal:delete': ({ id }) => {
      cases.deleteJournalEntry(id);
      return done;
    },
    'search:query': ({ text }) => cases.search(text),
  };
}
