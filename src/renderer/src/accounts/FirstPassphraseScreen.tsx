import { FormActions } from '../ui/DialogFormActions';
import { useEffect, useId, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { useActivityTouch, useSession } from '../kernel/session';
import { FormTextField } from '../ui/FormTextField';
import { PassphraseFields } from '../ui/PassphraseFields';
import { confirmationSchema, enteredPassphraseSchema, isConfirmed, newPassphraseSchema } from '../ui/passphraseSchema';
import { applyServerFieldErrors } from '../ui/serverErrors';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import './accounts.css';

const firstSchema = z
  .object({ current: enteredPassphraseSchema, next: newPassphraseSchema, confirmation: confirmationSchema })
  .refine((form) => isConfirmed(form.next, form.confirmation), { message: 'validation.passphraseMismatch', path: ['confirmation'] })
  .refine((form) => form.current === '' || form.next !== form.current, { message: 'validation.passphraseUnchanged', path: ['next'] });
type FirstInput = z.input<typeof firstSchema>;
type FirstValues = z.output<typeof firstSchema>;

const EMPTY: FirstInput = { current: '', next: '', confirmation: '' };

/**
 * The first unlock with an initial (or reset) passphrase: before anything else the person sets a
 * passphrase only they know. The core refuses every other channel until then; locking is allowed.
 */
export function FirstPassphraseScreen({ onChanged }: { onChanged: () => void }) {
  const t = useT();
  const { info, call, lock } = useSession();
  const form = useForm<FirstInput, unknown, FirstValues>({ resolver: zodResolver(firstSchema), defaultValues: EMPTY });
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isSaving, setSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const introId = useId();
  useActivityTouch();
  useDocumentTitle(t('accountsUi.first.title'));

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  async function change(values: FirstValues) {
    setFormError(null);
    setSaving(true);
    const result = await call((api) => api.vault.changePassphrase({ current: values.current, next: values.next }));
    setSaving(false);
    if (result.ok) {
      form.reset(EMPTY);
      onChanged();
      return;
    }
    // "The initial passphrase is wrong" says which one of the three was meant.
    if (result.error.code === 'WRONG_PASSPHRASE') {
      form.setError('current', { type: 'server', message: 'accountsUi.first.wrongInitial' });
      form.setFocus('current', { shouldSelect: true });
      return;
    }
    const marked = applyServerFieldErrors<FirstInput>(result.error, ['current', 'next'], form.setError);
    const first = marked[0];
    if (first) form.setFocus(first, { shouldSelect: true });
    else setFormError(result.error);
  }

  return (
    <div className="card first-passphrase">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('accountsUi.first.title')}
      </h1>
      <p id={introId}>{t('accountsUi.first.intro', { name: info.name })}</p>
      <FormProvider {...form}>
        <form
          className="form"
          noValidate
          aria-describedby={introId}
          aria-busy={isSaving}
          onSubmit={(event) => void form.handleSubmit(change)(event)}
        >
          <FormTextField<FirstInput> name="current" label={t('accountsUi.first.current')} type="password" autoComplete="current-password" />
          <PassphraseFields<FirstInput>
            name="next"
            confirmationName="confirmation"
            label={t('settings.passphrase.new')}
            confirmationLabel={t('settings.passphrase.confirm')}
          />
          <FormActions
            error={formError}
            submitLabel={t('accountsUi.first.submit')}
            isDisabled={isSaving}
            onCancel={() => void lock()}
            cancelLabel={t('layout.lock')}
          />
        </form>
      </FormProvider>
    </div>
  );
}
