import { z } from 'zod';
import { MIN_PASSPHRASE_LENGTH } from '@shared/kernel/passphrase';

/**
 * Client-side twins of the contract's rules, with i18n keys as messages. The core checks the same
 * rules again; these exist so a mistake is shown while typing, not after a round trip.
 */
export const accountNameSchema = z.string().trim().min(1, 'validation.nameRequired').max(80, 'validation.nameTooLong');

export const newPassphraseSchema = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, 'validation.passphraseTooShort')
  .max(1024, 'validation.passphraseTooLong');

export const enteredPassphraseSchema = z.string().min(1, 'validation.passphraseRequired').max(1024, 'validation.passphraseTooLong');

export const confirmationSchema = z.string().min(1, 'validation.confirmRequired');

/** The repeated passphrase must equal the first; an empty repetition has its own message. */
export function isConfirmed(passphrase: string, confirmation: string): boolean {
  return confirmation === '' || passphrase === confirmation;
}
