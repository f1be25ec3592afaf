import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import type { Role } from '@shared/kernel/roles';
import { AppError } from '../kernel/errors';
import type { CorePorts } from '../kernel/ports';
import type { AppConfigStore } from '../kernel/config';
import { DATABASE_FILE_NAME } from '../kernel/db/database';
import { LATEST_SCHEMA_VERSION, migrate } from '../kernel/db/migrations';
import { appendAccessLog } from '../session/log/accessLog';
import { writeFileAtomic } from '../kernel/files';
import {
  KEYSLOT_FILE_NAME,
  findRecoverySlot,
  findUserSlot,
  openRecoverySlot,
  openUserSlot,
  parseKeySlotText,
  parseRecoveryKey,
  readKeySlotFile,
  readVaultId,
  readVaultPurpose,
  checkVaultLocation,
  systemLocationProbes,
  usedEntries,
  type KeySlotFile,
  type LocationProbes,
  type VaultService,
} from '../vault';
import { BACKUP_EXTENSION, backupPurpose, extractDatabase, requireSamePurpose, verifyBackupFile, type VerifiedBackup } from './backupFile';
import type { PolicyRules } from '../policy';
import { readBackupState, writeBackupState } from '../settings';
import { findAccount } from './repository';
import { checkStagedDatabase } from './stagedDatabase';

export type FreshCredential =
  { method: 'passphrase'; account: string; passphrase: string } | { method: 'recoveryKey'; recoveryKey: string };

export interface FreshBackupInfo {
  cancelled: false;
  token: string;
  fileName: string;
  createdAt: string;
  schemaVersion: number;
  bytes: number;
  accounts: { name: string; role: Role }[];
}

export interface FreshRestoreDependencies {
  vault: VaultService;
  config: AppConfigStore;
  ports: CorePorts;
  now: () => Date;
  nativeBinding?: string | undefined;
  /** The machine policy: the vault folder rules and the backup folder searched for the newest backup. */
  policy: PolicyRules;
  /** Tests inject network drives and the like. */
  locationProbes?: LocationProbes | undefined;
}

/** The folders trainingVault:create makes: „Tresor-Schulung“, „Tresor-Schulung-2“, … */
const TRAINING_FOLDER = /-Schulung(-\d+)?$/;

function pathError(messageKey: string): AppError {
  return new AppError('VAULT_PATH_INVALID', { messageKey, fields: { vaultDir: messageKey } });
}

/**
 * "Aus Sicherung wiederherstellen" on an installation without a usable vault (lost or broken PC).
 * Public channels (the vault is locked or absent), so the rules are strict:
 *
 * - only while there is no usable vault (none configured, or the configured one is missing or its
 *   key slots are damaged) — a working vault is never replaced from the unlock screen;
 * - the backup file comes from the open dialog and is referred to by a one-time token, never by a
 *   path the renderer sends;
 * - the target folder follows the set-up rules (absolute, a folder, empty or new);
 * - the container (SHA-256), the key slots (checksum) and the credential (a passphrase of an account
 *   in the backup, or the recovery key that was valid when the backup was made) are checked before
 *   anything is written; the database is then staged in the target folder, opened with the data key
 *   and checked (integrity_check, vault id, account), the restore is logged inside it, and only then
 *   renamed into place. The app configuration is pointed at the folder last: until then the
 *   installation is as it was, and a failure removes everything that was staged.
 */
export class FreshRestoreService {
  /** The file chosen in the dialog, by token: the renderer never names a path to read. */
  private chosen: { token: string; file: string } | null = null;

  constructor(private readonly dependencies: FreshRestoreDependencies) {}

  async choose(newest = false): Promise<{ cancelled: true } | FreshBackupInfo> {
    this.requireNoUsableVault();
    const file = newest ? this.newestKnownBackup() : await this.chooseInDialog();
    if (!file) return { cancelled: true };
    const backup = verifyBackupFile(file);
    const slots = this.slotsOf(backup);
    this.requireSamePurposeAsConfigured(backup);
    const token = randomBytes(16).toString('hex');
    this.chosen = { token, file };
    return {
      cancelled: false,
      token,
      fileName: basename(file),
      createdAt: backup.header.createdAt,
      schemaVersion: backup.header.schemaVersion,
      bytes: backup.bytes,
      accounts: slots.slots.flatMap((slot) => (slot.kind === 'user' ? [{ name: slot.name, role: slot.role }] : [])),
    };
  }

