import type { HandlersFor } from '../kernel/handlers';
import type { CorePorts } from '../app/createCore';
import type { VaultService } from './vaultService';

export function createVaultHandlers(deps: {
  vault: VaultService;
  defaultVaultDir: string;
  ports: CorePorts;
}): HandlersFor<'vault' | 'session'> {
  const { vault } = deps;
  return {
    'vault:status': () => vault.status(),
    'vault:suggestLocation': () => ({ vaultDir: deps.defaultVaultDir }),
    'vault:chooseFolder': async () => ({
      vaultDir: deps.ports.chooseFolder ? await deps.ports.chooseFolder(deps.defaultVaultDir) : null,
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
