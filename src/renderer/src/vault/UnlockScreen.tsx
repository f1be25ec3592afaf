import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { SessionInfo, VaultStatus } from '@shared/vault/contract';
import type { AppErrorData, Result } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import type { LockReason } from '../kernel/session';
import { useAnnounce } from '../ui/Announcer';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { DamagedVaultNotice } from './DamagedVaultNotice';
import { LeaveTrainingButton } from '../training';
import { ProblemNotice } from './ProblemNotice';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';
import { UnlockForm } from './UnlockForm';
import { useCountdown } from './useCountdown';

function parseRetryAt(retryAt: string | null): number | null {
  if (!retryAt) return null;
  const time = Date.parse(retryAt);
  return Number.isNaN(time) ? null : time;
}

/**
 * The locked state: sign in with a passphrase, or with the recovery key. The wait after failed
 * attempts comes from the core (`retryAt`, which survives a restart) and is shared by both forms.
 */
export function UnlockScreen({
  status: initialStatus,
  reason,
  readStatus,
  onUnlocked,
  onLeftTraining,
}: {
  status: VaultStatus;
  reason: LockReason;
  readStatus: () => Promise<Result<VaultStatus>>;
  onUnlocked: (session: SessionInfo) => void;
  /** After „Schulung beenden“ (training vaults only): the set-up comes next. */
  onLeftTraining: () => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  useDocumentTitle(t('unlock.title'));
  const [status, setStatus] = useState(initialStatus);
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [retryAt, setRetryAt] = useState(() => parseRetryAt(initialStatus.retryAt));
  const secondsLeft = useCountdown(retryAt);
  const wasWaiting = useRef(secondsLeft > 0);
  const recoveryHeadingRef = useRef<HTMLHeadingElement>(null);
  const recoveryHeadingId = useId();

  // Say once why this screen appeared; the visible notice alone is not read out. A language
  // switch must not repeat it, hence the flag.
  const hasAnnouncedArrival = useRef(false);
  useEffect(() => {
    if (hasAnnouncedArrival.current) return;
    hasAnnouncedArrival.current = true;
    if (reason === 'auto') announce(t('unlock.autoLocked'));
    else if (reason === 'manual') announce(t('unlock.locked'));
  }, [reason, announce, t]);

  useEffect(() => {
    const isWaiting = secondsLeft > 0;
    if (isWaiting && !wasWaiting.current) announce(t('unlock.countdown', { seconds: secondsLeft }));
    if (!isWaiting && wasWaiting.current) announce(t('unlock.ready'));
    wasWaiting.current = isWaiting;
  }, [secondsLeft, announce, t]);

  useEffect(() => {
    if (mode === 'recovery') recoveryHeadingRef.current?.focus();
  }, [mode]);

  const handleFailed = useCallback(
    async (error: AppErrorData) => {
      const seconds = error.params?.seconds;
      if (error.code === 'THROTTLED' && typeof seconds === 'number') setRetryAt(Date.now() + seconds * 1000);
      // The core decides when the next try is allowed; its status carries the time.
      const result = await readStatus();
      if (!result.ok) return;
      setStatus(result.value);
      setRetryAt(parseRetryAt(result.value.retryAt));
    },
    [readStatus],
  );

  async function handleRecheck() {
    const result = await readStatus();
    if (result.ok) setStatus(result.value);
  }

  const formProps = { accounts: status.accounts, secondsLeft, onUnlocked, onFailed: handleFailed };
  return (
    <div className="card">
      <h1>{t('unlock.title')}</h1>
      {reason === 'auto' ? <p className="notice">{t('unlock.autoLocked')}</p> : null}
      {status.problem === 'VAULT_DAMAGED' ? (
        <DamagedVaultNotice status={status} onRestored={() => void handleRecheck()} />
      ) : status.problem ? (
        <ProblemNotice status={status} onRecheck={() => void handleRecheck()} />
      ) : mode === 'passphrase' ? (
        <UnlockForm {...formProps} onSwitch={() => setMode('recovery')} />
      ) : (
        <RecoveryUnlockForm
          {...formProps}
          headingRef={recoveryHeadingRef}
          headingId={recoveryHeadingId}
          onSwitch={() => setMode('passphrase')}
        />
      )}
      {status.isTraining && status.vaultDir ? <LeaveTrainingButton vaultDir={status.vaultDir} onLeft={onLeftTraining} /> : null}
    </div>
  );
}
