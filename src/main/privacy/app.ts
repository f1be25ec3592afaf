import type { HandlersFor } from '../session/handlers';
import type { VaultService } from '../vault/service';
import type { CorePorts } from '../kernel/ports';
import { ConsentService } from './consentService';
import { listFieldHistory } from './historyRepository';
import { requireCaseRef } from '../session/caseRef';
import { ErasureService } from './erasure';
import { BackupService } from '../backup/service';
import { FreshRestoreService } from '../backup/freshRestore';
import type { AppConfigStore } from '../kernel/config';
import { RetentionService } from './retention';
import { regenerateRecoveryKey } from '../backup/recovery';
import { DisclosureService } from './disclosure';
import { ProcessingRecordService } from './processingRecord';
import type { PolicyRules } from '../policy';
import type { LocationProbes } from '../vault';

const done = { done: true } as const;

export interface LifecycleDependencies {
  vault: VaultService;
  /** The device configuration: a fresh restore points it at the restored vault. */
  config: AppConfigStore;
  ports: CorePorts;
  now: () => Date;
  nativeBinding?: string | undefined;
  /** The machine policy: backup folder, vault folder of a fresh restore, pinned values in the Art. 30 record. */
  policy: PolicyRules;
  locationProbes?: LocationProbes | undefined;
}

export function createLifecycleHandlers(
  dependencies: LifecycleDependencies,
): HandlersFor<'consents' | 'history' | 'disclosure' | 'erasure' | 'retention' | 'backup' | 'recovery' | 'processingRecord'> {
  const { vault, now } = dependencies;
  const consents = new ConsentService(vault, now);
  const erasure = new ErasureService(vault);
  const retention = new RetentionService(vault, now);
  const disclosure = new DisclosureService(vault, dependencies.ports, now);
  const processingRecord = new ProcessingRecordService(vault, dependencies.ports, now, dependencies.policy);
  const backups = new BackupService({
    vault,
    ports: dependencies.ports,
    now,
    nativeBinding: dependencies.nativeBinding,
    policy: dependencies.policy,
    config: dependencies.config,
  });
  const freshRestore = new FreshRestoreService({ ...dependencies });
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
    'disclosure:create': ({ caseId }) => disclosure.create(caseId),
    'erasure:preview': ({ caseId }) => erasure.preview(caseId),
    'erasure:erase': (input) => ({ caseCode: erasure.erase(input).code, erased: true }),
    'retention:getRules': () => retention.getRules(),
    'retention:setRules': ({ rules }) => retention.setRules(rules),
    'retention:preview': () => retention.preview(),
    'retention:run': ({ planId }) => retention.run(planId),
    'backup:status': () => backups.status(),
    'backup:setReminder': ({ reminderDays }) => backups.setReminder(reminderDays),
    'backup:create': () => backups.create(),
    'backup:inspect': () => backups.inspect(),
    'backup:restore': ({ file, passphrase }) => backups.restore(file, passphrase),
    'backup:chooseFresh': ({ newest }) => freshRestore.choose(newest ?? false),
    'backup:restoreFresh': (input) => freshRestore.restore(input),
    'recovery:regenerate': ({ passphrase }) => regenerateRecoveryKey(vault, passphrase),
    'processingRecord:get': () => processingRecord.get(),
    'processingRecord:update': ({ settings }) => processingRecord.update(settings),
    'processingRecord:export': ({ format }) => processingRecord.export(format),
  };
}
