import { z } from 'zod';
import type { FieldPath } from 'react-hook-form';
import { accountNameSchema, confirmationSchema, isConfirmed, newPassphraseSchema } from '../ui/passphraseSchema';

const accountSchema = z
  .object({ name: accountNameSchema, passphrase: newPassphraseSchema, confirmation: confirmationSchema })
  .refine((account) => isConfirmed(account.passphrase, account.confirmation), {
    message: 'validation.passphraseMismatch',
    path: ['confirmation'],
  });

export const setupFormSchema = z
  .object({
    vaultDir: z.string().trim().min(1, 'validation.folderRequired').max(4096, 'validation.invalid'),
    supervisor: accountSchema,
    counsellor: accountSchema,
  })
  // Same rule as the contract: the two people need names that cannot be confused.
  .refine((form) => form.supervisor.name.toLocaleLowerCase('de') !== form.counsellor.name.toLocaleLowerCase('de'), {
    message: 'validation.namesMustDiffer',
    path: ['counsellor', 'name'],
  });

export type SetupFormInput = z.input<typeof setupFormSchema>;
export type SetupFormValues = z.output<typeof setupFormSchema>;

export const SETUP_DEFAULTS: SetupFormInput = {
  vaultDir: '',
  supervisor: { name: '', passphrase: '', confirmation: '' },
  counsellor: { name: '', passphrase: '', confirmation: '' },
};

/** The form steps in order; the recovery key step after them has no fields. */
export const FORM_STEPS = ['location', 'supervisor', 'counsellor'] as const;
export type FormStep = (typeof FORM_STEPS)[number];

export const STEP_FIELDS: Record<FormStep, readonly FieldPath<SetupFormInput>[]> = {
  location: ['vaultDir'],
  supervisor: ['supervisor.name', 'supervisor.passphrase', 'supervisor.confirmation'],
  counsellor: ['counsellor.name', 'counsellor.passphrase', 'counsellor.confirmation'],
};

/** Every field in form order, for mapping errors back to the step that shows them. */
export const ALL_SETUP_FIELDS: readonly FieldPath<SetupFormInput>[] = FORM_STEPS.flatMap((step) => STEP_FIELDS[step]);

export function stepOfField(field: FieldPath<SetupFormInput>): FormStep {
  return FORM_STEPS.find((step) => STEP_FIELDS[step].includes(field)) ?? 'location';
}
