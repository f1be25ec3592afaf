import { useEffect, useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { AppErrorData } from '@shared/kernel/result';
import type { StatsProfile } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';
import { FormActions } from '../ui/DialogFormActions';
import { useUnsavedChangesGuard } from '../kernel/navigation';
import { useSession } from '../kernel/session';
import { useAnnounce } from '../ui/Announcer';
import { FieldError } from '../ui/FieldError';
import { RadioGroupField, TextField } from '../ui/forms';
import { DigitsField } from '../ui/DigitsField';
import { markServerFieldErrors } from '../ui/serverFieldErrors';
import { emptyProfile, profileFormSchema, valuesOfProfile, type ProfileInput, type ProfileValues } from './profileFormSchema';
import { tableNumber } from './StatsTable';
import type { CatalogueTable } from './useStatsProfiles';

/** Create or edit a custom recipient profile: name, method, k (suppression) and which tables. */
export function ProfileForm({
  editing,
  catalogue,
  onSaved,
  onCancel,
}: {
  editing: StatsProfile | null;
  catalogue: readonly CatalogueTable[];
  onSaved: () => Promise<void>;
  onCancel: () => void;
}) {
  const { t, language, translateMessage } = useI18n();
  const { call } = useSession();
  const announce = useAnnounce();
  const headingId = useId();
  const tablesErrorId = useId();
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const allTables = catalogue.map((table) => table.id);
  const form = useForm<ProfileValues, unknown, ProfileInput>({
    resolver: zodResolver(profileFormSchema),
    defaultValues: editing ? valuesOfProfile(editing) : emptyProfile(allTables),
  });
  useUnsavedChangesGuard(form.formState.isDirty);
  // "Bearbeiten" in the list opens the profile here: the keyboard continues in its name field.
  const { setFocus } = form;
  useEffect(() => {
    if (editing) setFocus('name');
  }, [editing, setFocus]);
  const method = form.watch('method');
  const tablesError = form.formState.errors.tables?.message ?? form.formState.errors.tables?.root?.message;

  async function save(profile: ProfileInput) {
    setFormError(null);
    const result = await call((api) => api.stats.saveProfile({ profile: editing ? { ...profile, id: editing.id } : profile }));
    if (!result.ok) {
      if (!markServerFieldErrors(result.error, form, ['name', 'k', 'tables'], { prefix: 'profile.' })) setFormError(result.error);
      return;
    }
    announce(t(editing ? 'statsUi.profiles.updated' : 'statsUi.profiles.created', { name: profile.name }));
    form.reset(emptyProfile(allTables));
    await onSaved();
  }

  return (
    <section className="form-group stats-profile-form" aria-labelledby={headingId}>
      <h3 id={headingId}>{editing ? t('statsUi.profiles.editHeading', { name: editing.name }) : t('statsUi.profiles.newHeading')}</h3>
      <FormProvider {...form}>
        <form className="form" noValidate aria-labelledby={headingId} onSubmit={(event) => void form.handleSubmit(save)(event)}>
          <TextField<ProfileValues> name="name" label={t('statsUi.profiles.name')} hint={t('statsUi.profiles.nameHint')} isRequired />
          <RadioGroupField<ProfileValues>
            name="method"
            label={t('statsUi.profiles.method')}
            options={[
              { value: 'ckm', label: t('stats.method.ckm') },
              { value: 'suppression', label: t('stats.method.suppression') },
            ]}
            isRequired
          />
          <p className="field-hint">{t(method === 'ckm' ? 'statsUi.profiles.methodCkmHint' : 'statsUi.profiles.methodSuppressionHint')}</p>
          {method === 'suppression' ? (
            <DigitsField<ProfileValues> name="k" label={t('statsUi.profiles.k')} hint={t('statsUi.profiles.kHint')} isRequired />
          ) : null}
          <fieldset className="field field-wide stats-table-choice" aria-describedby={tablesError ? tablesErrorId : undefined}>
            <legend className="field-label">
              {t('statsUi.profiles.tables')} <span className="field-required">({t('caseForm.required')})</span>
            </legend>
            <div className="actions actions-start stats-table-choice-actions">
              <button
                type="button"
                className="button button-quiet"
                onClick={() => form.setValue('tables', allTables, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })}
              >
                {t('statsUi.profiles.selectAll')}
              </button>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => form.setValue('tables', [], { shouldDirty: true, shouldValidate: form.formState.isSubmitted })}
              >
                {t('statsUi.profiles.selectNone')}
              </button>
            </div>
            <ul className="stats-table-options">
              {catalogue.map((table) => (
                <li key={table.id}>
                  <label className="checkbox checkbox-inline">
                    <input type="checkbox" value={table.id} aria-invalid={tablesError ? 'true' : 'false'} {...form.register('tables')} />
                    <span>
                      {tableNumber(table.id)} {language === 'de' ? table.title : table.titleEn}
                      {table.yearlyOnly ? <span className="checkbox-hint">{t('statsUi.profiles.yearlyOnly')}</span> : null}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            {tablesError ? <FieldError id={tablesErrorId} message={translateMessage(tablesError)} /> : null}
          </fieldset>
          <FormActions
            error={formError}
            submitLabel={editing ? t('common.save') : t('statsUi.profiles.create')}
            isDisabled={form.formState.isSubmitting}
            onCancel={editing ? onCancel : undefined}
          />
        </form>
      </FormProvider>
    </section>
  );
}
