import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../../kernel/i18n';
import { useSession } from '../../kernel/session';
import { TextAreaField } from '../../ui/forms';
import { markServerFieldErrors } from '../../ui/serverFieldErrors';
import { ModalForm } from '../../ui/ModalForm';

interface DismissValues {
  reason: string;
}
const dismissSchema = z.object({ reason: z.string().trim().min(1, 'validation.reasonRequired').max(500, 'validation.tooLong') });

/** Dismissing a deadline needs a reason (it stays in the case, so the decision can be followed later). */
export function DismissDeadlineDialog({
  deadlineId,
  title,
  onClose,
  onDismissed,
}: {
  deadlineId: string;
  title: string;
  onClose: () => void;
  onDismissed: () => void;
}) {
  const t = useT();
  const { call } = useSession();
  const form = useForm<DismissValues, unknown, DismissValues>({ resolver: zodResolver(dismissSchema), defaultValues: { reason: '' } });
  const [formError, setFormError] = useState<AppErrorData | null>(null);

  async function dismiss({ reason }: DismissValues) {
    setFormError(null);
    const result = await call((api) => api.deadlines.resolve({ id: deadlineId, state: 'dismissed', reason }));
    if (result.ok) onDismissed();
    else if (!markServerFieldErrors(result.error, form, ['reason'])) setFormError(result.error);
  }

  return (
    <ModalForm
      title={t('caseDetail.deadlines.dismissTitle', { title })}
      form={form}
      onSubmit={dismiss}
      onClose={onClose}
      error={formError}
      submitLabel={t('caseDetail.deadlines.dismiss')}
    >
      <TextAreaField<DismissValues>
        name="reason"
        label={t('caseDetail.deadlines.reason')}
        hint={t('caseDetail.deadlines.reasonHint')}
        isRequired
        rows={3}
      />
    </ModalForm>
  );
}
