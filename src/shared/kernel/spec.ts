import { z } from 'zod';
import { ROLES, type Role } from './roles';
import { MIN_PASSPHRASE_LENGTH } from './passphrase';

/**
 * Building blocks of the IPC contract, shared by every feature's `contract.ts`.
 * - `public`: callable while the vault is locked (set-up, unlock, status).
 * - an array of roles: needs an unlocked session with one of these roles.
 */
export type Access = 'public' | readonly Role[];

export interface ChannelSpec {
  access: Access;
  input: z.ZodType;
  output: z.ZodType;
}

/** What a feature declares: exactly the channels of its `channels.ts`, each with its spec. */
export type AreaContract<C extends string> = Record<C, ChannelSpec>;

export const ANY_ROLE = ROLES;
export const SUPERVISOR_ONLY = ['supervisor'] as const satisfies readonly Role[];
export const COUNSELLOR_ONLY = ['counsellor'] as const satisfies readonly Role[];

export const empty = z.strictObject({});
export const idSchema = z.string().min(1).max(64);
export const done = z.object({ done: z.literal(true) });

export const accountName = z.string().trim().min(1, 'validation.nameRequired').max(80, 'validation.nameTooLong');

export const newPassphrase = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, 'validation.passphraseTooShort')
  .max(1024, 'validation.passphraseTooLong');

/** An entered passphrase is checked against the key slot, so only its length is bounded here. */
export const enteredPassphrase = z.string().min(1, 'validation.passphraseRequired').max(1024);

export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'validation.invalid');
export const recoveryKeyText = z.string().trim().min(1, 'validation.recoveryKeyRequired').max(200);
/** A file the core wrote where the user chose: only its name goes into the access log. */
export const writtenFileSchema = z.object({ fileName: z.string(), sha256: z.string(), bytes: z.number().int() });
/** A file dialog may be cancelled: then nothing was written or changed. */
export const cancelled = z.object({ cancelled: z.literal(true) });

/** A whole number within `range` (inclusive); every way of missing it shows the one `message`. */
export function wholeNumberIn(range: { min: number; max: number }, message: string) {
  return z.number({ message }).int(message).min(range.min, message).max(range.max, message);
}

/** The input that names one case. */
export const caseInput = z.strictObject({ caseId: idSchema });
/** The input that names one record. */
export const idInput = z.strictObject({ id: idSchema });
/** What adding a record answers: the new record's id. */
export const createdId = z.object({ id: z.string() });

/**
 * The add and update channels of one kind of a case's records (goals, referrals, consents …): add
 * takes the case and the record under `key` and answers the new id; update takes the record's id.
 */
export function caseRecordSpecs<Key extends string, Schema extends z.ZodType, A extends Access>(access: A, key: Key, record: Schema) {
  const fields = { [key]: record } as { [K in Key]: Schema };
  return {
    add: { access, input: z.strictObject({ caseId: idSchema, ...fields }), output: createdId },
    update: { access, input: z.strictObject({ id: idSchema, ...fields }), output: done },
  } as const;
}
