import { z } from 'zod';
import { ROLES } from '@shared/kernel/roles';
import { accountNameSchema, confirmationSchema, isConfirmed, newPassphraseSchema } from '../ui/passphraseSchema';

/**
 * Client-side twins of the accounts channels' rules (the core checks them again). The initial
 * passphrase is given to the person by hand and must be changed at their first unlock.
 */
export const newAccountSchema = z
  .object({
    name: accountNameSchema,
    role: z.enum(ROLES, { message: 'accountsUi.validation.roleRequired' }),
    initialPassphrase: newPassphraseSchema,
    confirmation: confirmationSchema,
  })
  .refine((form) => isConfirmed(form.initialPassphrase, form.confirmation), {
    message: 'validation.passphraseMismatch',
    path: ['confirmation'],
  });
export type NewAccountInput = z.input<typeof newAccountSchema>;
export type NewAccountValues = z.output<typeof newAccountSchema>;

const confirmedRule = {
  check: (form: { initialPassphrase: string; confirmation: string }) => isConfirmed(form.initialPassphrase, form.confirmation),
  params: { message: 'validation.passphraseMismatch', path: ['confirmation'] },
};

/** Resetting access: the recovery key is the authority for a new initial passphrase. */
export const resetAccessSchema = z
  .object({
    recoveryKey: z.string().trim().min(1, 'validation.recoveryKeyRequired').max(200, 'validation.tooLong'),
    initialPassphrase: newPassphraseSchema,
    confirmation: confirmationSchema,
  })
  .refine(confirmedRule.check, confirmedRule.params);
export type ResetAccessInput = z.input<typeof resetAccessSchema>;

/** Enabling a disabled account: a new initial passphrase (the recovery key is not asked for). */
export const enableSchema = z
  .object({ recoveryKey: z.string(), initialPassphrase: newPassphraseSchema, confirmation: confirmationSchema })
  .refine(confirmedRule.check, confirmedRule.params);
