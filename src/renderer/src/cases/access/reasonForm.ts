import { z } from 'zod';
import { ACCESS_REASONS, type AccessReason } from '@shared/cases/access';

/**
 * The reason form's own schema: the same rules as the contract's `accessReasonSchema` (a kind is
 * required, "Sonstiges" needs a text), but on the form's raw values so the messages land on the
 * right field while typing. The core checks it all again.
 */
export const reasonFormSchema = z
  .object({
    // Nothing is chosen when the dialog opens (null): that is the "empty reason" the form refuses.
    kind: z
      .enum(ACCESS_REASONS, { message: 'validation.reasonRequired' })
      .nullable()
      .transform((kind, context) => {
        if (kind !== null) return kind;
        context.addIssue({ code: 'custom', message: 'validation.reasonRequired' });
        return z.NEVER;
      }),
    text: z.string().trim().max(300, 'validation.tooLong'),
  })
  .refine((form) => form.kind !== 'other' || form.text.length > 0, {
    message: 'validation.reasonTextRequired',
    path: ['text'],
  });

export type ReasonFormInput = z.input<typeof reasonFormSchema>;
export type ReasonFormValues = z.output<typeof reasonFormSchema>;

export const EMPTY_REASON: ReasonFormInput = { kind: null, text: '' };

/** What goes to the core: the text only when there is one. */
export function toAccessReason(values: ReasonFormValues): AccessReason {
  return values.text ? { kind: values.kind, text: values.text } : { kind: values.kind };
}
