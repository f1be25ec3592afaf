export { VaultService, type LockReason, type VaultServiceOptions } from './service';
export { createVaultHandlers } from './app';
export {
  checkRecoveryKey,
  findOwnSlot,
  hasUserSlot,
  readSlots,
  removeUserSlot,
  replaceOwnSlot,
  restoreSlots,
  sealLogKeyToRecovery,
  snapshotSlots,
  writeUserSlot,
} from './slots';
export {
  KEYSLOT_FILE_NAME,
  createRecoverySlot,
  findRecoverySlot,
  findUserSlot,
  openRecoverySlot,
  parseKeySlotText,
  openUserSlot,
  readKeySlotFile,
  writeKeySlotFile,
  type KeySlotFile,
  type UserSlot,
} from './keyslots';
export { createRecoveryKey, formatRecoveryKey, parseRecoveryKey } from './recoveryKey';
export type { Argon2Parameters } from './kdf';
export {
  checkVaultLocation,
  classifyVaultLocation,
  systemLocationProbes,
  type LocationProbes,
  type StorageClass,
  type StorageKind,
} from './location';
export { usedEntries } from './quarantine';
export { readVaultCreatedAt, readVaultId, readVaultPurpose, type VaultPurpose } from './repository';
