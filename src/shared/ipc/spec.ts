import { z } from 'zod';
import type { ChannelName } from './channels';
import { ROLES, type Role } from '../domain/roles';
import { MIN_PASSPHRASE_LENGTH } from '../domain/passphrase';

/**
 * Building blocks of the IPC contract, shared by the per-area contract files in `areas/`.
 * - `public`: callable while the vault is locked (set-up, unlock, status).
 * - an array of roles: needs an unlocked session with one of these roles.
 */
export type Access = 'public' | readonly Role[];

export interface ChannelSpec {
  access: Access;
  input: z.ZodType;
  output: z.ZodType;
}

/** What an area file declares: a subset of the channels, each with its spec. */
export type AreaContract = Partial<Record<ChannelName, ChannelSpec>>;

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
