import { FormActions } from '../ui/DialogFormActions';
import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { FormTextField } from '../ui/FormTextField';
import { PassphraseFields } from '../ui/PassphraseFields';
import { StatusMessage } from '../ui/StatusMessage';
import { confirmationSchema, enteredPassphraseSchema, isConfirmed, newPassphraseSchema } from '../ui/passphraseSchema';
import { applyServerFieldErrors } from '../ui/serverErrors';

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

export function ChangePassphraseSettings() {
  const t = useT();
  const { call } = useSession();
  const form = useForm<ChangeInput, unknown, ChangeValues>({ resolver: zodResolver(changeSchema), defaultValues: EMPTY });
  const [isChanged, setChanged] = useState(false);
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isSaving, setSaving] = useState(false);
  const headingId = useId();

  async function change(values: ChangeValues) {
    setFormError(null);
    setSaving(true);
    const result = await call((api) => api.vault.changePassphrase({ current: values.current, next: values.next }));
    setSaving(false);
    if (result.ok) {
      // Passphrases do not stay in the form after they have been used.
      form.reset(EMPTY);
      setChanged(true);
      return;
    }
    const marked = applyServerFieldErrors<ChangeInput>(result.error, ['current', 'next'], form.setError);
    if (marked.length === 0 && result.error.code === 'WRONG_PASSPHRASE') {
      form.setError('current', { type: 'server', message: result.error.message });
      marked.push('current');
    }
    const first = marked[0];
    if (first) form.setFocus(first, { shouldSelect: true });
    else setFormError(result.error);
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.passphrase.heading')}</h2>
      <FormProvider {...form}>
        <form
          className="form"
          noValidate
          aria-labelledby={headingId}
          aria-busy={isSaving}
          onSubmit={(event) => {
            setChanged(false);
            void form.handleSubmit(change)(event);
          }}
        >
          <FormTextField<ChangeInput>
            name="current"
            label={t('settings.passphrase.current')}
            type="password"
            autoComplete="current-password"
          />
          <PassphraseFields<ChangeInput>
            name="next"
            confirmationName="confirmation"
            label={t('settings.passphrase.new')}
            confirmationLabel={t('settings.passphrase.confirm')}
          />
          <FormActions error={formError} submitLabel={t('settings.passphrase.submit')} isDisabled={isSaving}>
            <StatusMessage tone="success" message={isChanged ? t('settings.passphrase.changed') : null} />
          </FormActions>
        </form>
      </FormProvider>
    </section>
  );
}
