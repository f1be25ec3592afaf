import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { MessageKey } from '@shared/i18n';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { FormTextField } from '../ui/FormTextField';
import { PassphraseFields } from '../ui/PassphraseFields';
import { confirmationSchema, enteredPassphraseSchema, isConfirmed, newPassphraseSchema } from '../ui/passphraseSchema';
import { ContextForm } from '../ui/forms';
import { markServerFieldErrors } from '../ui/serverFieldErrors';
import { usePassphraseRule } from '../policy';

const changeSchema = z
  .object({ current: enteredPassphraseSchema, next: newPassphraseSchema, confirmation: confirmationSchema })
  .refine((form) => isConfirmed(form.next, form.confirmation), {
    message: 'validation.passphraseMismatch',
    path: ['confirmation'],
  })
  .refine((form) => form.current === '' || form.next !== form.current, {
    message: 'validation.passphraseUnchanged',
    path: ['next'],
  });
type ChangeInput = z.input<typeof changeSchema>;
type ChangeValues = z.output<typeof changeSchema>;

const EMPTY: ChangeInput = { current: '', next: '', confirmation: '' };

/**
 * Changing one's own passphrase: the current one, then the new one twice. Used in the settings and,
 * with its own words, at the first unlock with an initial passphrase. The form's attributes and its
 * foot (`renderActions`) belong to the caller; a refused current passphrase is marked on its field.
 */
export function PassphraseChangeForm({
  currentLabel,
  wrongCurrentMessage,
  formProps,
  onSubmitStart,
  onChanged,
  renderActions,
}: {
  currentLabel: string;
  /** The message for a wrong current passphrase; the core's own words when not given. */
  wrongCurrentMessage?: MessageKey;
  /** How the form is named for screen readers (`aria-labelledby` or `aria-describedby`). */
  formProps: { 'aria-labelledby': string } | { 'aria-describedby': string };
  /** Runs on every submit, before the input is checked (e.g. to clear an earlier "changed"). */
  onSubmitStart?: () => void;
  onChanged: () => void;
  renderActions: (state: { error: AppErrorData | null; isSaving: boolean }) => ReactNode;
}) {
  const t = useT();
  const passphraseRule = usePassphraseRule();
  const { call } = useSession();
  const form = useForm<ChangeInput, unknown, ChangeValues>({ resolver: zodResolver(changeSchema), defaultValues: EMPTY });
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isSaving, setSaving] = useState(false);

  async function change(values: ChangeValues) {
    setFormError(null);
    setSaving(true);
    const result = await call((api) => api.vault.changePassphrase({ current: values.current, next: values.next }));
    setSaving(false);
    if (result.ok) {
      // Passphrases do not stay in the form after they have been used.
      form.reset(EMPTY);
      onChanged();
      return;
    }
    // A wrong current passphrase belongs on its field; with its own words (at the first unlock,
    // "the initial passphrase is wrong") it is named even when the core marked fields as well.
    const isWrongCurrent = result.error.code === 'WRONG_PASSPHRASE';
    const error = isWrongCurrent && wrongCurrentMessage ? { code: result.error.code, message: wrongCurrentMessage } : result.error;
    const fallback = isWrongCurrent ? 'current' : undefined;
    if (!markServerFieldErrors<ChangeInput>(error, form, ['current', 'next'], { shouldSelect: true, fallback })) setFormError(result.error);
  }

  return (
    <ContextForm
      form={form}
      {...formProps}
      aria-busy={isSaving}
      onSubmit={(event) => {
        onSubmitStart?.();
        return form.handleSubmit(change)(event);
      }}
    >
      <FormTextField<ChangeInput> name="current" label={currentLabel} type="password" autoComplete="current-password" />
      <PassphraseFields<ChangeInput>
        rule={passphraseRule}
        name="next"
        confirmationName="confirmation"
        label={t('settings.passphrase.new')}
        confirmationLabel={t('settings.passphrase.confirm')}
      />
      {renderActions({ error: formError, isSaving })}
    </ContextForm>
  );
}
