import type { CorePorts } from '../kernel/ports';
import { DONE, type HandlersFor } from '../session/handlers';
import type * as Services from './services';
import type { PolicyLetterhead } from './letterhead';

/**
 * The papers' code (docx, docxtemplater, pizzip and the renderers) loads on the first call, not at
 * start: every start of the core (and each crash-test child) would otherwise parse it for nothing.
 */
let services: Promise<typeof Services> | undefined;
function load(): Promise<typeof Services> {
  services ??= import('./services');
  return services;
}

export function createPapersHandlers(deps: {
  ports: CorePorts;
  /** The letterhead the machine policy pins (issue 14), or null. */
  policyLetterhead: PolicyLetterhead | null;
}): HandlersFor<'papers' | 'letterhead' | 'paperTemplates' | 'vignette'> {
  const { ports, policyLetterhead: pinned } = deps;
  return {
    'papers:templates': async (_input, session) => (await load()).templateInfos(session.db),
    'papers:preview': async ({ caseId, draft }, session) => new (await load()).PapersService(session, ports, pinned).preview(caseId, draft),
    'papers:create': async ({ caseId, ...input }, session) =>
      new (await load()).PapersService(session, ports, pinned).create(caseId, input),
    'papers:list': async ({ caseId }, session) => new (await load()).PapersService(session, ports, pinned).list(caseId),
    'letterhead:get': async (_input, session) => (await load()).getLetterhead(session, pinned),
    'letterhead:update': async ({ letterhead }, session) => (await load()).updateLetterhead(session, letterhead, pinned),
    'letterhead:chooseLogo': async (_input, session) => (await load()).chooseLogo(session, ports, pinned),
    'letterhead:removeLogo': async (_input, session) => (await load()).removeLogo(session, pinned),
    'paperTemplates:upload': async ({ name }, session) => (await load()).uploadTemplate(session, ports, name),
    'paperTemplates:preview': async ({ templateId }, session) => (await load()).previewTemplate(session, templateId, pinned),
    'paperTemplates:remove': async ({ templateId }, session) => {
      (await load()).removeTemplate(session, templateId);
      return DONE;
    },
    'vignette:draft': async ({ caseId }, session) => (await load()).draftVignette(session, caseId),
    'vignette:check': async ({ caseId, choices }, session) => (await load()).draftVignette(session, caseId, choices),
    'vignette:write': async (input, session) => (await load()).writeVignette(session, ports, input),
  };
}
