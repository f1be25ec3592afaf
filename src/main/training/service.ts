import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { translate } from '@shared/i18n';
import { TRAINING_CASE_COUNT } from '@shared/training/contract';
import type { AppConfigStore } from '../kernel/config';
import { AppError } from '../kernel/errors';
import type { HandlerOutput } from '../session/handlers';
import { KEYSLOT_FILE_NAME, readKeySlotFile, type VaultService } from '../vault';
import { readVaultSettings, writeVaultSettings } from '../settings';
import { seedCases } from './synthetic';

export interface TrainingDeps {
  vault: VaultService;
  config: AppConfigStore;
  defaultVaultDir: string;
}

/** Codes like SCH-2026-0042: a training case can never be taken for a real one, in any file. */
export const TRAINING_CASE_PREFIX = 'SCH';
/** Fixed, so trainers can prepare exercises on the same invented cases in every training vault. */
const TRAINING_SEED = 20_261_010;

/** A folder of its own next to the suggested vault folder: "…/Tresor-Schulung", "…/Tresor-Schulung-2", … */
export function freeTrainingFolder(defaultVaultDir: string): string {
  for (let number = 1; number < 1000; number += 1) {
    const candidate = `${defaultVaultDir}-Schulung${number === 1 ? '' : `-${number}`}`;
    if (!existsSync(candidate) || readdirSync(candidate).length === 0) return candidate;
  }
  throw new AppError('VAULT_PATH_INVALID', { messageKey: 'error.VAULT_PATH_NOT_EMPTY' });
}

/**
 * The Schulungstresor: a vault like any other (encryption, accounts, the access log), marked as
 * training in its database and key-slot file, with synthetic cases from the generator the
 * benchmarks use. Created only at set-up, so it never replaces or mixes with a real vault.
 */
export async function createTrainingVault(deps: TrainingDeps, passphrase: string): Promise<HandlerOutput<'trainingVault:create'>> {
  const language = deps.config.get().language;
  const vaultDir = freeTrainingFolder(deps.defaultVaultDir);
  const accounts = [
    { name: translate(language, 'training.account.supervisor'), role: 'supervisor' as const },
    { name: translate(language, 'training.account.counsellor'), role: 'counsellor' as const },
  ];
  const [supervisor, counsellor] = accounts.map((account) => ({ name: account.name, passphrase }));
  if (!supervisor || !counsellor) throw new AppError('INTERNAL');
  const created = await deps.vault.setup({ vaultDir, supervisor, counsellor, isTraining: true });
  const session = deps.vault.requireSession();
  const seeded = session.transaction((db) => {
    session.settings = writeVaultSettings(db, { caseCodePrefix: TRAINING_CASE_PREFIX });
    return seedCases(db, {
      count: TRAINING_CASE_COUNT,
      counsellorIds: [session.actor.userId],
      seed: TRAINING_SEED,
      entriesPerCase: 12,
      today: session.today(),
      prefix: TRAINING_CASE_PREFIX,
      isTrainingMix: true,
    });
  });
  session.settings = readVaultSettings(session.db);
  session.transaction(() => session.record('training.seed', { details: { cases: seeded.cases, journalEntries: seeded.journalEntries } }));
  return { session: created.session, vaultDir, accounts, cases: seeded.cases };
}

/** Locks a training vault and forgets its folder; a real vault is never forgotten this way. */
export function leaveTrainingVault(deps: TrainingDeps): HandlerOutput<'trainingVault:leave'> {
  const vaultDir = deps.config.get().vaultDir;
  const open = deps.vault.currentSession();
  const isTraining = open
    ? open.isTraining
    : vaultDir !== null && readKeySlotFile(join(vaultDir, KEYSLOT_FILE_NAME))?.purpose === 'training';
  if (!vaultDir || !isTraining) throw new AppError('CONFLICT', { messageKey: 'error.NOT_TRAINING_VAULT' });
  if (open) deps.vault.lock('manual');
  deps.config.update({ vaultDir: null });
  return { vaultDir };
}
