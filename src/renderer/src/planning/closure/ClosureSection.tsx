import { useCallback, useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { CaseDetail } from '@shared/cases/domain';
import { closureInputSchema, type Closure, type ClosureInput } from '@shared/planning/closure';
import { todayIn } from '@shared/kernel/dates';
import { closureReasonSchema, residenceStatusSchema, whereaboutsSchema } from '@shared/kernel/vocabulary';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../../kernel/i18n';
import { useUnsavedChangesGuard } from '../../kernel/navigation';
import { useSession } from '../../kernel/session';
import { SectionTable } from '../../ui/SectionTable';
import { FormActions } from '../../ui/DialogFormActions';
import { useAnnounce } from '../../ui/Announcer';
import { DateField, SelectField, useVocabularyLabel, useVocabularyOptions } from '../../ui/forms';
import { displayDate, formatGermanDate, optionalGermanDate, requiredGermanDate } from '../../ui/dates';
import { markServerFieldErrors } from '../../ui/serverFieldErrors';
import { ReopenCaseButton } from './ReopenCaseButton';
import { CloseCaseConfirmation } from './CloseCaseConfirmation';

interface ClosureValues {
  closedOn: string;
  reason: string;
  whereabouts: string;
  statusAtClosure: string;
  aftercareUntil: string;
}

const closureFormSchema = z
  .object({
    closedOn: requiredGermanDate,
    reason: z.string().min(1, 'validation.required').pipe(closureReasonSchema),
    whereabouts: z.string().min(1, 'validation.required').pipe(whereaboutsSchema),
    statusAtClosure: z
      .string()
      .transform((value) => (value === '' ? null : value))
      .pipe(residenceStatusSchema.nullable()),
    aftercareUntil: optionalGermanDate,
  })
  .pipe(closureInputSchema);

const ORDER = ['closedOn', 'reason', 'whereabouts', 'statusAtClosure', 'aftercareUntil'] as const;

/** "Abschluss": close the case (date, reason, whereabouts, status, aftercare) or reopen it; earlier closures. */
export function ClosureSection({ detail, onChanged }: { detail: CaseDetail; onChanged: () => Promise<void> }) {
  const t = useT();
  const { call } = useSession();
  const announce = useAnnounce();
  const label = useVocabularyLabel();
  const [closures, setClosures] = useState<Closure[]>([]);
  const none = t('caseDetail.none');

  const loadClosures = useCallback(async () => {
    const result = await call((api) => api.closure.list({ caseId: detail.id }));
    if (result.ok) setClosures(result.value);
  }, [call, detail.id]);
  useEffect(() => {
    void loadClosures();
  }, [loadClosures, detail.closedOn]);

  const isClosed = detail.closedOn !== null;
  return (
    <>
      <h2>{t('closure.heading')}</h2>
      {isClosed ? (
        <>
          <p className="callout">{t('closure.closedOn', { date: displayDate(detail.closedOn) })}</p>
          <div className="actions actions-start">
            <ReopenCaseButton detail={detail} onReopened={onChanged} />
          </div>
        </>
      ) : (
        <CloseCaseForm
          detail={detail}
          onClosed={() => {
            announce(t('closure.closedAnnounce', { code: detail.code }));
            void onChanged();
          }}
        />
      )}

      <h2>{t('closure.history')}</h2>
      {closures.length === 0 ? (
        <p>{t('closure.historyEmpty')}</p>
      ) : (
        <SectionTable
          rows={closures}
          columns={[
            'closure.closedOnLabel',
            'closure.reason',
            'closure.whereabouts',
            'closure.statusAtClosure',
            'closure.aftercareUntil',
            'closure.reopenedOn',
          ]}
          hasActions={false}
          caption={t('closure.history')}
          cells={(closure) => (
            <>
              <td>{displayDate(closure.closedOn)}</td>
              <td>{label('closureReason', closure.reason)}</td>
              <td>{label('whereabouts', closure.whereabouts)}</td>
              <td>{closure.statusAtClosure ? label('residenceStatus', closure.statusAtClosure) : none}</td>
              <td>{displayDate(closure.aftercareUntil) || none}</td>
              <td>{displayDate(closure.reopenedOn) || none}</td>
            </>
          )}
        />
      )}
    </>
  );
}

function CloseCaseForm({ detail, onClosed }: { detail: CaseDetail; onClosed: () => void }) {
  const t = useT();
  const { call } = useSession();
  const label = useVocabularyLabel();
  const reasons = useVocabularyOptions('closureReason');
  const whereabouts = useVocabularyOptions('whereabouts');
  const statuses = useVocabularyOptions('residenceStatus');
  const current = detail.statuses.find((status) => status.id === detail.currentStatusId);
  const form = useForm<ClosureValues, unknown, ClosureInput>({
    resolver: zodResolver(closureFormSchema),
    defaultValues: {
      closedOn: formatGermanDate(todayIn(new Date())),
      reason: '',
      whereabouts: '',
      statusAtClosure: '',
      aftercareUntil: '',
    },
  });
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isClosed, setClosed] = useState(false);
  /** The checked input waiting for "Fall abschließen?" to be answered. */
  const [pending, setPending] = useState<ClosureInput | null>(null);
  const [confirmError, setConfirmError] = useState<AppErrorData | null>(null);
  const [isWorking, setWorking] = useState(false);
  useUnsavedChangesGuard(form.formState.isDirty && !isClosed);

  async function close(closure: ClosureInput) {
    setConfirmError(null);
    setWorking(true);
    const result = await call((api) => api.closure.close({ caseId: detail.id, closure }));
    setWorking(false);
    if (result.ok) {
      setPending(null);
      setClosed(true);
      onClosed();
      return;
    }
    // A field the core refused goes back to the form (input kept); anything else stays in the dialog.
    if (result.error.fields) {
      setPending(null);
      if (!markServerFieldErrors(result.error, form, ORDER, { prefix: 'closure.' })) setFormError(result.error);
    } else setConfirmError(result.error);
  }

  return (
    <FormProvider {...form}>
      <form
        className="form inline-form"
        noValidate
        aria-labelledby="close-case-heading"
        onSubmit={(event) =>
          void form.handleSubmit((closure) => {
            setFormError(null);
            setConfirmError(null);
            setPending(closure);
          })(event)
        }
      >
        <h3 id="close-case-heading">{t('closure.closeHeading')}</h3>
        <div className="form-grid">
          <DateField<ClosureValues> name="closedOn" label={t('closure.closedOnLabel')} isRequired />
          <SelectField<ClosureValues> name="reason" label={t('closure.reason')} options={reasons} isRequired />
          <SelectField<ClosureValues> name="whereabouts" label={t('closure.whereabouts')} options={whereabouts} isRequired />
          <SelectField<ClosureValues>
            name="statusAtClosure"
            label={t('closure.statusAtClosure')}
            hint={
              current
                ? t('closure.statusAtClosureHint', { status: label('residenceStatus', current.status) })
                : t('closure.statusAtClosureHintNone')
            }
            options={statuses}
            emptyLabel={t('closure.statusFromHistory')}
          />
          <DateField<ClosureValues> name="aftercareUntil" label={t('closure.aftercareUntil')} />
        </div>
        <FormActions error={formError} submitLabel={t('closure.closeAsk')} />
      </form>
      {pending ? (
        <CloseCaseConfirmation
          detail={detail}
          closure={pending}
          error={confirmError}
          isWorking={isWorking}
          onConfirm={() => void close(pending)}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </FormProvider>
  );
}
