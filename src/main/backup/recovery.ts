import { join } from 'node:path';
import { AppError } from '../kernel/errors';
import type { Session } from '../session/session';
import {
  KEYSLOT_FILE_NAME,
  createRecoveryKey,
  createRecoverySlot,
  formatRecoveryKey,
  openUserSlot,
  readKeySlotFile,
  sealLogKeyToRecovery,
  writeKeySlotFile,
  type UserSlot,
} from '../vault';

/**
 * A new recovery key: the recovery slot is re-wrapped with a fresh 256-bit key and written
 * atomically with the rest of the key-slot file unchanged, so the old key stops opening this vault
 * at once, and the log's K_0 is sealed to the new key in the same transaction. (Backups made before
 * still carry the old slot: the old key keeps opening those.)
 */
export async function regenerateRecoveryKey(session: Session, passphrase: string): Promise<{ recoveryKey: string }> {
  const open = session;
  const file = join(open.vaultDir, KEYSLOT_FILE_NAME);
  const slots = readKeySlotFile(file);
  if (!slots) throw new AppError('KEYSLOTS_DAMAGED');
  const own = slots.slots.find((slot): slot is UserSlot => slot.kind === 'user' && slot.userId === open.actor.userId);
  if (!own) throw new AppError('KEYSLOTS_DAMAGED');
  const check = await openUserSlot(slots.vaultId, own, passphrase);
  if (!check) throw new AppError('WRONG_PASSPHRASE', { fields: { passphrase: 'error.WRONG_PASSPHRASE' } });
  check.fill(0);
  const index = slots.slots.findIndex((slot) => slot.kind === 'recovery');
  const old = slots.slots[index];
  if (!old || old.kind !== 'recovery') throw new AppError('KEYSLOTS_DAMAGED');
  const key = createRecoveryKey();
  try {
    const replacement = createRecoverySlot(slots.vaultId, key, open.dataKey, old.slotVersion + 1);
    const { checksum: _checksum, ...body } = slots;
    open.db.transaction(() => {
      // Logged in the same transaction; the file is written inside it so a failed write logs nothing.
      session.record('vault.recoveryKeyRegenerated', { details: { slotVersion: replacement.slotVersion } });
      // K_0 follows the recovery key: a supervisor who later forgets their passphrase recovers the
      // log key with the new key; the old key's seal is replaced, so it opens nothing here any more.
      sealLogKeyToRecovery(session, key);
      writeKeySlotFile(file, { ...body, slots: slots.slots.map((slot, position) => (position === index ? replacement : slot)) });
    })();
    return { recoveryKey: formatRecoveryKey(key) };
  } finally {
    key.fill(0);
  }
}
