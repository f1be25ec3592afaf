import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { CaseDetail } from '@shared/cases/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../../kernel/i18n';
import { useUnsavedChangesGuard } from '../../kernel/navigation';
import { useSession } from '../../kernel/session';
import { FormActions } from '../../ui/DialogFormActions';
import { useAnnounce } from '../../ui/Announcer';
import { DateField, TextField } from '../../ui/forms';
import { displayDate, requiredGermanDate } from '../../ui/dates';
import { RowActionButtons } from '../../ui/RowActions';
import { markServerFieldErrors } from '../../ui/serverFieldErrors';
import { useConfirmation } from '../../ui/ConfirmDialog';

interface TrainingFormValues {
  startsOn: string;
  description: string;
}
const trainingSchema = z.object({
  startsOn: requiredGermanDate,
  description: z
    .string()
    .trim()
    .max(200, 'validation.tooLong')
    .transform((value) => (value === '' ? null : value)),
});
type TrainingInput = z.output<typeof trainingSchema>;

/**
 * Planned training starts: each opens the § 60c application window (7 months before) while a
 * Duldung is current; the core derives that deadline.
 */
export function TrainingStarts({ detail, onChanged }: { detail: CaseDetail; onChanged: () => Promise<void> }) {
  const t = useT();
  const { call } = useSession();
  const announce = useAnnounce();
  const headingId = useId();
  const form = useForm<TrainingFormValues, unknown, TrainingInput>({
    resolver: zodResolver(trainingSchema),
    defaultValues: { startsOn: '', description: '' },
  });
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const deletion = useConfirmation({
    title: t('caseDetail.training.deleteTitle'),
    text: t('caseDetail.training.deleteText'),
    run: (item: string) => call((api) => api.training.delete({ id: item })),
    onConfirmed: async () => {
      announce(t('caseDetail.training.deleted'));
      await onChanged();
    },
  });
  useUnsavedChangesGuard(form.formState.isDirty);

  async function save(input: TrainingInput) {
    setFormError(null);
    const result = await call((api) => api.training.add({ caseId: detail.id, ...input }));
    if (result.ok) {
      form.reset({ startsOn: '', description: '' });
      announce(t('caseDetail.training.added'));
      await onChanged();
    } else if (!markServerFieldErrors(result.error, form, ['startsOn', 'description'])) setFormError(result.error);
  }

  return (
    <section aria-labelledby={headingId} className="subsection">
      <h2 id={headingId}>{t('caseDetail.training.heading')}</h2>
      <p className="form-note">{t('caseDetail.training.explain')}</p>
      {detail.trainingStarts.length === 0 ? (
        <p>{t('caseDetail.training.empty')}</p>
      ) : (
        <ul className="plain-list">
          {detail.trainingStarts.map((start) => (
            <li key={start.id} className="list-row">
              <span>
                {t('caseDetail.training.startsOn', { date: displayDate(start.startsOn) })}
                {start.description ? ` – ${start.description}` : ''}
              </span>
              <RowActionButtons
                actions={[
                  {
                    label: t('caseDetail.delete'),
                    accessibleName: t('caseDetail.training.deleteNamed', { date: displayDate(start.startsOn) }),
                    onClick: () => deletion.ask(start.id),
                  },
                ]}
              />
            </li>
          ))}
        </ul>
      )}
      <FormProvider {...form}>
        <form
          className="form inline-form"
          noValidate
          aria-label={t('caseDetail.training.add')}
          onSubmit={(event) => void form.handleSubmit(save)(event)}
        >
          <div className="form-grid">
            <DateField<TrainingFormValues> name="startsOn" label={t('caseDetail.training.startsOnLabel')} isRequired />
            <TextField<TrainingFormValues> name="description" label={t('caseDetail.training.description')} />
          </div>
          <FormActions error={formError} submitLabel={t('caseDetail.training.add')} isPrimary={false} />
        </form>
      </FormProvider>
      {deletion.dialog}
    </section>
  );
}
