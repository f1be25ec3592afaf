import type { HandlersFor } from '../session/handlers';
import type { ExitService } from './service';

/** The exit kit: the data key for the data-protection audit and the Gesamtexport (supervisor only). */
export function createExitHandlers(deps: { exit: ExitService }): HandlersFor<'exit'> {
  const { exit } = deps;
  return {
    'exit:revealDataKey': ({ passphrase, recoveryKey }, session) => exit.revealDataKey(session, { passphrase, recoveryKey }),
    'exit:export': ({ passphrase, recoveryKey, confirmation }, session) => exit.export(session, { passphrase, recoveryKey, confirmation }),
  };
}
