import { useId, useState, type FormEvent } from 'react';
import type { Account } from '@shared/accounts/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { FormActions } from '../ui/DialogFormActions';
import { FieldError } from '../ui/FieldError';
import { StatusMessage } from '../ui/StatusMessage';

type Field = 'from' | 'to';

/** Hands all open cases of one counsellor to another (leaving, long absence). */
export function HandOverSection({ accounts, onChanged }: { accounts: Account[]; onChanged: () => Promise<void> }) {
  const { t, translateMessage } = useI18n();
  const { call } = useSession();
  const headingId = useId();
  const id = useId();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const counsellors = accounts.filter((account) => account.role === 'counsellor');
  const givers = counsellors.filter((account) => account.openCases > 0);
  const takers = counsellors.filter((account) => !account.disabled && account.userId !== from);

  async function handOver(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    setFormError(null);
    const next: Partial<Record<Field, string>> = {};
    if (!from) next.from = 'accountsUi.handOver.fromRequired';
    if (!to) next.to = 'accountsUi.assign.targetRequired';
    setErrors(next);
    const firstField = (['from', 'to'] as const).find((field) => next[field]);
    if (firstField) {
      document.getElementById(`${id}-${firstField}`)?.focus();
      return;
    }
    const result = await call((api) => api.accounts.handOver({ fromUserId: from, toUserId: to }));
    if (!result.ok) {
      const fields = result.error.fields ?? {};
      const serverErrors = { from: fields.fromUserId, to: fields.toUserId ?? fields.counsellorId };
      if (serverErrors.from || serverErrors.to) setErrors(serverErrors);
      else setFormError(result.error);
      return;
    }
    const nameOf = (userId: string) => accounts.find((account) => account.userId === userId)?.name ?? '';
    const names = { from: nameOf(from), to: nameOf(to) };
    const moved = result.value.moved;
    setDone(
      moved === 0
        ? t('accountsUi.handOver.none', names)
        : moved === 1
          ? t('accountsUi.handOver.doneOne', names)
          : t('accountsUi.handOver.done', { ...names, count: moved }),
    );
    setFrom('');
    setTo('');
    await onChanged();
  }

  function select(field: Field, value: string, options: Account[], placeholder: string, label: string, onChange: (value: string) => void) {
    const error = errors[field];
    return (
      <div className="field">
        <label className="field-label" htmlFor={`${id}-${field}`}>
          {label}
        </label>
        <select
          id={`${id}-${field}`}
          className="field-input"
          value={value}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? `${id}-${field}-error` : undefined}
          onChange={(event) => {
            onChange(event.target.value);
            setErrors((previous) => ({ ...previous, [field]: undefined }));
          }}
        >
          <option value="">{placeholder}</option>
          {options.map((account) => (
            <option key={account.userId} value={account.userId}>
              {account.openCases === 1
                ? t('accountsUi.handOver.optionOne', { name: account.name })
                : t('accountsUi.handOver.option', { name: account.name, count: account.openCases })}
            </option>
          ))}
        </select>
        {error ? <FieldError id={`${id}-${field}-error`} message={translateMessage(error)} /> : null}
      </div>
    );
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('accountsUi.handOver.heading')}</h2>
      <p>{t('accountsUi.handOver.intro')}</p>
      <form className="form" noValidate aria-labelledby={headingId} onSubmit={(event) => void handOver(event)}>
        {select('from', from, givers, t('accountsUi.assign.chooseCounsellor'), t('accountsUi.handOver.from'), setFrom)}
        {select('to', to, takers, t('accountsUi.assign.chooseCounsellor'), t('accountsUi.handOver.to'), setTo)}
        <FormActions error={formError} submitLabel={t('accountsUi.handOver.submit')}>
          <StatusMessage tone="success" message={done} />
        </FormActions>
      </form>
    </section>
  );
}