  async restore(input: {
    token: string;
    vaultDir: string;
    credential: FreshCredential;
  }): Promise<{ restored: true; vaultDir: string; backupCreatedAt: string }> {
    this.requireNoUsableVault();
    const chosen = this.chosen;
    if (!chosen || chosen.token !== input.token) throw new AppError('NOT_FOUND', { messageKey: 'backupUi.fresh.chooseAgain' });
    // The file is read again: it may have changed since it was chosen.
    const backup = verifyBackupFile(chosen.file);
    const slots = this.slotsOf(backup);
    this.requireSamePurposeAsConfigured(backup);
    const vaultDir = checkTargetFolder(input.vaultDir);
    // The set-up rules: the policy's folder, and no network location unless the policy allows one.
    this.dependencies.policy.checkVaultFolder(vaultDir);
    checkVaultLocation(vaultDir, {
      probes: this.dependencies.locationProbes ?? systemLocationProbes(),
      allowNetwork: this.dependencies.policy.allowNetworkVault,
    });
    const { dataKey, actor } = await this.openKey(slots, input.credential);
    try {
      this.writeVault(vaultDir, chosen.file, backup, slots, dataKey, actor, input.credential.method);
      this.chosen = null;
      return { restored: true, vaultDir, backupCreatedAt: backup.header.createdAt };
    } finally {
      dataKey.fill(0);
    }
  }

  private async chooseInDialog(): Promise<string | undefined> {
    const choose = this.dependencies.ports.chooseOpenFiles;
    if (!choose) throw new AppError('INTERNAL');
    return (await choose({ kind: 'backup' }))?.[0];
  }

  /**
   * The newest backup this installation knows of: the last one made here (remembered in the device
   * configuration) or the newest in the policy's backup folder, by modification time.
   */
  private newestKnownBackup(): string | null {
    const candidates: string[] = [];
    const remembered = this.dependencies.config.get().lastBackupFile;
    if (remembered) candidates.push(remembered);
    const folder = this.dependencies.policy.policy.backupFolder;
    if (folder && existsSync(folder)) {
      for (const entry of readdirSync(folder)) if (entry.endsWith(BACKUP_EXTENSION)) candidates.push(join(folder, entry));
    }
    let newest: { file: string; modified: number } | null = null;
    for (const file of candidates) {
      try {
        const modified = statSync(file).mtimeMs;
        if (newest === null || modified > newest.modified) newest = { file, modified };
      } catch {
        // A remembered backup that was moved away is simply not offered.
      }
    }
    return newest?.file ?? null;
  }

  private requireNoUsableVault(): void {
    const { vault } = this.dependencies;
    if (vault.isUnlocked()) throw new AppError('ALREADY_INITIALISED');
    const status = vault.status();
    if (status.state !== 'uninitialised' && status.problem === null) throw new AppError('ALREADY_INITIALISED');
  }

  /**
   * The restored vault takes the configured one's place: a training backup never replaces a real
   * vault, nor a real backup a training vault (issue 10). With no vault configured either may come
   * back — it brings its own mark, and the banner says which it is. The configured vault's key slots
   * tell what it is; if they are lost or damaged, its folder's name does (trainingVault:create names
   * it „…-Schulung“), and anything else counts as real.
   */
  private requireSamePurposeAsConfigured(backup: VerifiedBackup): void {
    const status = this.dependencies.vault.status();
    if (status.state === 'uninitialised' || !status.vaultDir) return;
    let slots: KeySlotFile | null;
    try {
      slots = readKeySlotFile(join(status.vaultDir, KEYSLOT_FILE_NAME));
    } catch {
      slots = null;
    }
    const isTraining = slots ? slots.purpose === 'training' : TRAINING_FOLDER.test(basename(status.vaultDir));
    requireSamePurpose(backup, isTraining ? 'training' : 'real');
  }

  private slotsOf(backup: VerifiedBackup): KeySlotFile {
    if (backup.header.schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new AppError('VAULT_TOO_NEW', { params: { found: backup.header.schemaVersion, supported: LATEST_SCHEMA_VERSION } });
    }
    let slots: KeySlotFile;
    try {
      slots = parseKeySlotText(backup.keyslots.toString('utf8'));
    } catch {
      throw new AppError('BACKUP_DAMAGED');
    }
    if (slots.vaultId !== backup.header.vaultId) throw new AppError('BACKUP_DAMAGED');
    return slots;
  }

