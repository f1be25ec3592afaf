import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { assessmentInputSchema, type Assessment, type AssessmentInput } from '@shared/planning/plan';
import { prioritySchema, type FieldOfAction } from '@shared/kernel/vocabulary';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { CheckboxField, TextAreaField, useVocabularyLabel } from '../ui/forms';
import { NotStatedSelect } from '../ui/NotStatedSelect';
import { markServerFieldErrors } from '../ui/serverFieldErrors';
import { ModalForm } from '../ui/ModalForm';

interface AssessmentValues {
  hasNeed: boolean;
  priority: string;
  resources: string;
  needs: string;
}

/** Resources, needs and priority of one Handlungsfeld; saving replaces its earlier assessment. */
export function AssessmentDialog({
  caseId,
  field,
  current,
  onClose,
  onSaved,
}: {
  caseId: string;
  field: FieldOfAction;
  current: Assessment | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { call } = useSession();
  const label = useVocabularyLabel();
  const schema = z
    .object({
      hasNeed: z.boolean(),
      priority: z
        .string()
        .transform((value) => (value === '' ? null : value))
        .pipe(prioritySchema.nullable()),
      resources: z.string(),
      needs: z.string(),
    })
    .transform((values) => ({ field, ...values }))
    .pipe(assessmentInputSchema);
  const form = useForm<AssessmentValues, unknown, AssessmentInput>({
    resolver: zodResolver(schema),
    defaultValues: {
      hasNeed: current?.hasNeed ?? false,
      priority: current?.priority ?? '',
      resources: current?.resources ?? '',
      needs: current?.needs ?? '',
    },
  });
  const [formError, setFormError] = useState<AppErrorData | null>(null);

  async function save(assessment: AssessmentInput) {
    const result = await call((api) => api.plan.saveAssessment({ caseId, assessment }));
    if (result.ok) onSaved();
    else if (!markServerFieldErrors(result.error, form, ['hasNeed', 'priority', 'resources', 'needs'], { prefix: 'assessment.' }))
      setFormError(result.error);
  }

  return (
    <ModalForm
      title={t('planning.assessment.dialogTitle', { field: label('fieldOfAction', field) })}
      form={form}
      onSubmit={save}
      onClose={onClose}
      error={formError}
      className="dialog-wide"
    >
      <TextAreaField<AssessmentValues> name="resources" label={t('planning.assessment.resources')} rows={3} />
      <TextAreaField<AssessmentValues> name="needs" label={t('planning.assessment.needs')} rows={3} />
      <div className="form-grid">
        <CheckboxField<AssessmentValues>
          name="hasNeed"
          label={t('planning.assessment.hasNeed')}
          hint={t('planning.assessment.hasNeedHint')}
        />
        <NotStatedSelect<AssessmentValues> name="priority" label={t('planning.assessment.priority')} vocabulary="priority" />
      </div>
    </ModalForm>
  );
}
