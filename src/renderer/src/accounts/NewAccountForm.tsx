import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { FormActions } from '../ui/DialogFormActions';
import { FieldError } from '../ui/FieldError';
import { FormTextField } from '../ui/FormTextField';
import { ContextForm } from '../ui/forms';
import { StatusMessage } from '../ui/StatusMessage';
import { markServerFieldErrors } from '../ui/serverFieldErrors';
import { newAccountSchema, type NewAccountInput, type NewAccountValues } from './accountForms';
import { InitialPassphraseFields } from './InitialPassphraseFields';

const ROLE_CHOICES = [
  { role: 'counsellor', hint: 'accountsUi.create.counsellorHint' },
  { role: 'supervisor', hint: 'accountsUi.create.supervisorHint' },
] as const;

const EMPTY: NewAccountInput = { name: '', role: 'counsellor', initialPassphrase: '', confirmation: '' };

/**
 * "Konto anlegen": a counsellor or a supervisor with an initial passphrase, which the supervisor
 * hands over in person and which must be changed at the first unlock.
 */
export function NewAccountForm({ onCreated }: { onCreated: () => Promise<void> }) {
  const { t, translateMessage } = useI18n();
  const { call } = useSession();
  const headingId = useId();
  const roleErrorId = useId();
  const form = useForm<NewAccountInput, unknown, NewAccountValues>({ resolver: zodResolver(newAccountSchema), defaultValues: EMPTY });
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const roleError = form.formState.errors.role;

  async function create(values: NewAccountValues) {
    setFormError(null);
    setCreated(null);
    setSaving(true);
    const result = await call((api) =>
      api.accounts.create({ name: values.name, role: values.role, initialPassphrase: values.initialPassphrase }),
    );
    setSaving(false);
    if (result.ok) {
      form.reset(EMPTY);
      setCreated(t('accountsUi.create.done', { name: values.name }));
      await onCreated();
      return;
    }
    const order = ['name', 'role', 'initialPassphrase'] as const;
    if (!markServerFieldErrors<NewAccountInput>(result.error, form, order, { shouldSelect: true })) setFormError(result.error);
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('accountsUi.create.heading')}</h2>
      <p>{t('accountsUi.create.intro')}</p>
      <ContextForm form={form} aria-labelledby={headingId} aria-busy={isSaving} onSubmit={form.handleSubmit(create)}>
        <FormTextField<NewAccountInput> name="name" label={t('field.name')} autoComplete="off" />
        <fieldset className="field radio-group" aria-describedby={roleError ? roleErrorId : undefined}>
          <legend className="field-label">{t('accountsUi.column.role')}</legend>
          {ROLE_CHOICES.map(({ role, hint }) => (
            <label key={role} className="radio">
              <input type="radio" value={role} {...form.register('role')} />
              <span>
                {t(`role.${role}`)} <span className="radio-detail">{t(hint)}</span>
              </span>
            </label>
          ))}
          {roleError?.message ? <FieldError id={roleErrorId} message={translateMessage(roleError.message)} /> : null}
        </fieldset>
        <InitialPassphraseFields />
        <FormActions error={formError} submitLabel={t('accountsUi.create.submit')} isDisabled={isSaving}>
          <StatusMessage tone="success" message={created} />
        </FormActions>
      </ContextForm>
    </section>
  );
}
