import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ROLES, type Role } from '@shared/kernel/roles';
import { AppError } from '../kernel/errors';
import { readTextFile, writeFileAtomic } from '../kernel/files';
import { deriveKeyFromPassphrase, deriveKeyFromRecoveryKey, type Argon2Parameters } from './kdf';

/**
 * The key-slot sidecar (`keyslots.json`): the random data key, wrapped once per user (KEK from the
 * passphrase via Argon2id) and once for the recovery key. AES-256-GCM binds each wrap to the vault,
 * user, role and slot version through the associated data, so a slot cannot be moved to another
 * vault or relabelled with another role without failing authentication.
 */
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const argon2KdfSchema = z.object({
  algorithm: z.literal('argon2id'),
  memoryCost: z.number().int().min(1024),
  timeCost: z.number().int().min(1),
  parallelism: z.number().int().min(1),
  salt: base64,
});

const wrapSchema = { iv: base64, wrappedKey: base64, tag: base64 };

/**
 * A supervisor's private key seeds (X25519 for the log key seals ‖ Ed25519 for checkpoints), wrapped
 * with a key derived from the same Argon2id output as the data-key wrap (HKDF, own label), so one
 * passphrase derivation opens both. The publics are in the clear for display and sealing.
 */
const supervisorKeysSchema = z.object({
  x25519Public: base64,
  ed25519Public: base64,
  iv: base64,
  wrappedSeeds: base64,
  tag: base64,
});

const userSlotSchema = z.object({
  kind: z.literal('user'),
  userId: z.string().min(1),
  name: z.string().min(1),
  role: z.enum(ROLES),
  slotVersion: z.number().int().min(1),
  kdf: argon2KdfSchema,
  ...wrapSchema,
  supervisorKeys: supervisorKeysSchema.optional(),
});

const recoverySlotSchema = z.object({
  kind: z.literal('recovery'),
  slotVersion: z.number().int().min(1),
  kdf: z.object({ algorithm: z.literal('hkdf-sha256'), salt: base64 }),
  ...wrapSchema,
});

const keySlotFileSchema = z.object({
  format: z.literal('fallbuch-keyslots'),
  version: z.literal(1),
  vaultId: z.string().uuid(),
  kdfDefaults: argon2KdfSchema.omit({ algorithm: true, salt: true }),
  slots: z.array(z.discriminatedUnion('kind', [userSlotSchema, recoverySlotSchema])),
  /**
   * Set on a training vault only, so the unlock screen can say so before anyone signs in. Not
   * authenticated (nothing here is secret): after unlock the flag inside the database decides.
   */
  purpose: z.literal('training').optional(),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});

export type UserSlot = z.infer<typeof userSlotSchema>;
export type RecoverySlot = z.infer<typeof recoverySlotSchema>;
export type KeySlotFile = z.infer<typeof keySlotFileSchema>;
type KeySlotFileBody = Omit<KeySlotFile, 'checksum'>;

export const KEYSLOT_FILE_NAME = 'keyslots.json';

function checksumOf(body: KeySlotFileBody): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

function associatedData(vaultId: string, slot: { kind: 'user' | 'recovery'; slotVersion: number; userId?: string; role?: Role }): Buffer {
  return Buffer.from(
    ['fallbuch-keyslot', 'v1', vaultId, slot.kind, slot.userId ?? '', slot.role ?? '', String(slot.slotVersion)].join('|'),
    'utf8',
  );
}

function wrap(kek: Buffer, dataKey: Buffer, aad: Buffer): { iv: string; wrappedKey: string; tag: string } {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad);
  const wrappedKey = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { iv: iv.toString('base64'), wrappedKey: wrappedKey.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** Returns null when authentication fails (wrong passphrase or a slot that was tampered with). */
function unwrap(kek: Buffer, slot: { iv: string; wrappedKey: string; tag: string }, aad: Buffer, length = 32): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.iv, 'base64'));
    decipher.setAAD(aad);
    decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(slot.wrappedKey, 'base64')), decipher.final()]);
    return key.length === length ? key : null;
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

export function readKeySlotFile(file: string): KeySlotFile | null {
  const text = readTextFile(file);
  return text === null ? null : parseKeySlotText(text);
}

/**
 * The same checks as `readKeySlotFile` for key-slot text that is not (yet) a file of its own, e.g.
 * the part of a backup container: restoring onto a fresh installation checks the key before it
 * writes anything.
 */
export function parseKeySlotText(text: string): KeySlotFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError('KEYSLOTS_DAMAGED');
  }
  const result = keySlotFileSchema.safeParse(parsed);
  if (!result.success) throw new AppError('KEYSLOTS_DAMAGED');
  const { checksum, ...body } = result.data;
  if (checksumOf(body) !== checksum) throw new AppError('KEYSLOTS_DAMAGED');
  return result.data;
}

export function writeKeySlotFile(file: string, body: KeySlotFileBody): KeySlotFile {
  const complete = { ...body, checksum: checksumOf(body) };
  writeFileAtomic(file, `${JSON.stringify(complete, null, 2)}\n`);
  return complete;
}

