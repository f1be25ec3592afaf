import { createCore, type Core } from '../../../src/main/app/createCore';

/** The core a child process runs: the test KDF, no background idle check. */
export function createChildCore(configDir: string, vaultDir: string): Core {
  return createCore({
    configDir,
    defaultVaultDir: vaultDir,
    kdf: { memoryCost: 8192, timeCost: 1, parallelism: 1 },
    idleCheckIntervalMs: 3_600_000,
  });
}
