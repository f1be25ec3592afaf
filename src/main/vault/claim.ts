import { AppError } from '../kernel/errors';
import { acquireVaultLock } from '../kernel/db/vaultLock';
import type { PolicyRules } from '../policy';
import { checkVaultLocation, classifyVaultLocation, type LocationProbes, type StorageDecision, type StorageKind } from './location';
import { quarantineVault } from './quarantine';

/**
 * What holding an open vault means besides the session: the storage decision (WAL or exclusive)
 * and the lock that keeps every other process and workstation out until it is released.
 */
export interface VaultClaim {
  storage: StorageDecision;
  release(): void;
}

export interface ClaimOptions {
  probes: LocationProbes;
  allowNetwork: boolean;
  nativeBinding?: string | undefined;
}

/**
 * Classifies the folder (a network location is refused unless allowed) and takes the vault lock.
 * Both happen before any key is derived or any file of the vault is opened, so a refusal costs
 * nothing and changes nothing.
 */
export function claimVault(vaultDir: string, options: ClaimOptions): VaultClaim {
  const storage = checkVaultLocation(vaultDir, options);
  const lock = acquireVaultLock(vaultDir, { nativeBinding: options.nativeBinding });
  return { storage, release: () => lock.release() };
}

/**
 * Runs the opening of a vault under its claim. On failure the claim is released; a damaged database
 * (VAULT_DAMAGED from the open) is moved into quarantine first, untouched, and the error says where.
 */
export async function openUnderClaim<T>(vaultDir: string, claim: VaultClaim, now: () => Date, open: () => T | Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    claim.release();
    if (error instanceof AppError && error.code === 'VAULT_DAMAGED') {
      const quarantine = quarantineVault(vaultDir, now());
      throw new AppError('VAULT_DAMAGED', { params: { quarantine: quarantine.folder } });
    }
    throw error;
  }
}

/** The folder set-up suggests (the policy's, else the default), classified so the screen can warn first. */
export function suggestVaultLocation(
  defaultDir: string,
  policy: PolicyRules,
  probes: LocationProbes,
): { vaultDir: string; storage: StorageKind; pinned: boolean } {
  const vaultDir = policy.suggestedVaultDir(defaultDir);
  return { vaultDir, storage: classifyVaultLocation(vaultDir, probes).kind, pinned: policy.info().vaultFolder !== null };
}
