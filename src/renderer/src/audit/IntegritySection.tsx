import { useId, useRef, useState } from 'react';
import type { VerifyReport } from '@shared/audit/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { StatusMessage } from '../ui/StatusMessage';
import { VerifyProgressBar } from './VerifyProgressBar';
import { VerifyResult } from './VerifyResult';
import { useVerifyJob } from './useVerifyJob';

type Busy = 'verify' | 'save' | 'compare' | null;

/**
 * "Protokoll prüfen" recomputes the MAC chain as a job of the core, with progress and „Prüfung
 * abbrechen“; "Prüfpunkt speichern" signs the current end of the log and saves it outside the vault;
 * "Mit Prüfpunkt vergleichen" checks the log against a saved checkpoint, which also shows that an
 * older copy of the whole vault was put back.
 */
export function IntegritySection({ onLogged, onVerified }: { onLogged: () => void; onVerified: (report: VerifyReport) => void }) {
  const t = useT();
  const { call } = useSession();
  const headingId = useId();
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [status, setStatus] = useState<{ text: string; tone: 'info' | 'success' } | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const verifyJob = useVerifyJob();
  const verifyButton = useRef<HTMLButtonElement>(null);

  async function run<T>(
    kind: Exclude<Busy, null>,
    action: () => Promise<{ ok: true; value: T } | { ok: false; error: AppErrorData }>,
    onValue: (value: T) => void,
  ) {
    setBusy(kind);
    setError(null);
    setStatus(kind === 'verify' ? { text: t('auditUi.verify.running'), tone: 'info' } : null);
    const result = await action();
    setBusy(null);
    if (result.ok) onValue(result.value);
    else {
      setStatus(null);
      setError(result.error);
    }
    onLogged();
  }

  // Verifying is the main action of the section; the checkpoint actions follow it.
  const actions = [
    {
      label: t('auditUi.verify.run'),
      run: () =>
        run(
          'verify',
          () => verifyJob.run(),
          (value) => {
            if (value.state === 'done') {
              setReport(value.result);
              setStatus(null);
              onVerified(value.result);
            } else {
              // An earlier result next to „abgebrochen“ would read as if this check had found the log intact.
              setReport(null);
              setStatus({ text: t('auditUi.verify.cancelled'), tone: 'info' });
            }
          },
        ),
    },
    {
      label: t('auditUi.checkpoint.save'),
      run: () =>
        run(
          'save',
          () => call((api) => api.audit.saveCheckpoint({})),
          (value) =>
            setStatus(
              value.saved
                ? { text: t('auditUi.checkpoint.saved', { file: value.fileName, hash: value.sha256.slice(0, 16) }), tone: 'success' }
                : { text: t('auditUi.checkpoint.cancelled'), tone: 'info' },
            ),
        ),
    },
    {
      label: t('auditUi.checkpoint.compare'),
      run: () =>
        run(
          'compare',
          () => call((api) => api.audit.verifyCheckpoint({})),
          (value) => {
            if (value.report) {
              setReport(value.report);
              setStatus(null);
              onVerified(value.report);
            } else setStatus({ text: t('auditUi.checkpoint.compareCancelled'), tone: 'info' });
          },
        ),
    },
  ];

  return (
    <section className="settings-section audit-integrity" aria-labelledby={headingId} aria-busy={busy !== null}>
      <h2 id={headingId}>{t('auditUi.verify.heading')}</h2>
      <p>{t('auditUi.verify.intro')}</p>
      <div className="actions actions-start">
        {actions.map((action, index) => (
          <button
            key={action.label}
            ref={index === 0 ? verifyButton : undefined}
            type="button"
            className={index === 0 ? 'button button-primary' : 'button'}
            disabled={busy !== null}
            onClick={() => void action.run()}
          >
            {action.label}
          </button>
        ))}
      </div>
      {busy === 'verify' && verifyJob.progress ? (
        <VerifyProgressBar
          progress={verifyJob.progress}
          onCancel={() => void verifyJob.cancel()}
          // The cancel button goes away with the check: the keyboard focus goes back to the button that started it.
          onGone={() => verifyButton.current?.focus()}
        />
      ) : null}
      <StatusMessage tone={status?.tone ?? 'info'} message={status?.text ?? null} />
      <ErrorAlert error={error} />
      <div role="status" className="verify-slot">
        {report ? <VerifyResult report={report} /> : null}
      </div>
    </section>
  );
}
