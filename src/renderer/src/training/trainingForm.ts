import { z } from 'zod';
import { confirmationSchema, isConfirmed, newPassphraseSchema } from '../ui/passphraseSchema';

/** One passphrase for both practice accounts, typed twice. */
export const trainingFormSchema = z
  .object({ passphrase: newPassphraseSchema, confirmation: confirmationSchema })
  .refine((form) => isConfirmed(form.passphrase, form.confirmation), { message: 'validation.passphraseMismatch', path: ['confirmation'] });

export type TrainingFormValues = z.infer<typeof trainingFormSchema>;
export const TRAINING_FORM_FIELDS = ['passphrase', 'confirmation'] as const;
