import { useCallback, useEffect, useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { AUDIT_RETENTION_MONTHS, type retentionStatusSchema } from '@shared/audit/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n, useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { QuestionDialog } from '../ui/ConfirmDialog';
import { FormActions } from '../ui/DialogFormActions';
import { ErrorAlert } from '../ui/Alert';
import { NumberField } from '../ui/FormTextField';
import { StatusMessage } from '../ui/StatusMessage';
import { formatLoggedTime } from '../ui/dates';

type RetentionStatus = z.infer<typeof retentionStatusSchema>;

const monthsSchema = z.object({
  months: z
    .number({ message: 'validation.retentionMonths' })
    .int('validation.retentionMonths')
    .min(AUDIT_RETENTION_MONTHS.min, 'validation.retentionMonths')
    .max(AUDIT_RETENTION_MONTHS.max, 'validation.retentionMonths'),
});
type MonthsInput = z.input<typeof monthsSchema>;

/**
 * The access log's own retention: entries older than N months (default 12) are archived to a
 * signed file and removed behind a signed checkpoint — after a confirmation, never silently.
 */
export function RetentionSection({ onLogged }: { onLogged: () => void }) {
  const { t, language } = useI18n();
  const { call } = useSession();
  const headingId = useId();
  const [retention, setRetention] = useState<RetentionStatus | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [status, setStatus] = useState<{ text: string; tone: 'info' | 'success' } | null>(null);
  const [isConfirming, setConfirming] = useState(false);
  const [isArchiving, setArchiving] = useState(false);
  const form = useForm<MonthsInput>({ resolver: zodResolver(monthsSchema), defaultValues: { months: AUDIT_RETENTION_MONTHS.default } });
  const { reset } = form;

  const load = useCallback(async () => {
    const result = await call((api) => api.audit.retention({}));
    if (result.ok) {
      setRetention(result.value);
      reset({ months: result.value.months });
    } else setError(result.error);
  }, [call, reset]);

  useEffect(() => {
    void load();
  }, [load]);

  async function save(values: MonthsInput) {
    setError(null);
    setStatus(null);
    const result = await call((api) => api.audit.setRetention({ months: values.months }));
    onLogged();
    if (!result.ok) {
      const field = result.error.fields?.months;
      if (field) form.setError('months', { type: 'server', message: field });
      else setError(result.error);
      return;
    }
    setRetention(result.value);
    reset({ months: result.value.months });
    setStatus({ text: t('auditUi.retention.saved', { months: result.value.months }), tone: 'success' });
  }

  async function archive() {
    setConfirming(false);
    setArchiving(true);
    setError(null);
    setStatus(null);
    const result = await call((api) => api.audit.archive({}));
    setArchiving(false);
    onLogged();
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const value = result.value;
    setStatus(
      value.saved
        ? { text: t('auditUi.archive.done', { count: value.removed, file: value.fileName, seq: value.archivedUpTo }), tone: 'success' }
        : { text: t('auditUi.archive.cancelled'), tone: 'info' },
    );
    await load();
  }

  const cutoff = retention ? formatLoggedTime(retention.cutoff, language) : '';
  return (
    <section className="settings-section" aria-labelledby={headingId} aria-busy={isArchiving}>
      <h2 id={headingId}>{t('auditUi.retention.heading')}</h2>
      <p>{t('auditUi.retention.intro')}</p>
      <FormProvider {...form}>
        <form className="form" noValidate aria-labelledby={headingId} onSubmit={(event) => void form.handleSubmit(save)(event)}>
          <NumberField<MonthsInput>
            name="months"
            label={t('auditUi.retention.months')}
            hint={t('auditUi.retention.monthsHint')}
            min={AUDIT_RETENTION_MONTHS.min}
            max={AUDIT_RETENTION_MONTHS.max}
          />
          <FormActions submitLabel={t('auditUi.retention.save')} isPrimary={false} />
        </form>
      </FormProvider>
      {retention ? (
        <p className="retention-due">
          {retention.dueEntries > 0
            ? t('auditUi.retention.due', { count: retention.dueEntries, cutoff })
            : t('auditUi.retention.noneDue', { cutoff })}
          {retention.archivedUpTo !== null ? ` ${t('auditUi.retention.archivedUpTo', { seq: retention.archivedUpTo })}` : ''}
        </p>
      ) : null}
      <div className="actions actions-start">
        <button
          type="button"
          className="button"
          disabled={!retention || retention.dueEntries === 0 || isArchiving}
          onClick={() => setConfirming(true)}
        >
          {t('auditUi.archive.button')}
        </button>
      </div>
      <StatusMessage tone={status?.tone ?? 'info'} message={status?.text ?? null} />
      <ErrorAlert error={error} />
      {isConfirming && retention ? (
        <ArchiveDialog count={retention.dueEntries} cutoff={cutoff} onConfirm={() => void archive()} onClose={() => setConfirming(false)} />
      ) : null}
    </section>
  );
}

function ArchiveDialog({
  count,
  cutoff,
  onConfirm,
  onClose,
}: {
  count: number;
  cutoff: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <QuestionDialog
      title={t('auditUi.archive.title')}
      text={
        <>
          <p>{t('auditUi.archive.confirmText', { count, cutoff })}</p>
          <p>{t('auditUi.archive.confirmNote')}</p>
        </>
      }
      confirmLabel={t('auditUi.archive.confirm', { count })}
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
