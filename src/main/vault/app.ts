import type { AppConfigStore } from '../kernel/config';
import type { CorePorts } from '../kernel/ports';
import type { HandlersFor } from '../session/handlers';
import type { VaultService } from './service';

/** The app itself (version, device language), the vault's set-up, unlock and lock, and the session's heartbeat. */
export function createVaultHandlers(deps: {
  vault: VaultService;
  config: AppConfigStore;
  defaultVaultDir: string;
  ports: CorePorts;
  appVersion: string;
  schemaVersion: number;
}): HandlersFor<'app' | 'vault' | 'session'> {
  const { vault, config } = deps;
  return {
    'app:info': () => ({ name: 'Fallbuch', version: deps.appVersion, schemaVersion: deps.schemaVersion }),
    'app:setLanguage': ({ language }) => ({ language: config.setLanguage(language).language }),
    'vault:status': () => vault.status(),
    'vault:suggestLocation': () => vault.suggestLocation(),
    'vault:chooseFolder': async () => ({
      vaultDir: deps.ports.chooseFolder ? await deps.ports.chooseFolder(deps.defaultVaultDir, 'vault') : null,
    }),
    'vault:setup': (input) => vault.setup(input),
    'vault:unlock': ({ account, passphrase }) => vault.unlock(account, passphrase),
    'vault:unlockWithRecoveryKey': ({ account, recoveryKey, newPassphrase }) =>
      vault.unlockWithRecoveryKey(account, recoveryKey, newPassphrase),
    'vault:lock': () => {
      vault.lock('manual');
      return { locked: true };
    },
    'vault:changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      return { changed: true };
    },
    'session:touch': () => ({ lockAt: vault.touch().toISOString() }),
  };
}
