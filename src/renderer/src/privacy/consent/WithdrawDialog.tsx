import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { todayIn } from '@shared/kernel/dates';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../../kernel/i18n';
import { useSession } from '../../kernel/session';
import { DateField } from '../../ui/forms';
import { formatGermanDate, requiredGermanDate } from '../../ui/dates';
import { markServerFieldErrors } from '../../ui/serverFieldErrors';
import { ModalForm } from '../../ui/ModalForm';

const withdrawSchema = z.object({ withdrawnOn: requiredGermanDate });
type WithdrawValues = { withdrawnOn: string };

/** Records the day a consent was withdrawn; it stays in the file as withdrawn (Art. 7 (3) DSGVO). */
export function WithdrawDialog({ consentId, onClose, onSaved }: { consentId: string; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const { call } = useSession();
  const form = useForm<WithdrawValues, unknown, z.output<typeof withdrawSchema>>({
    resolver: zodResolver(withdrawSchema),
    defaultValues: { withdrawnOn: formatGermanDate(todayIn(new Date())) },
  });
  const [error, setError] = useState<AppErrorData | null>(null);
  async function save(values: z.output<typeof withdrawSchema>) {
    const result = await call((api) => api.consents.withdraw({ id: consentId, withdrawnOn: values.withdrawnOn }));
    if (result.ok) onSaved();
    else if (!markServerFieldErrors(result.error, form, ['withdrawnOn'])) setError(result.error);
  }
  return (
    <ModalForm
      title={t('consentUi.withdrawTitle')}
      form={form}
      onSubmit={save}
      onClose={onClose}
      error={error}
      submitLabel={t('consentUi.withdraw')}
    >
      <p>{t('consentUi.withdrawText')}</p>
      <DateField<WithdrawValues> name="withdrawnOn" label={t('consentUi.withdrawnOn')} isRequired />
    </ModalForm>
  );
}
