import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { todayIn } from '@shared/kernel/dates';
import { goalInputSchema, type Goal, type GoalInput } from '@shared/planning/plan';
import { fieldOfActionSchema, goalStatusSchema } from '@shared/kernel/vocabulary';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { DateField, SelectField, TextAreaField, useVocabularyOptions } from '../ui/forms';
import { formatGermanDate, optionalGermanDate } from '../ui/dates';
import { markServerFieldErrors } from '../ui/serverFieldErrors';
import { ModalForm } from '../ui/ModalForm';

interface GoalValues {
  field: string;
  wording: string;
  agreedOn: string;
  targetDate: string;
  status: string;
}

const goalFormSchema = z
  .object({
    field: z.string().min(1, 'validation.required').pipe(fieldOfActionSchema),
    wording: z.string(),
    agreedOn: optionalGermanDate,
    targetDate: optionalGermanDate,
    status: z.string().min(1, 'validation.required').pipe(goalStatusSchema),
  })
  .pipe(goalInputSchema);

const ORDER = ['field', 'wording', 'agreedOn', 'targetDate', 'status'] as const;

/** A goal agreed with the person: Handlungsfeld, wording, agreed on, target date, status. */
export function GoalDialog({ caseId, goal, onClose, onSaved }: { caseId: string; goal?: Goal; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const { call } = useSession();
  const fields = useVocabularyOptions('fieldOfAction');
  const statuses = useVocabularyOptions('goalStatus');
  const form = useForm<GoalValues, unknown, GoalInput>({
    resolver: zodResolver(goalFormSchema),
    defaultValues: goal
      ? {
          field: goal.field,
          wording: goal.wording,
          agreedOn: formatGermanDate(goal.agreedOn),
          targetDate: formatGermanDate(goal.targetDate),
          status: goal.status,
        }
      : { field: '', wording: '', agreedOn: formatGermanDate(todayIn(new Date())), targetDate: '', status: 'open' },
  });
  const [formError, setFormError] = useState<AppErrorData | null>(null);

  async function save(input: GoalInput) {
    const result = goal
      ? await call((api) => api.plan.updateGoal({ id: goal.id, goal: input }))
      : await call((api) => api.plan.addGoal({ caseId, goal: input }));
    if (result.ok) onSaved();
    else if (!markServerFieldErrors(result.error, form, ORDER, { prefix: 'goal.' })) setFormError(result.error);
  }

  return (
    <ModalForm
      title={t(goal ? 'planning.goals.editTitle' : 'planning.goals.addTitle')}
      form={form}
      onSubmit={save}
      onClose={onClose}
      error={formError}
      className="dialog-wide"
    >
      <SelectField<GoalValues> name="field" label={t('planning.field')} options={fields} isRequired />
      <TextAreaField<GoalValues>
        name="wording"
        label={t('planning.goals.wording')}
        hint={t('planning.goals.wordingHint')}
        isRequired
        rows={3}
      />
      <div className="form-grid">
        <DateField<GoalValues> name="agreedOn" label={t('planning.goals.agreedOn')} />
        <DateField<GoalValues> name="targetDate" label={t('planning.goals.targetDate')} />
        <SelectField<GoalValues> name="status" label={t('planning.goals.status')} options={statuses} isRequired />
      </div>
    </ModalForm>
  );
}
