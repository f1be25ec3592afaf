import { useEffect, useId, useState, type FormEvent } from 'react';
import { ERASURE_REASONS } from '@shared/privacy/contract';
import type { ChannelOutput } from '@shared/contract/contract';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { PleaseWait } from '../ui/PleaseWait';
import { InputField } from '../ui/forms';
import { ErrorAlert } from '../ui/Alert';
import { FieldError } from '../ui/FieldError';
import { Modal } from '../ui/Modal';
import { tableLabel } from './historyText';

type Preview = ChannelOutput<'erasure:preview'>;
type Reason = (typeof ERASURE_REASONS)[number];

/**
 * "Person löschen" (Art. 17 DSGVO): first what will be deleted, then the reason and the case code
 * typed in. Open deadlines are named and must be confirmed separately: a Duldung expiring next week
 * may still need action before the file goes.
 */
export function ErasureDialog({ caseId, onClose, onErased }: { caseId: string; onClose: () => void; onErased: (code: string) => void }) {
  const { t, translateError } = useI18n();
  const { call } = useSession();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [reason, setReason] = useState<Reason | ''>('');
  const [code, setCode] = useState('');
  const [includeDeadlines, setIncludeDeadlines] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<{ reason?: string; code?: string }>({});
  const [isWorking, setWorking] = useState(false);
  const ids = { reason: useId(), code: useId(), deadlines: useId(), reasonError: useId() };

  useEffect(() => {
    let isCurrent = true;
    void call((api) => api.erasure.preview({ caseId })).then((result) => {
      if (!isCurrent) return;
      if (result.ok) setPreview(result.value);
      else setError(result.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [call, caseId]);

  async function erase(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!preview) return;
    const nextErrors: { reason?: string; code?: string } = {};
    if (reason === '') nextErrors.reason = t('rightsUi.erasure.reasonRequired');
    if (code.trim() === '') nextErrors.code = t('validation.required');
    setFieldErrors(nextErrors);
    if (reason === '' || nextErrors.code) {
      document.getElementById(nextErrors.reason ? `${ids.reason}-0` : ids.code)?.focus();
      return;
    }
    setWorking(true);
    setError(null);
    const result = await call((api) => api.erasure.erase({ caseId, confirmCode: code, reason, includeOpenDeadlines: includeDeadlines }));
    setWorking(false);
    if (result.ok) onErased(result.value.caseCode);
    else if (result.error.code === 'CONFIRMATION_MISMATCH') {
      setFieldErrors({ code: translateError(result.error) });
      document.getElementById(ids.code)?.focus();
    } else setError(result.error);
  }

  const counts = preview ? Object.entries(preview.counts) : [];
  return (
    <Modal title={t('rightsUi.erasure.title')} onClose={onClose} className="dialog-wide">
      {!preview && !error ? <PleaseWait /> : null}
      {preview ? (
        <form className="form" noValidate onSubmit={(event) => void erase(event)}>
          <p>{t('rightsUi.erasure.intro', { code: preview.caseCode })}</p>
          <h3>{t('rightsUi.erasure.whatHeading')}</h3>
          <ul className="erasure-counts">
            {counts.map(([table, count]) => (
              <li key={table}>
                {tableLabel(t, table)}: <strong>{count}</strong>
              </li>
            ))}
          </ul>
          <p className="field-hint">{t('rightsUi.erasure.logNote')}</p>
          {preview.openDeadlines > 0 ? (
            <div className="countdown erasure-deadlines">
              <span aria-hidden="true">!</span>
              <div>
                <p>{t('error.OPEN_DEADLINES', { count: preview.openDeadlines })}</p>
                <label className="checkbox checkbox-inline" htmlFor={ids.deadlines}>
                  <input
                    id={ids.deadlines}
                    type="checkbox"
                    checked={includeDeadlines}
                    onChange={(event) => setIncludeDeadlines(event.target.checked)}
                  />
                  <span>{t('rightsUi.erasure.includeDeadlines', { count: preview.openDeadlines })}</span>
                </label>
              </div>
            </div>
          ) : null}
          <fieldset className="field radio-group" aria-describedby={fieldErrors.reason ? ids.reasonError : undefined}>
            <legend className="field-label">{t('rightsUi.erasure.reason')}</legend>
            {ERASURE_REASONS.map((value, index) => (
              <label key={value} className="radio">
                <input
                  id={`${ids.reason}-${index}`}
                  type="radio"
                  name="erasure-reason"
                  value={value}
                  checked={reason === value}
                  onChange={() => setReason(value)}
                />
                <span>{t(`erasure.reason.${value}`)}</span>
              </label>
            ))}
            {fieldErrors.reason ? <FieldError id={ids.reasonError} message={fieldErrors.reason} /> : null}
          </fieldset>
          <InputField
            id={ids.code}
            controlClassName="field-input field-mono"
            label={t('rightsUi.erasure.code')}
            hint={t('rightsUi.erasure.codeHint', { code: preview.caseCode })}
            error={fieldErrors.code}
            value={code}
            onChange={setCode}
            autoComplete="off"
            spellCheck={false}
          />
          <ErrorAlert error={error} />
          <div className="dialog-actions">
            <button type="button" className="button button-primary" autoFocus onClick={onClose}>
              {t('rightsUi.erasure.keep')}
            </button>
            <button type="submit" className="button button-danger" disabled={isWorking}>
              {t('rightsUi.erasure.confirm')}
            </button>
          </div>
        </form>
      ) : null}
      {!preview && error ? (
        <>
          <ErrorAlert error={error} />
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('rightsUi.close')}
            </button>
          </div>
        </>
      ) : null}
    </Modal>
  );
}
