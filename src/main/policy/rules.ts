import path from 'node:path';
import { translate } from '@shared/i18n';
import type { Language } from '@shared/kernel/language';
import { MIN_PASSPHRASE_LENGTH } from '@shared/kernel/passphrase';
import { NO_POLICY, policyInfo, type MachinePolicy, type PolicyInfo } from '@shared/policy/domain';
import type { VaultSettings } from '@shared/settings/domain';
import { AppError } from '../kernel/errors';
import { isSameFolder, isSameOrInsideFolder } from '../kernel/paths';
import type { CorePorts, FolderPurpose } from '../kernel/ports';

/** Switches of the policy that turn a whole feature off, and the channels each one gates. */
export type PolicyFeature = 'import' | 'combine';

/**
 * The channels each feature switch gates. The import feature adds its channels here when it lands;
 * the dispatcher's handler map is wrapped once in createCore, so no handler has to remember.
 */
export const POLICY_GATED_CHANNELS: Readonly<Record<PolicyFeature, readonly string[]>> = {
  // Bringing a list in; undoing an earlier import and deleting its source file stay possible.
  import: ['import:open', 'import:preview', 'import:values', 'import:dryRun', 'import:commit', 'import:saveProfile'],
  combine: ['stats:combine', 'stats:combineExport'],
};

/**
 * The machine policy as the core enforces it. Every rule lives here once; features call the one
 * check they need (folder, passphrase, settings), and the file ports are wrapped so that no export
 * can be written outside the allowed folders, whichever feature writes it.
 */
