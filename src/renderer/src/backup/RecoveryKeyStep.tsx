import { useId, useMemo, useState, type RefObject } from 'react';
import { useI18n } from '../kernel/i18n';
import { StatusMessage } from '../ui/StatusMessage';

/**
 * Step 4: the recovery key, shown this one time. "Drucken" prints only this sheet (see the print
 * rules in ui/styles/print.css); "Weiter" stays disabled until the person confirms the key is stored safely.
 */
export function RecoveryKeyStep({
  recoveryKey,
  vaultDir,
  headingRef,
  onContinue,
}: {
  recoveryKey: string;
  vaultDir: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onContinue: () => void;
}) {
  const { t, language } = useI18n();
  const [isConfirmed, setConfirmed] = useState(false);
  const [copyResult, setCopyResult] = useState<'copied' | 'failed' | null>(null);
  const headingId = useId();
  const checkboxId = useId();
  const noteId = useId();
  const groups = useMemo(() => recoveryKey.split('-'), [recoveryKey]);
  const createdOn = useMemo(() => new Date().toLocaleDateString(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long' }), [language]);

  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setCopyResult('copied');
    } catch {
      setCopyResult('failed');
    }
  }

  return (
    <section className="recovery-sheet" aria-labelledby={headingId}>
      {/* On paper the sheet's title is the page's heading (the screen's own h1 is not printed). */}
      <h1 className="print-only print-title">{t('setup.recovery.printTitle')}</h1>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="no-print">
        {t('setup.recovery.heading')}
      </h2>
      <p className="no-print">{t('setup.recovery.explain')}</p>
      <div className="recovery-key" role="group" aria-label={t('setup.recovery.keyLabel')}>
        {groups.map((group, index) => (
          // Groups can repeat; their position is their identity and the list never reorders.
          <span key={index} className="recovery-group">
            {group}
          </span>
        ))}
      </div>
      <p className="print-only">{t('setup.recovery.printVault', { vaultDir })}</p>
      <p className="print-only">{t('setup.recovery.printDate', { date: createdOn })}</p>
      <p className="print-only">{t('setup.recovery.printUsage')}</p>
      <p className="recovery-instructions no-print">{t('setup.recovery.instructions')}</p>
      <p className="print-only recovery-instructions">{t('setup.recovery.printKeep')}</p>
      <div className="actions actions-start no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('setup.recovery.print')}
        </button>
        <button type="button" className="button" onClick={() => void handleCopy()}>
          {t('setup.recovery.copy')}
        </button>
      </div>
      <div className="no-print">
        <StatusMessage
          tone={copyResult === 'copied' ? 'success' : 'info'}
          message={copyResult === 'copied' ? t('setup.recovery.copied') : copyResult === 'failed' ? t('setup.recovery.copyFailed') : null}
        />
        <div className="checkbox">
          <input
            id={checkboxId}
            type="checkbox"
            checked={isConfirmed}
            aria-describedby={isConfirmed ? undefined : noteId}
            onChange={(event) => setConfirmed(event.target.checked)}
          />
          <label htmlFor={checkboxId}>{t('setup.recovery.confirm')}</label>
        </div>
        {isConfirmed ? null : (
          <p className="field-hint" id={noteId}>
            {t('setup.recovery.confirmNeeded')}
          </p>
        )}
        <div className="actions">
          <button type="button" className="button button-primary" disabled={!isConfirmed} onClick={onContinue}>
            {t('common.next')}
          </button>
        </div>
      </div>
    </section>
  );
}
