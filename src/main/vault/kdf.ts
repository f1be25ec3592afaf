import argon2 from 'argon2';
import { hkdfSync } from 'node:crypto';

export interface Argon2Parameters {
  /** KiB */
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

export const DEFAULT_ARGON2: Argon2Parameters = { memoryCost: 64 * 1024, timeCost: 3, parallelism: 1 };
const MAX_MEMORY_KIB = 256 * 1024;
const TARGET_MS = 500;

/** Passphrases are NFC-normalised so "ü" typed as one or two code points unlocks the same slot. */
export async function deriveKeyFromPassphrase(passphrase: string, salt: Buffer, parameters: Argon2Parameters): Promise<Buffer> {
  return argon2.hash(passphrase.normalize('NFC'), {
    type: argon2.argon2id,
    raw: true,
    hashLength: 32,
    salt,
    memoryCost: parameters.memoryCost,
    timeCost: parameters.timeCost,
    parallelism: parameters.parallelism,
  });
}

/**
 * Picks Argon2id parameters for this machine: start at 64 MiB / t=3 and double the memory until one
 * derivation takes about half a second or 256 MiB are reached (ARCHITECTURE.md §4).
 */
export async function calibrateArgon2(): Promise<Argon2Parameters> {
  const salt = Buffer.alloc(16, 7);
  let parameters = DEFAULT_ARGON2;
  for (;;) {
    const started = performance.now();
    await deriveKeyFromPassphrase('calibration passphrase', salt, parameters);
    const elapsed = performance.now() - started;
    if (elapsed >= TARGET_MS || parameters.memoryCost >= MAX_MEMORY_KIB) return parameters;
    parameters = { ...parameters, memoryCost: Math.min(parameters.memoryCost * 2, MAX_MEMORY_KIB) };
  }
}

/** The recovery key already has 256 bits of entropy; stretching it would add nothing. */
export function deriveKeyFromRecoveryKey(recoveryKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, salt, 'fallbuch recovery-slot kek v1', 32));
}