/** The checksum covers the body as parsed, so the keys are written in the order of the schema. */
export function createKeySlotFileBody(kdfDefaults: Argon2Parameters, isTraining = false): KeySlotFileBody {
  return {
    format: 'fallbuch-keyslots',
    version: 1,
    vaultId: randomUUID(),
    kdfDefaults,
    slots: [],
    ...(isTraining ? { purpose: 'training' as const } : {}),
  };
}

function supervisorKeysKek(kek: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', kek, Buffer.alloc(0), 'fallbuch supervisor-keys kek v1', 32));
}

function supervisorKeysAad(
  vaultId: string,
  slot: { userId: string; slotVersion: number },
  x25519Public: string,
  ed25519Public: string,
): Buffer {
  return Buffer.from(
    ['fallbuch-supervisor-keys', 'v1', vaultId, slot.userId, String(slot.slotVersion), x25519Public, ed25519Public].join('|'),
    'utf8',
  );
}

export interface SupervisorSeeds {
  /** 64 bytes: X25519 seed ‖ Ed25519 seed. */
  seeds: Buffer;
  x25519Public: Buffer;
  ed25519Public: Buffer;
}

export async function createUserSlot(
  vaultId: string,
  user: { userId: string; name: string; role: Role },
  passphrase: string,
  dataKey: Buffer,
  parameters: Argon2Parameters,
  slotVersion = 1,
  supervisor?: SupervisorSeeds,
): Promise<UserSlot> {
  const salt = randomBytes(16);
  const kek = await deriveKeyFromPassphrase(passphrase, salt, parameters);
  const header = { kind: 'user' as const, ...user, slotVersion };
  let supervisorKeys: UserSlot['supervisorKeys'];
  if (supervisor) {
    const x25519Public = supervisor.x25519Public.toString('base64');
    const ed25519Public = supervisor.ed25519Public.toString('base64');
    const wrappedSeeds = wrap(supervisorKeysKek(kek), supervisor.seeds, supervisorKeysAad(vaultId, header, x25519Public, ed25519Public));
    supervisorKeys = { x25519Public, ed25519Public, iv: wrappedSeeds.iv, wrappedSeeds: wrappedSeeds.wrappedKey, tag: wrappedSeeds.tag };
  }
  const wrapped = wrap(kek, dataKey, associatedData(vaultId, header));
  kek.fill(0);
  return {
    ...header,
    kdf: { algorithm: 'argon2id', ...parameters, salt: salt.toString('base64') },
    ...wrapped,
    ...(supervisorKeys ? { supervisorKeys } : {}),
  };
}

export async function openUserSlot(vaultId: string, slot: UserSlot, passphrase: string): Promise<Buffer | null> {
  return (await openUserSlotWithKeys(vaultId, slot, passphrase))?.dataKey ?? null;
}

/**
 * Opens the data key and, for a supervisor slot, the private key seeds (null when the slot carries
 * none, as in vaults from before the access-log chain). Null when the passphrase is wrong.
 */
export async function openUserSlotWithKeys(
  vaultId: string,
  slot: UserSlot,
  passphrase: string,
): Promise<{ dataKey: Buffer; seeds: Buffer | null } | null> {
  const { memoryCost, timeCost, parallelism } = slot.kdf;
  const kek = await deriveKeyFromPassphrase(passphrase, Buffer.from(slot.kdf.salt, 'base64'), {
    memoryCost,
    timeCost,
    parallelism,
  });
  const keysKek = slot.supervisorKeys ? supervisorKeysKek(kek) : null;
  const dataKey = unwrap(kek, slot, associatedData(vaultId, slot));
  if (!dataKey) {
    keysKek?.fill(0);
    return null;
  }
  const keys = slot.supervisorKeys;
  const seeds =
    keys && keysKek
      ? unwrap(
          keysKek,
          { iv: keys.iv, wrappedKey: keys.wrappedSeeds, tag: keys.tag },
          supervisorKeysAad(vaultId, slot, keys.x25519Public, keys.ed25519Public),
          64,
        )
      : null;
  return { dataKey, seeds };
}

export function createRecoverySlot(vaultId: string, recoveryKey: Buffer, dataKey: Buffer, slotVersion = 1): RecoverySlot {
  const salt = randomBytes(16);
  const kek = deriveKeyFromRecoveryKey(recoveryKey, salt);
  const header = { kind: 'recovery' as const, slotVersion };
  const wrapped = wrap(kek, dataKey, associatedData(vaultId, header));
  kek.fill(0);
  return { ...header, kdf: { algorithm: 'hkdf-sha256', salt: salt.toString('base64') }, ...wrapped };
}

export function openRecoverySlot(vaultId: string, slot: RecoverySlot, recoveryKey: Buffer): Buffer | null {
  const kek = deriveKeyFromRecoveryKey(recoveryKey, Buffer.from(slot.kdf.salt, 'base64'));
  return unwrap(kek, slot, associatedData(vaultId, slot));
}

export function findUserSlot(file: KeySlotFile, name: string): UserSlot | undefined {
  const wanted = name.trim().toLocaleLowerCase('de');
  return file.slots.find((slot): slot is UserSlot => slot.kind === 'user' && slot.name.toLocaleLowerCase('de') === wanted);
}

export function findRecoverySlot(file: KeySlotFile): RecoverySlot | undefined {
  return file.slots.find((slot): slot is RecoverySlot => slot.kind === 'recovery');
}
