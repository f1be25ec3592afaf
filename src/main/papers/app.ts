import type { CorePorts } from '../kernel/ports';
import { DONE, type HandlersFor } from '../session/handlers';
import type { PolicyLetterhead } from './letterhead';
import { chooseLogo, getLetterhead, previewTemplate, removeLogo, removeTemplate, updateLetterhead, uploadTemplate } from './officeService';
import { PapersService, templateInfos } from './service';
import { draftVignette, writeVignette } from './vignetteService';

export function createPapersHandlers(deps: {
  ports: CorePorts;
  /** The letterhead the machine policy pins (issue 14), or null. */
  policyLetterhead: PolicyLetterhead | null;
}): HandlersFor<'papers' | 'letterhead' | 'paperTemplates' | 'vignette'> {
  const { ports, policyLetterhead: pinned } = deps;
  const papers = (session: Parameters<typeof getLetterhead>[0]) => new PapersService(session, ports, pinned);
  return {
    'papers:templates': (_input, session) => templateInfos(session.db),
    'papers:preview': ({ caseId, draft }, session) => papers(session).preview(caseId, draft),
    'papers:create': ({ caseId, ...input }, session) => papers(session).create(caseId, input),
    'papers:list': ({ caseId }, session) => papers(session).list(caseId),
    'letterhead:get': (_input, session) => getLetterhead(session, pinned),
    'letterhead:update': ({ letterhead }, session) => updateLetterhead(session, letterhead, pinned),
    'letterhead:chooseLogo': (_input, session) => chooseLogo(session, ports, pinned),
    'letterhead:removeLogo': (_input, session) => removeLogo(session, pinned),
    'paperTemplates:upload': ({ name }, session) => uploadTemplate(session, ports, name),
    'paperTemplates:preview': ({ templateId }, session) => previewTemplate(session, templateId, pinned),
    'paperTemplates:remove': ({ templateId }, session) => {
      removeTemplate(session, templateId);
      return DONE;
    },
    'vignette:draft': ({ caseId }, session) => draftVignette(session, caseId),
    'vignette:check': ({ caseId, choices }, session) => draftVignette(session, caseId, choices),
    'vignette:write': (input, session) => writeVignette(session, ports, input),
  };
}
