import type { HandlersFor } from '../session/handlers';
import { createTrainingVault, leaveTrainingVault, type TrainingDeps } from './service';

/** The Schulungstresor: created at set-up, left from its unlock screen. */
export function createTrainingHandlers(deps: TrainingDeps): HandlersFor<'trainingVault'> {
  return {
    'trainingVault:create': ({ passphrase }) => createTrainingVault(deps, passphrase),
    'trainingVault:leave': () => leaveTrainingVault(deps),
  };
}
