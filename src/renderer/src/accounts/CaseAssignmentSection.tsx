import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Account } from '@shared/accounts/domain';
import type { FallbuchApi } from '@shared/contract/api';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { useCoreValue, useSession } from '../kernel/session';
import { PickField } from '../ui/forms';
import { PleaseWait } from '../ui/PleaseWait';
import { FormActions } from '../ui/DialogFormActions';
import { ErrorAlert } from '../ui/Alert';
import { FieldError } from '../ui/FieldError';
import { StatusMessage } from '../ui/StatusMessage';

const ALL = '';

const readCases = (api: FallbuchApi) => api.accounts.cases({});
const optionsOf = (accounts: readonly Account[]) => accounts.map((account) => ({ value: account.userId, label: account.name }));

/**
 * Assigning cases to counsellors: the supervisor sees case codes and who holds them — never names
 * or contents. Choose cases (optionally only those of one counsellor), then the counsellor who
 * takes them.
 */
export function CaseAssignmentSection({ accounts, onChanged }: { accounts: Account[]; onChanged: () => Promise<void> }) {
  const { t, translateMessage } = useI18n();
  const { call } = useSession();
  const headingId = useId();
  const id = useId();
  const { value: cases, error: loadError, reload: load } = useCoreValue(readCases);
  const [holder, setHolder] = useState(ALL);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [target, setTarget] = useState('');
  const [fieldError, setFieldError] = useState<{ field: 'cases' | 'target'; message: string } | null>(null);
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const counsellors = accounts.filter((account) => account.role === 'counsellor');
  const activeCounsellors = counsellors.filter((account) => !account.disabled);
  const shown = useMemo(() => (cases ?? []).filter((row) => holder === ALL || row.counsellorId === holder), [cases, holder]);
  const isAllShownSelected = shown.length > 0 && shown.every((row) => selected.has(row.caseId));

  function toggle(caseId: string) {
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(caseId)) next.delete(caseId);
      else next.add(caseId);
      return next;
    });
    if (fieldError?.field === 'cases') setFieldError(null);
  }

  function toggleAllShown() {
    setSelected((previous) => {
      const next = new Set(previous);
      for (const row of shown) {
        if (isAllShownSelected) next.delete(row.caseId);
        else next.add(row.caseId);
      }
      return next;
    });
  }

  async function assign(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    setFormError(null);
    const caseIds = [...selected];
    if (caseIds.length === 0) {
      setFieldError({ field: 'cases', message: 'accountsUi.assign.noneSelected' });
      document.getElementById(`${id}-all`)?.focus();
      return;
    }
    if (!target) {
      setFieldError({ field: 'target', message: 'accountsUi.assign.targetRequired' });
      document.getElementById(`${id}-target`)?.focus();
      return;
    }
    setFieldError(null);
    const result = await call((api) => api.accounts.assignCases({ caseIds, counsellorId: target }));
    if (!result.ok) {
      const targetError = result.error.fields?.counsellorId;
      if (targetError) setFieldError({ field: 'target', message: targetError });
      else setFormError(result.error);
      return;
    }
    const name = accounts.find((account) => account.userId === target)?.name ?? '';
    setSelected(new Set());
    setDone(
      result.value.moved === 1
        ? t('accountsUi.assign.doneOne', { name })
        : t('accountsUi.assign.done', { count: result.value.moved, name }),
    );
    await Promise.all([load(), onChanged()]);
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('accountsUi.assign.heading')}</h2>
      <p>{t('accountsUi.assign.intro')}</p>
      <ErrorAlert error={loadError} />
      <form className="form" noValidate aria-labelledby={headingId} onSubmit={(event) => void assign(event)}>
        <PickField
          label={t('accountsUi.assign.holder')}
          value={holder}
          emptyLabel={t('accountsUi.assign.allHolders')}
          options={optionsOf(counsellors)}
          onChange={setHolder}
        />
        <fieldset className="field case-choice" aria-describedby={fieldError?.field === 'cases' ? `${id}-cases-error` : undefined}>
          <legend className="field-label">{t('accountsUi.assign.cases', { count: shown.length })}</legend>
          {cases === null && !loadError ? <PleaseWait /> : null}
          {cases !== null && shown.length === 0 ? <p>{t('accountsUi.assign.noCases')}</p> : null}
          {shown.length > 0 ? (
            <>
              <label className="checkbox case-choice-all">
                <input id={`${id}-all`} type="checkbox" checked={isAllShownSelected} onChange={toggleAllShown} />
                <span>{t('accountsUi.assign.selectAll')}</span>
              </label>
              <ul className="case-choice-list">
                {shown.map((row) => (
                  <li key={row.caseId}>
                    <label className="checkbox">
                      <input type="checkbox" checked={selected.has(row.caseId)} onChange={() => toggle(row.caseId)} />
                      <span>
                        <span className="code-mono">{row.code}</span>{' '}
                        <span className="radio-detail">{t('accountsUi.assign.heldBy', { name: row.counsellorName })}</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {fieldError?.field === 'cases' ? <FieldError id={`${id}-cases-error`} message={translateMessage(fieldError.message)} /> : null}
        </fieldset>
        <PickField
          id={`${id}-target`}
          label={t('accountsUi.assign.target')}
          error={fieldError?.field === 'target' ? translateMessage(fieldError.message) : null}
          value={target}
          emptyLabel={t('accountsUi.assign.chooseCounsellor')}
          options={optionsOf(activeCounsellors)}
          onChange={(value) => {
            setTarget(value);
            if (fieldError?.field === 'target') setFieldError(null);
          }}
        />
        <FormActions error={formError} submitLabel={t('accountsUi.assign.submit', { count: selected.size })}>
          <StatusMessage tone="success" message={done} />
        </FormActions>
      </form>
    </section>
  );
}