export class PolicyRules {
  constructor(
    readonly policy: MachinePolicy = NO_POLICY,
    /** The file it was read from; null when there is none. */
    readonly file: string | null = null,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  info(): PolicyInfo {
    return policyInfo(this.policy, this.file);
  }

  get allowNetworkVault(): boolean {
    return this.policy.vault?.allowNetwork === true;
  }

  get minPassphraseLength(): number {
    return this.policy.minPassphraseLength ?? MIN_PASSPHRASE_LENGTH;
  }

  private pathApi(): typeof path.win32 {
    return this.platform === 'win32' ? path.win32 : path.posix;
  }

  private inside(roots: readonly string[], candidate: string): boolean {
    return roots.some((root) => isSameOrInsideFolder(root, candidate, this.platform));
  }

  /** Where set-up suggests the vault: the pinned folder, or the default when the policy allows it. */
  suggestedVaultDir(defaultDir: string): string {
    const vault = this.policy.vault;
    if (vault?.folder) return vault.folder;
    const roots = vault?.allowedRoots;
    if (roots && !this.inside(roots, defaultDir)) return this.pathApi().join(roots[0] ?? defaultDir, 'Tresor');
    return defaultDir;
  }

  /** Set-up and restore: the folder must be the pinned one, or inside an allowed root. */
  checkVaultFolder(vaultDir: string, field = 'vaultDir'): void {
    const vault = this.policy.vault;
    const allowed = vault?.folder ? [vault.folder] : vault?.allowedRoots;
    if (!allowed) return;
    const matches = vault?.folder ? isSameFolder(vault.folder, vaultDir, this.platform) : this.inside(allowed, vaultDir);
    if (!matches) throw folderError('policy.folder.vault', allowed, field);
  }

  /** Backups only into the pinned backup folder (or below it). */
  checkBackupFolder(folder: string): void {
    const backupFolder = this.policy.backupFolder;
    if (backupFolder && !this.inside([backupFolder], folder)) throw folderError('policy.folder.backup', [backupFolder], 'folder');
  }

  /** Exports (files and folders the user saves to) only into the allowed export folders. */
  checkExportFolder(folder: string): void {
    const roots = this.policy.exportFolders;
    if (roots && !this.inside(roots, folder)) throw folderError('policy.folder.export', roots, 'folder');
  }

  private checkFolder(purpose: FolderPurpose, folder: string): void {
    if (purpose === 'vault') this.checkVaultFolder(folder);
    else if (purpose === 'backup') this.checkBackupFolder(folder);
    else this.checkExportFolder(folder);
  }

  private defaultFolder(purpose: FolderPurpose, fallback: string): string {
    if (purpose === 'vault') return this.suggestedVaultDir(fallback);
    if (purpose === 'backup') return this.policy.backupFolder ?? fallback;
    const roots = this.policy.exportFolders;
    return roots && !this.inside(roots, fallback) ? (roots[0] ?? fallback) : fallback;
  }

  /**
   * The file dialogs as every feature sees them: they open in an allowed folder, and a choice
   * outside the allowed folders fails before anything is written.
   */
  guardPorts(ports: CorePorts): CorePorts {
    const { chooseFolder, chooseSaveFile } = ports;
    return {
      ...ports,
      ...(chooseFolder
        ? {
            chooseFolder: async (defaultPath: string, purpose: FolderPurpose = 'export') => {
              const chosen = await chooseFolder(this.defaultFolder(purpose, defaultPath), purpose);
              if (chosen !== null) this.checkFolder(purpose, chosen);
              return chosen;
            },
          }
        : {}),
      ...(chooseSaveFile
        ? {
            chooseSaveFile: async (request) => {
              const roots = this.policy.exportFolders;
              const defaultFolder = request.defaultFolder ?? roots?.[0];
              const chosen = await chooseSaveFile(defaultFolder ? { ...request, defaultFolder } : request);
              if (chosen !== null) this.checkExportFolder(this.pathApi().dirname(chosen));
              return chosen;
            },
          }
        : {}),
    };
  }

  /** The settings in force: the stored ones within the policy's limits (the stored values stay as they are). */
  effectiveSettings(stored: VaultSettings): VaultSettings {
    const ceiling = this.policy.autoLockMaxMinutes;
    return {
      ...stored,
      autoLockMinutes: ceiling !== undefined ? Math.min(stored.autoLockMinutes, ceiling) : stored.autoLockMinutes,
      caseCodePrefix: this.policy.caseCodePrefix ?? stored.caseCodePrefix,
    };
  }

  /** A settings change must stay within the policy; pinned values cannot be changed at all. */
  checkSettingsChange(change: { autoLockMinutes?: number | undefined; caseCodePrefix?: string | undefined }): void {
    const ceiling = this.policy.autoLockMaxMinutes;
    if (change.autoLockMinutes !== undefined && ceiling !== undefined && change.autoLockMinutes > ceiling) {
      throw new AppError('INVALID_INPUT', {
        messageKey: 'policy.autoLockAboveCeiling',
        params: { minutes: ceiling },
        fields: { autoLockMinutes: 'policy.autoLockAboveCeilingField' },
      });
    }
    const prefix = this.policy.caseCodePrefix;
    if (change.caseCodePrefix !== undefined && prefix !== undefined && change.caseCodePrefix !== prefix) {
      throw new AppError('POLICY_PINNED', { fields: { caseCodePrefix: 'policy.pinnedValue' } });
    }
  }

  /** Every new passphrase (set-up, change, reset, new account) has at least the policy's length. */
  checkNewPassphrase(passphrase: string, field: string): void {
    const min = this.minPassphraseLength;
    if (passphrase.length < min) {
      throw new AppError('INVALID_INPUT', {
        messageKey: 'policy.passphraseTooShort',
        params: { min },
        fields: { [field]: 'policy.passphraseTooShortField' },
      });
    }
  }

  isFeatureAllowed(feature: PolicyFeature): boolean {
    return feature === 'import' ? this.policy.allowImport !== false : this.policy.allowCombine !== false;
  }

  requireFeature(feature: PolicyFeature): void {
    if (!this.isFeatureAllowed(feature)) throw new AppError('POLICY_FORBIDDEN', { messageKey: `policy.feature.${feature}` });
  }

  /** The handler map with every gated channel refusing while its feature is switched off. */
  gateHandlers<H extends Record<string, unknown>>(handlers: H): H {
    const gated: Record<string, unknown> = { ...handlers };
    for (const [feature, channels] of Object.entries(POLICY_GATED_CHANNELS) as [PolicyFeature, readonly string[]][]) {
      if (this.isFeatureAllowed(feature)) continue;
      for (const channel of channels) {
        if (channel in gated) gated[channel] = () => this.requireFeature(feature);
      }
    }
    return gated as H;
  }

  /** The pinned values in words, for the Art. 30 record. */
  recordLines(language: Language): { heading: string; lines: string[] } {
    const t = (key: string, params: Record<string, string | number> = {}) => translate(language, key, params);
    if (this.file === null) return { heading: t('policy.record.none'), lines: [] };
    const policy = this.policy;
    const yesNo = (allowed: boolean | undefined) => t(allowed === false ? 'policy.record.forbidden' : 'policy.record.allowed');
    const lines: string[] = [];
    if (policy.vault?.folder) lines.push(t('policy.record.vaultFolder', { value: policy.vault.folder }));
    if (policy.vault?.allowedRoots) lines.push(t('policy.record.vaultRoots', { value: policy.vault.allowedRoots.join(', ') }));
    if (policy.vault?.allowNetwork !== undefined) {
      lines.push(t('policy.record.network', { value: policy.vault.allowNetwork ? t('policy.record.networkAllowed') : yesNo(false) }));
    }
    if (policy.backupFolder) lines.push(t('policy.record.backupFolder', { value: policy.backupFolder }));
    if (policy.autoLockMaxMinutes !== undefined) lines.push(t('policy.record.autoLock', { value: policy.autoLockMaxMinutes }));
    if (policy.minPassphraseLength !== undefined) lines.push(t('policy.record.passphrase', { value: policy.minPassphraseLength }));
    if (policy.exportFolders) lines.push(t('policy.record.exportFolders', { value: policy.exportFolders.join(', ') }));
    if (policy.allowImport !== undefined) lines.push(t('policy.record.import', { value: yesNo(policy.allowImport) }));
    if (policy.allowCombine !== undefined) lines.push(t('policy.record.combine', { value: yesNo(policy.allowCombine) }));
    if (policy.letterhead) lines.push(t('policy.record.letterhead', { value: policy.letterhead.organisation }));
    if (policy.caseCodePrefix) lines.push(t('policy.record.caseCodePrefix', { value: policy.caseCodePrefix }));
    return { heading: t('policy.record.heading', { file: this.file }), lines };
  }
}

function folderError(messageKey: string, folders: readonly string[], field: string): AppError {
  return new AppError('POLICY_FOLDER', { messageKey, params: { folders: folders.join(', ') }, fields: { [field]: messageKey } });
}