  private async openKey(
    slots: KeySlotFile,
    credential: FreshCredential,
  ): Promise<{ dataKey: Buffer; actor: { userId: string; name: string; role: Role } | null }> {
    if (credential.method === 'passphrase') {
      const slot = findUserSlot(slots, credential.account);
      if (!slot) throw new AppError('NOT_FOUND', { messageKey: 'error.UNKNOWN_ACCOUNT', fields: { account: 'error.UNKNOWN_ACCOUNT' } });
      const dataKey = await openUserSlot(slots.vaultId, slot, credential.passphrase);
      if (!dataKey) throw new AppError('WRONG_PASSPHRASE', { fields: { passphrase: 'error.WRONG_PASSPHRASE' } });
      return { dataKey, actor: { userId: slot.userId, name: slot.name, role: slot.role } };
    }
    const recoverySlot = findRecoverySlot(slots);
    if (!recoverySlot) throw new AppError('BACKUP_DAMAGED');
    const recoveryKey = parseRecoveryKey(credential.recoveryKey);
    const dataKey = openRecoverySlot(slots.vaultId, recoverySlot, recoveryKey);
    recoveryKey.fill(0);
    if (!dataKey)
      throw new AppError('WRONG_RECOVERY_KEY', {
        messageKey: 'backupUi.fresh.wrongRecoveryKey',
        fields: { recoveryKey: 'backupUi.fresh.wrongRecoveryKey' },
      });
    return { dataKey, actor: null };
  }

  private writeVault(
    vaultDir: string,
    file: string,
    backup: VerifiedBackup,
    slots: KeySlotFile,
    dataKey: Buffer,
    actor: { userId: string; name: string; role: Role } | null,
    method: FreshCredential['method'],
  ): void {
    const createdFolder = existsSync(vaultDir) ? null : (mkdirSync(vaultDir, { recursive: true, mode: 0o700 }) ?? vaultDir);
    const staged = join(vaultDir, `.restore-${randomBytes(6).toString('hex')}.db`);
    const databaseFile = join(vaultDir, DATABASE_FILE_NAME);
    const keyslotFile = join(vaultDir, KEYSLOT_FILE_NAME);
    const removeAll = () => {
      for (const path of [staged, databaseFile, keyslotFile]) {
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
      }
      if (createdFolder) rmSync(createdFolder, { recursive: true, force: true });
    };
    try {
      extractDatabase(file, backup, staged);
      this.checkAndLog(staged, dataKey, slots, backup, actor, method, basename(file));
      renameSync(staged, databaseFile);
      // The key slots go in exactly as they were backed up; the checksum was verified above.
      writeFileAtomic(keyslotFile, backup.keyslots);
      // The commit point: only now does the installation know this vault.
      this.dependencies.config.update({ vaultDir });
    } catch (error) {
      removeAll();
      throw error;
    }
  }

  private checkAndLog(
    staged: string,
    dataKey: Buffer,
    slots: KeySlotFile,
    backup: VerifiedBackup,
    actor: { userId: string; name: string; role: Role } | null,
    method: FreshCredential['method'],
    fileName: string,
  ): void {
    checkStagedDatabase(staged, dataKey, this.dependencies.nativeBinding, (db) => {
      if (readVaultId(db) !== slots.vaultId) throw new AppError('BACKUP_DAMAGED');
      // The database's own mark must be what the backup's header and key slots said.
      if (readVaultPurpose(db) !== backupPurpose(backup)) throw new AppError('BACKUP_DAMAGED');
      if (actor && !findAccount(db, actor.userId)) throw new AppError('BACKUP_USER_MISSING');
      migrate(db);
      const now = this.dependencies.now();
      db.transaction(() => {
        writeBackupState(db, { ...readBackupState(db), lastBackupAt: backup.header.createdAt, lastBackupFile: fileName });
        // Logged inside the restored vault before it is put in place: the entry and the vault are one.
        appendAccessLog(db, {
          at: now,
          actor,
          action: 'backup.restoreFresh',
          details: { fileName, sha256: backup.sha256, backupCreatedAt: backup.header.createdAt, method },
        });
      })();
    });
  }
}

/**
 * The set-up rules for a vault folder (vaultService's prepareVaultFolder): absolute, a folder, and
 * empty or new — a vault folder is backed up and erased as a whole, so it must hold nothing else.
 * Only checked here; the folder is created once the key has been checked.
 */
function checkTargetFolder(chosen: string): string {
  if (!isAbsolute(chosen)) throw pathError('error.VAULT_PATH_RELATIVE');
  const vaultDir = resolve(chosen);
  if (!existsSync(vaultDir)) return vaultDir;
  if (!statSync(vaultDir).isDirectory()) throw pathError('error.VAULT_PATH_NOT_FOLDER');
  const entries = usedEntries(vaultDir);
  if (entries.includes(DATABASE_FILE_NAME) || entries.includes(KEYSLOT_FILE_NAME)) throw pathError('error.VAULT_PATH_HAS_VAULT');
  if (entries.length > 0) throw pathError('error.VAULT_PATH_NOT_EMPTY');
  return vaultDir;
}
