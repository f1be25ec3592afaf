import type { AppConfigStore } from '../kernel/config';
import type { CorePorts } from '../kernel/ports';
import type { HandlersFor } from '../session/handlers';
import { AccountService } from '../accounts/service';
import type { VaultService } from '../vault/service';
import { AuditService } from './service';

const done = { done: true } as const;

/** Channels of issue 4: accounts, the access log and the break-the-glass look-up. */
export function createAuditHandlers(deps: {
  vault: VaultService;
  config: AppConfigStore;
  ports: CorePorts;
  now: () => Date;
}): HandlersFor<'accounts' | 'audit'> {
  const { vault } = deps;
  const accounts = new AccountService(vault, deps.now);
  const audit = new AuditService(vault, deps.ports, deps.config, deps.now);
  // Initial passphrases are new passphrases: the machine policy's minimum length applies.
  const checkInitial = (passphrase: string) => vault.rules.checkNewPassphrase(passphrase, 'initialPassphrase');
  return {
    'accounts:list': () => accounts.list(),
    'accounts:create': ({ name, role, initialPassphrase }) => {
      checkInitial(initialPassphrase);
      return accounts.create(name, role, initialPassphrase);
    },
    'accounts:disable': ({ userId }) => {
      accounts.disable(userId);
      return done;
    },
    'accounts:enable': async ({ userId, initialPassphrase }) => {
      checkInitial(initialPassphrase);
      await accounts.enable(userId, initialPassphrase);
      return done;
    },
    'accounts:resetAccess': async ({ userId, recoveryKey, initialPassphrase }) => {
      checkInitial(initialPassphrase);
      await accounts.resetAccess(userId, recoveryKey, initialPassphrase);
      return done;
    },
    'accounts:cases': ({ includeClosed }) => accounts.cases(includeClosed ?? false),
    'accounts:assignCases': ({ caseIds, counsellorId }) => accounts.assign(caseIds, counsellorId),
    'accounts:handOver': ({ fromUserId, toUserId }) => accounts.handOver(fromUserId, toUserId),
    'audit:list': ({ filter, offset, limit }) => audit.list(filter, offset, limit),
    'audit:facets': () => audit.facets(),
    'audit:verify': () => audit.verify(),
    'audit:saveCheckpoint': () => audit.saveCheckpoint(),
    'audit:verifyCheckpoint': () => audit.verifyCheckpoint(),
    'audit:export': ({ filter, format }) => audit.export(filter, format),
    'audit:retention': () => audit.retention(),
    'audit:setRetention': ({ months }) => audit.setRetention(months),
    'audit:archive': () => audit.archive(),
  };
}
