import { join } from 'node:path';
import { AppError } from '../kernel/errors';
import type { Actor, Session } from '../session/session';
import { RECOVERY_RECIPIENT, openK0, storeSeal, supervisorRecipient } from '../session/log/keyring';
import { recoveryKeyPair, seedsOf, type SupervisorKeyPairs } from '../session/log/keys';
import {
  KEYSLOT_FILE_NAME,
  createUserSlot,
  findRecoverySlot,
  openRecoverySlot,
  readKeySlotFile,
  writeKeySlotFile,
  type KeySlotFile,
  type UserSlot,
} from './keyslots';
import { parseRecoveryKey } from './recoveryKey';

/**
 * The key-slot file of an open vault, as accounts and the recovery key change it. Every change
 * rewrites the file atomically and leaves every other slot byte-identical.
 */

export function readSlots(vaultDir: string): KeySlotFile {
  const slots = readKeySlotFile(join(vaultDir, KEYSLOT_FILE_NAME));
  if (!slots) throw new AppError('KEYSLOTS_DAMAGED');
  return slots;
}

function writeSlots(session: Session, slots: KeySlotFile['slots'], from: KeySlotFile): void {
  const { checksum: _checksum, ...body } = from;
  writeKeySlotFile(join(session.vaultDir, KEYSLOT_FILE_NAME), { ...body, slots });
}

export function findOwnSlot(slots: KeySlotFile, userId: string): UserSlot {
  const slot = slots.slots.find((candidate): candidate is UserSlot => candidate.kind === 'user' && candidate.userId === userId);
  if (!slot) throw new AppError('KEYSLOTS_DAMAGED');
  return slot;
}

/**
 * Adds or re-wraps one user's slot (accounts: create, enable, reset; passphrase change).
 * Supervisor slots carry their key pairs.
 */
export async function writeUserSlot(session: Session, user: Actor, passphrase: string, keys: SupervisorKeyPairs | null): Promise<void> {
  const slots = readSlots(session.vaultDir);
  const index = slots.slots.findIndex((slot) => slot.kind === 'user' && slot.userId === user.userId);
  const old = slots.slots[index];
  const seeds = keys ? seedsOf(keys) : null;
  const replacement = await createUserSlot(
    slots.vaultId,
    user,
    passphrase,
    session.dataKey,
    slots.kdfDefaults,
    old && old.kind === 'user' ? old.slotVersion + 1 : 1,
    keys && seeds ? { seeds, x25519Public: keys.x25519Public, ed25519Public: keys.ed25519Public } : undefined,
  );
  seeds?.fill(0);
  const next = index < 0 ? [...slots.slots, replacement] : slots.slots.map((slot, position) => (position === index ? replacement : slot));
  writeSlots(session, next, slots);
}

/** Re-wraps the session user's own slot with a new passphrase (with their key pairs, if a supervisor). */
export async function replaceOwnSlot(session: Session, passphrase: string): Promise<void> {
  const slot = findOwnSlot(readSlots(session.vaultDir), session.actor.userId);
  await writeUserSlot(session, { userId: slot.userId, name: slot.name, role: slot.role }, passphrase, session.supervisorKeys);
}

export function hasUserSlot(session: Session, userId: string): boolean {
  return readSlots(session.vaultDir).slots.some((slot) => slot.kind === 'user' && slot.userId === userId);
}

/** The key-slot file as it is now, to put back if a change that belongs with it fails. */
export function snapshotSlots(session: Session): KeySlotFile {
  return readSlots(session.vaultDir);
}

export function restoreSlots(session: Session, snapshot: KeySlotFile): void {
  writeSlots(session, snapshot.slots, snapshot);
}

/** Removes one user's slot (disable): the passphrase no longer opens the vault, not even outside Fallbuch. */
export function removeUserSlot(session: Session, userId: string): void {
  const slots = readSlots(session.vaultDir);
  writeSlots(
    session,
    slots.slots.filter((slot) => slot.kind !== 'user' || slot.userId !== userId),
    slots,
  );
}

/**
 * Seals the log's K_0 to a new recovery key (call inside the transaction that replaces the
 * recovery slot, from a supervisor session): without it a supervisor who later forgets their
 * passphrase could not get K_0 back through the new recovery key.
 */
export function sealLogKeyToRecovery(session: Session, recoveryKey: Buffer): void {
  const keys = session.supervisorKeys;
  if (!keys) throw new AppError('FORBIDDEN', { messageKey: 'error.NO_SUPERVISOR_KEYS' });
  const k0 = openK0(session.db, session.vaultId, supervisorRecipient(session.actor.userId), keys.x25519Private);
  if (!k0) throw new AppError('SUPERVISOR_NOT_VERIFIED');
  const pair = recoveryKeyPair(recoveryKey);
  try {
    storeSeal(session.db, session.vaultId, RECOVERY_RECIPIENT, pair.publicRaw, k0, session.now());
  } finally {
    k0.fill(0);
    pair.privateSeed.fill(0);
  }
}

/** The recovery slot must open with this key (a procedural check before resetting someone's access). */
export function checkRecoveryKey(session: Session, recoveryKeyText: string): void {
  const slots = readSlots(session.vaultDir);
  const recoverySlot = findRecoverySlot(slots);
  if (!recoverySlot) throw new AppError('KEYSLOTS_DAMAGED');
  const recoveryKey = parseRecoveryKey(recoveryKeyText);
  const dataKey = openRecoverySlot(slots.vaultId, recoverySlot, recoveryKey);
  recoveryKey.fill(0);
  if (!dataKey) throw new AppError('WRONG_RECOVERY_KEY', { fields: { recoveryKey: 'error.WRONG_RECOVERY_KEY' } });
  dataKey.fill(0);
}
