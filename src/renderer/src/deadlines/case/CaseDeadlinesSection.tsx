import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { CaseDetail } from '@shared/cases/domain';
import type { DeadlineRow } from '@shared/deadlines/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../../kernel/i18n';
import { useUnsavedChangesGuard } from '../../kernel/navigation';
import { useSession } from '../../kernel/session';
import { FormActions } from '../../ui/DialogFormActions';
import { ErrorAlert } from '../../ui/Alert';
import { useAnnounce } from '../../ui/Announcer';
import { DateField, RadioGroupField, TextField, useVocabularyLabel } from '../../ui/forms';
import { displayDate, requiredGermanDate } from '../../ui/dates';
import { markServerFieldErrors } from '../../ui/serverFieldErrors';
import { SectionTable } from '../../ui/SectionTable';
import { RowActionsCell } from '../../ui/RowActions';
import { DeadlineState } from './DeadlineState';
import { DismissDeadlineDialog } from './DismissDeadlineDialog';

interface OwnDeadlineValues {
  kind: string;
  title: string;
  dueOn: string;
}
const ownDeadlineSchema = z.object({
  kind: z.string().pipe(z.enum(['appointment', 'task'], { message: 'validation.required' })),
  title: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  dueOn: requiredGermanDate,
});
type OwnDeadline = z.output<typeof ownDeadlineSchema>;

function byUrgency(left: DeadlineRow, right: DeadlineRow): number {
  const leftOpen = left.state === 'open' ? 0 : 1;
  const rightOpen = right.state === 'open' ? 0 : 1;
  return leftOpen - rightOpen || left.dueOn.localeCompare(right.dueOn);
}

/** "Fristen" of this case: derived and own deadlines, open ones first; done or dismissed with a reason. */
export function CaseDeadlinesSection({ detail, onChanged }: { detail: CaseDetail; onChanged: () => Promise<void> }) {
  const t = useT();
  const { call } = useSession();
  const announce = useAnnounce();
  const label = useVocabularyLabel();
  const headingId = useId();
  const [toDismiss, setToDismiss] = useState<DeadlineRow | null>(null);
  const [actionError, setActionError] = useState<AppErrorData | null>(null);
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const form = useForm<OwnDeadlineValues, unknown, OwnDeadline>({
    resolver: zodResolver(ownDeadlineSchema),
    defaultValues: { kind: 'appointment', title: '', dueOn: '' },
  });
  useUnsavedChangesGuard(form.formState.isDirty);
  const deadlines = [...detail.deadlines].sort(byUrgency);

  function titleOf(deadline: DeadlineRow): string {
    return deadline.title ?? label('deadlineKind', deadline.kind);
  }

  async function markDone(deadline: DeadlineRow) {
    setActionError(null);
    const result = await call((api) => api.deadlines.resolve({ id: deadline.id, state: 'done', reason: null }));
    if (!result.ok) {
      setActionError(result.error);
      return;
    }
    announce(t('caseDetail.deadlines.doneAnnounce', { title: titleOf(deadline) }));
    await onChanged();
  }

  async function addOwn(input: OwnDeadline) {
    setFormError(null);
    const result = await call((api) => api.deadlines.add({ caseId: detail.id, ...input }));
    if (result.ok) {
      form.reset({ kind: input.kind, title: '', dueOn: '' });
      announce(t('caseDetail.deadlines.added'));
      await onChanged();
    } else if (!markServerFieldErrors(result.error, form, ['kind', 'title', 'dueOn'])) setFormError(result.error);
  }

  return (
    <>
      <h2>{t('caseDetail.deadlines.heading')}</h2>
      <ErrorAlert error={actionError} />
      {deadlines.length === 0 ? (
        <p>{t('caseDetail.deadlines.empty')}</p>
      ) : (
        <SectionTable
          rows={deadlines}
          columns={['caseDetail.deadlines.what', 'caseDetail.deadlines.due', 'caseDetail.deadlines.state']}
          caption={t('caseDetail.deadlines.heading')}
          cells={(deadline) => (
            <>
              <td>
                {titleOf(deadline)}
                {deadline.title ? <span className="cell-detail">{label('deadlineKind', deadline.kind)}</span> : null}
                {deadline.opensOn ? (
                  <span className="cell-detail">{t('caseDetail.deadlines.opensOn', { date: displayDate(deadline.opensOn) })}</span>
                ) : null}
              </td>
              <td>{deadline.state === 'open' ? <DeadlineState dueOn={deadline.dueOn} /> : displayDate(deadline.dueOn)}</td>
              <td>
                {deadline.state === 'open'
                  ? t('caseDetail.deadlines.open')
                  : t(deadline.state === 'done' ? 'caseDetail.deadlines.doneOn' : 'caseDetail.deadlines.dismissedOn', {
                      date: displayDate(deadline.resolvedOn),
                    })}
                {deadline.resolutionReason ? <span className="cell-detail">{deadline.resolutionReason}</span> : null}
              </td>
              <RowActionsCell
                actions={
                  deadline.state === 'open'
                    ? [
                        {
                          label: t('caseDetail.deadlines.markDone'),
                          accessibleName: t('caseDetail.deadlines.markDoneNamed', { title: titleOf(deadline) }),
                          onClick: () => void markDone(deadline),
                        },
                        {
                          label: t('caseDetail.deadlines.dismiss'),
                          accessibleName: t('caseDetail.deadlines.dismissNamed', { title: titleOf(deadline) }),
                          onClick: () => setToDismiss(deadline),
                        },
                      ]
                    : []
                }
              />
            </>
          )}
        />
      )}

      <section aria-labelledby={headingId} className="subsection">
        <h2 id={headingId}>{t('caseDetail.deadlines.addHeading')}</h2>
        <FormProvider {...form}>
          <form
            className="form inline-form"
            noValidate
            aria-labelledby={headingId}
            onSubmit={(event) => void form.handleSubmit(addOwn)(event)}
          >
            <div className="form-grid">
              <RadioGroupField<OwnDeadlineValues>
                name="kind"
                label={t('caseDetail.deadlines.kind')}
                options={[
                  { value: 'appointment', label: label('deadlineKind', 'appointment') },
                  { value: 'task', label: label('deadlineKind', 'task') },
                ]}
                isRequired
              />
              <TextField<OwnDeadlineValues>
                name="title"
                label={t('caseDetail.deadlines.title')}
                hint={t('caseDetail.deadlines.titleHint')}
                isRequired
              />
              <DateField<OwnDeadlineValues> name="dueOn" label={t('caseDetail.deadlines.dueOn')} isRequired />
            </div>
            <FormActions error={formError} submitLabel={t('caseDetail.deadlines.add')} />
          </form>
        </FormProvider>
      </section>

      {toDismiss ? (
        <DismissDeadlineDialog
          deadlineId={toDismiss.id}
          title={titleOf(toDismiss)}
          onClose={() => setToDismiss(null)}
          onDismissed={() => {
            announce(t('caseDetail.deadlines.dismissedAnnounce', { title: titleOf(toDismiss) }));
            setToDismiss(null);
            void onChanged();
          }}
        />
      ) : null}
    </>
  );
}
