import type { AppConfigStore } from '../kernel/config';
import type { CorePorts } from '../kernel/ports';
import { DONE, type HandlersFor } from '../session/handlers';
import { ConsentService } from './consentService';
import { DisclosureService } from './disclosure';
import { ErasureService } from './erasure';
import { listFieldHistory } from './historyRepository';
import { ProcessingRecordService } from './processingRecord';
import { RetentionService } from './retention';
import type { PolicyRules } from '../policy';

/** The data-protection duties: consents, history (Art. 16), Auskunft (Art. 15), erasure (Art. 17), retention, Art. 30. */
export function createPrivacyHandlers(deps: {
  config: AppConfigStore;
  ports: CorePorts;
  /** The machine policy: its pinned values go into the Art. 30 record. */
  policy: PolicyRules;
}): HandlersFor<'consents' | 'history' | 'disclosure' | 'erasure' | 'retention' | 'processingRecord'> {
  const { config, ports, policy } = deps;
  return {
    'consents:list': ({ caseId }, session) => new ConsentService(session).list(caseId),
    'consents:record': ({ caseId, consent }, session) => new ConsentService(session).record(caseId, consent),
    'consents:update': ({ id, consent }, session) => {
      new ConsentService(session).update(id, consent);
      return DONE;
    },
    'consents:withdraw': ({ id, withdrawnOn }, session) => {
      new ConsentService(session).withdraw(id, withdrawnOn);
      return DONE;
    },
    'consents:checkRelease': ({ caseId, partnerId, recipientText }, session) =>
      new ConsentService(session).checkRelease(caseId, partnerId, recipientText),
    'history:list': ({ caseId }, session) =>
      session.transaction((db) => {
        session.record('case.history.view', { case: session.requireCase(caseId) });
        return listFieldHistory(db, caseId);
      }),
    'disclosure:create': ({ caseId }, session) => new DisclosureService(session, ports, config).create(caseId),
    'erasure:preview': ({ caseId }, session) => new ErasureService(session).preview(caseId),
    'erasure:erase': (input, session) => ({ caseCode: new ErasureService(session).erase(input).code, erased: true }),
    'retention:getRules': (_input, session) => new RetentionService(session).getRules(),
    'retention:setRules': ({ rules }, session) => new RetentionService(session).setRules(rules),
    'retention:preview': (_input, session) => new RetentionService(session).preview(),
    'retention:run': ({ planId }, session) => new RetentionService(session).run(planId),
    'processingRecord:get': (_input, session) => new ProcessingRecordService(session, ports, config, policy).get(),
    'processingRecord:update': ({ settings }, session) => new ProcessingRecordService(session, ports, config, policy).update(settings),
    'processingRecord:export': ({ format }, session) => new ProcessingRecordService(session, ports, config, policy).export(format),
  };
}
