/**
 * The envelope every channel returns. Errors cross IPC as data with a stable code and a message key
 * from the i18n dictionaries, never as thrown objects, so the renderer can show a German or English
 * text and nothing sensitive (stack traces, SQL, case data) ever reaches it.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_OUTPUT',
  'LOCKED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ALREADY_INITIALISED',
  'NOT_INITIALISED',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'THROTTLED',
  'KEYSLOTS_DAMAGED',
  'VAULT_CORRUPT',
  'VAULT_TOO_NEW',
  'VAULT_MISSING',
  'VAULT_PATH_INVALID',
  'STORAGE_FULL',
  'STORAGE_READONLY',
  'UNKNOWN_CHANNEL',
  'INTERNAL',
  // access log, roles, accounts (issue 4)
  'PASSPHRASE_CHANGE_REQUIRED',
  'REASON_REQUIRED',
  'SUPERVISOR_NOT_VERIFIED',
  'LAST_SUPERVISOR',
  'CHECKPOINT_INVALID',
  'CHECKPOINT_OTHER_VAULT',
  'NOTHING_TO_ARCHIVE',
  // lifecycle (issue 6)
  'BACKUP_TARGET_INVALID',
  'BACKUP_DAMAGED',
  'BACKUP_OTHER_VAULT',
  'BACKUP_WRONG_KEY',
  'BACKUP_USER_MISSING',
  'CONFIRMATION_MISMATCH',
  'OPEN_DEADLINES',
  'PLAN_CHANGED',
  // documents (issue 18)
  'DOCUMENT_REFUSED',
  'DOCUMENT_DAMAGED',
  'DOCUMENT_NOT_VIEWABLE',
  'DOCUMENT_LINK_INVALID',
  // import (issue 11): a chosen list refused as a whole, the reason in the message key
  'FILE_REFUSED',
  // municipal IT: machine policy, storage location, exit kit (issue 14)
  'POLICY_FORBIDDEN',
  'POLICY_FOLDER',
  'POLICY_PINNED',
  'VAULT_ON_NETWORK',
  'VAULT_IN_USE',
  'VAULT_DAMAGED',
  // papers (issue 12)
  'CONSENT_REQUIRED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

export interface AppErrorData {
  code: ErrorCode;
  /** A key of the i18n dictionaries (e.g. `error.wrongPassphrase`). */
  message: string;
  /** Values the message interpolates, e.g. `{ seconds: 16 }`. Never case data. */
  params?: ErrorParams;
  /** For INVALID_INPUT: which fields failed, as dotted paths with a message key each. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
