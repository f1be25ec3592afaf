import type { HandlersFor } from '../core/handlers';
import { AppError } from '../core/errors';
import type { VaultService } from '../vault/vaultService';
import type { CorePorts } from '../core/createCore';
import { ConsentService } from './consentService';
import { listFieldHistory } from './fieldHistory';
import { requireCaseRef } from './caseRef';

const done = { done: true } as const;

export interface LifecycleDependencies {
  vault: VaultService;
  ports: CorePorts;
  now: () => Date;
}

function notYet(): never {
  throw new AppError('INTERNAL');
}

export function createLifecycleHandlers(
  dependencies: LifecycleDependencies,
): HandlersFor<'consents' | 'history' | 'disclosure' | 'erasure' | 'retention' | 'backup' | 'recovery' | 'processingRecord'> {
  const { vault, now } = dependencies;
  const consents = new ConsentService(vault, now);
  return {
    'consents:list': ({ caseId }) => consents.list(caseId),
    'consents:record': ({ caseId, consent }) => consents.record(caseId, consent),
    'consents:update': ({ id, consent }) => {
      consents.update(id, consent);
      return done;
    },
    'consents:withdraw': ({ id, withdrawnOn }) => {
      consents.withdraw(id, withdrawnOn);
      return done;
    },
    'consents:checkRelease': ({ caseId, partnerId, recipientText }) => consents.checkRelease(caseId, partnerId, recipientText),
    'history:list': ({ caseId }) => {
      const { db } = vault.requireOpen();
      return db.transaction(() => {
        const ref = requireCaseRef(db, caseId);
        vault.record('case.history.view', { object: ref.code });
        return listFieldHistory(db, caseId);
      })();
    },
    'disclosure:create': notYet,
    'erasure:preview': notYet,
    'erasure:erase': notYet,
    'retention:getRules': notYet,
    'retention:setRules': notYet,
    'retention:preview': notYet,
    'retention:run': notYet,
    'backup:status': notYet,
    'backup:setReminder': notYet,
    'backup:create': notYet,
    'backup:inspect': notYet,
    'backup:restore': notYet,
    'recovery:regenerate': notYet,
    'processingRecord:get': notYet,
    'processingRecord:update': notYet,
    'processingRecord:export': notYet,
  };
}
