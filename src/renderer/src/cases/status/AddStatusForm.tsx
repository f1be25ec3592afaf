import { useEffect, useState } from 'react';
import { FormProvider, useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { statusInputSchema, type StatusInput } from '@shared/cases/domain';
import {
  identityClarifiedSchema,
  residenceObligationSchema,
  residenceStatusSchema,
  workPermissionNoteSchema,
} from '@shared/kernel/vocabulary';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../../kernel/i18n';
import { useUnsavedChangesGuard } from '../../kernel/navigation';
import { useSession } from '../../kernel/session';
import { FormActions } from '../../ui/DialogFormActions';
import { DateField, SelectField, useVocabularyOptions } from '../../ui/forms';
import { NotStatedSelect } from '../../ui/NotStatedSelect';
import { optionalGermanDate } from '../../ui/dates';
import { markServerFieldErrors } from '../../ui/serverFieldErrors';

export interface StatusFormValues {
  status: string;
  validFrom: string;
  validUntil: string;
  workPermission: string;
  residenceObligation: string;
  identityClarified: string;
  documentSeenOn: string;
}

const choice = <O extends string>(schema: z.ZodType<O, string>) =>
  z
    .string()
    .transform((value) => (value === '' ? null : value))
    .pipe(schema.nullable());

/** The form's strings → the shared status input, whose rule "until not before from" lands on validUntil. */
export const statusFormSchema = z
  .object({
    status: z.string().min(1, 'validation.required').pipe(residenceStatusSchema),
    validFrom: optionalGermanDate,
    validUntil: optionalGermanDate,
    workPermission: choice(workPermissionNoteSchema),
    residenceObligation: choice(residenceObligationSchema),
    identityClarified: choice(identityClarifiedSchema),
    documentSeenOn: optionalGermanDate,
  })
  .pipe(statusInputSchema);

const ORDER: FieldPath<StatusFormValues>[] = [
  'status',
  'validFrom',
  'validUntil',
  'workPermission',
  'residenceObligation',
  'identityClarified',
  'documentSeenOn',
];

const EMPTY: StatusFormValues = {
  status: '',
  validFrom: '',
  validUntil: '',
  workPermission: '',
  residenceObligation: '',
  identityClarified: '',
  documentSeenOn: '',
};

/**
 * A new entry of the status history, as on the document: status, validity, the work-permission
 * note exactly as printed (its own field — never derived from the status), residence obligation,
 * identity, and when the document was seen.
 */
export function AddStatusForm({ caseId, onSaved, onCancel }: { caseId: string; onSaved: () => void; onCancel: () => void }) {
  const t = useT();
  const { call } = useSession();
  const form = useForm<StatusFormValues, unknown, StatusInput>({ resolver: zodResolver(statusFormSchema), defaultValues: EMPTY });
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [isSaved, setSaved] = useState(false);
  useUnsavedChangesGuard(form.formState.isDirty && !isSaved);
  const statuses = useVocabularyOptions('residenceStatus');

  useEffect(() => {
    form.setFocus('status');
  }, [form]);
  useEffect(() => {
    if (isSaved) onSaved();
  }, [isSaved, onSaved]);

  async function save(status: StatusInput) {
    setFormError(null);
    setSaving(true);
    const result = await call((api) => api.status.add({ caseId, status }));
    setSaving(false);
    if (result.ok) setSaved(true);
    else if (!markServerFieldErrors(result.error, form, ORDER, { prefix: 'status.' })) setFormError(result.error);
  }

  return (
    <FormProvider {...form}>
      <form
        className="form inline-form"
        noValidate
        aria-labelledby="add-status-heading"
        onSubmit={(event) => void form.handleSubmit(save)(event)}
      >
        <h3 id="add-status-heading">{t('caseDetail.status.addHeading')}</h3>
        <div className="form-grid">
          <SelectField<StatusFormValues>
            name="status"
            label={t('caseDetail.status.status')}
            options={statuses}
            isRequired
            className="field-span"
          />
          <DateField<StatusFormValues> name="validFrom" label={t('caseDetail.status.validFrom')} />
          <DateField<StatusFormValues> name="validUntil" label={t('caseDetail.status.validUntil')} />
          <NotStatedSelect<StatusFormValues>
            name="workPermission"
            label={t('caseDetail.status.workPermission')}
            hint={t('caseDetail.status.workPermissionHint')}
            vocabulary="workPermissionNote"
            className="field-span"
          />
          <NotStatedSelect<StatusFormValues>
            name="residenceObligation"
            label={t('caseDetail.status.residenceObligation')}
            vocabulary="residenceObligation"
          />
          <NotStatedSelect<StatusFormValues>
            name="identityClarified"
            label={t('caseDetail.status.identityClarified')}
            vocabulary="identityClarified"
          />
          <DateField<StatusFormValues> name="documentSeenOn" label={t('caseDetail.status.documentSeenOn')} />
        </div>
        <FormActions error={formError} submitLabel={t('caseDetail.status.save')} isDisabled={isSaving} onCancel={onCancel} />
      </form>
    </FormProvider>
  );
}
