import { DONE, type HandlersFor } from '../session/handlers';
import type { Session } from '../session/session';
import type { VaultService } from '../vault';
import { AccountService } from './service';

/** The supervisor's accounts screen: add, disable, enable, reset access; assign and hand over cases. */
export function createAccountsHandlers(deps: { vault: VaultService }): HandlersFor<'accounts'> {
  const accounts = (session: Session) => new AccountService(session, deps.vault);
  // Initial passphrases are new passphrases: the machine policy's minimum length applies.
  const checkInitial = (passphrase: string) => deps.vault.rules.checkNewPassphrase(passphrase, 'initialPassphrase');
  return {
    'accounts:list': (_input, session) => accounts(session).list(),
    'accounts:create': ({ name, role, initialPassphrase }, session) => {
      checkInitial(initialPassphrase);
      return accounts(session).create(name, role, initialPassphrase);
    },
    'accounts:disable': ({ userId }, session) => {
      accounts(session).disable(userId);
      return DONE;
    },
    'accounts:enable': async ({ userId, initialPassphrase }, session) => {
      checkInitial(initialPassphrase);
      await accounts(session).enable(userId, initialPassphrase);
      return DONE;
    },
    'accounts:resetAccess': async ({ userId, recoveryKey, initialPassphrase }, session) => {
      checkInitial(initialPassphrase);
      await accounts(session).resetAccess(userId, recoveryKey, initialPassphrase);
      return DONE;
    },
    'accounts:cases': ({ includeClosed }, session) => accounts(session).cases(includeClosed ?? false),
    'accounts:assignCases': ({ caseIds, counsellorId }, session) => accounts(session).assign(caseIds, counsellorId),
    'accounts:handOver': ({ fromUserId, toUserId }, session) => accounts(session).handOver(fromUserId, toUserId),
  };
}
