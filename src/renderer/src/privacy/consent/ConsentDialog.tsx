import { useState } from 'react';
import { useForm, useFormContext } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { todayIn } from '@shared/kernel/dates';
import {
  CONSENT_DATA_CATEGORIES,
  CONSENT_FORMS,
  CONSENT_KINDS,
  SPECIAL_CATEGORIES,
  type ConsentInput,
  type ConsentRow,
} from '@shared/privacy/consent';
import type { Partner } from '@shared/planning/plan';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../../kernel/i18n';
import { useSession } from '../../kernel/session';
import { CheckboxField, DateField, SelectField, TextAreaField, TextField, type SelectOption } from '../../ui/forms';
import { markServerFieldErrors } from '../../ui/serverFieldErrors';
import { ModalForm } from '../../ui/ModalForm';
import { CONSENT_FIELD_ORDER, consentDefaults, consentFormSchema, type ConsentValues } from './consentForm';

/**
 * Record or correct a consent. Special categories (Art. 9 DSGVO) are a group of their own: a
 * consent covers them only when they are ticked explicitly.
 */
export function ConsentDialog({
  caseId,
  consent,
  partners,
  onClose,
  onSaved,
}: {
  caseId: string;
  consent?: ConsentRow;
  partners: readonly Partner[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { call } = useSession();
  const form = useForm<ConsentValues, unknown, ConsentInput>({
    resolver: zodResolver(consentFormSchema),
    defaultValues: consentDefaults(todayIn(new Date()), consent),
  });
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const kind = form.watch('kind');
  const choosable = partners
    .filter((partner) => !partner.archived || partner.id === consent?.recipientPartnerId)
    .map((partner) => ({ value: partner.id, label: partner.name }));

  async function save(input: ConsentInput) {
    setFormError(null);
    const result = consent
      ? await call((api) => api.consents.update({ id: consent.id, consent: input }))
      : await call((api) => api.consents.record({ caseId, consent: input }));
    if (result.ok) onSaved();
    else if (!markServerFieldErrors(result.error, form, CONSENT_FIELD_ORDER, { prefix: 'consent.' })) setFormError(result.error);
  }

  return (
    <ModalForm
      title={t(consent ? 'consentUi.editTitle' : 'consentUi.addTitle')}
      form={form}
      onSubmit={save}
      onClose={onClose}
      error={formError}
      className="dialog-wide"
      formClassName="consent-form"
    >
      <SelectField<ConsentValues>
        name="kind"
        label={t('consentUi.kind')}
        options={CONSENT_KINDS.map((value) => ({ value, label: t(`consent.kind.${value}`) }))}
        isRequired
        className="field-wide"
      />
      {kind === 'release' ? (
        <div className="form-grid">
          <SelectField<ConsentValues>
            name="recipientPartnerId"
            label={t('consentUi.recipientPartner')}
            hint={t('consentUi.recipientHint')}
            options={choosable}
            emptyLabel={t('consentUi.recipientOther')}
          />
          <TextField<ConsentValues> name="recipientText" label={t('consentUi.recipientText')} />
        </div>
      ) : null}
      <TextAreaField<ConsentValues> name="purpose" label={t('consentUi.purpose')} isRequired={kind === 'release'} rows={2} />
      <CategoryChecks
        legend={t('consentUi.dataCategories')}
        name="dataCategories"
        options={CONSENT_DATA_CATEGORIES.map((category) => ({ value: category, label: t(`consent.category.${category}`) }))}
      />
      <CategoryChecks
        legend={t('consentUi.specialCategories')}
        hint={t('consentUi.specialHint')}
        name="specialCategories"
        options={SPECIAL_CATEGORIES.map((category) => ({ value: category, label: t(`consent.special.${category}`) }))}
        className="consent-special"
      />
      <div className="form-grid">
        <SelectField<ConsentValues>
          name="form"
          label={t('consentUi.form')}
          options={CONSENT_FORMS.map((value) => ({ value, label: t(`consent.form.${value}`) }))}
          isRequired
        />
        <DateField<ConsentValues> name="givenOn" label={t('consentUi.givenOn')} isRequired />
        <DateField<ConsentValues> name="validUntil" label={t('consentUi.validUntil')} />
        <TextField<ConsentValues> name="language" label={t('consentUi.language')} />
      </div>
      <CheckboxField<ConsentValues> name="interpreter" label={t('consentUi.interpreter')} />
      <TextAreaField<ConsentValues> name="note" label={t('consentUi.note')} rows={2} />
    </ModalForm>
  );
}

/** The data categories a consent covers (ordinary, or Art. 9 special ones), each a checkbox. */
function CategoryChecks({
  legend,
  hint,
  name,
  options,
  className,
}: {
  legend: string;
  hint?: string;
  name: 'dataCategories' | 'specialCategories';
  options: readonly SelectOption[];
  className?: string;
}) {
  const { register } = useFormContext<ConsentValues>();
  return (
    <fieldset className={['form-group consent-categories', className].filter(Boolean).join(' ')}>
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <div className="consent-checks">
        {options.map((option) => (
          <label key={option.value} className="checkbox checkbox-inline">
            <input type="checkbox" value={option.value} {...register(name)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
