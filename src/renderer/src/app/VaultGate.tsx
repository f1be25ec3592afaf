import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionInfo, VaultStatus } from '@shared/vault/contract';
import type { AppErrorData, Result } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { callCore } from '../kernel/bridge';
import { SessionProvider, useLockedPoll, type LockReason } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { SetupScreen, UnlockScreen } from '../vault';
import { TrainingBanner } from '../training';
import { MainLayout } from './MainLayout';
import { PublicFrame } from './PublicFrame';

type View =
  | { kind: 'loading' }
  | { kind: 'failed'; error: AppErrorData }
  | { kind: 'setup' }
  | { kind: 'locked'; status: VaultStatus; reason: LockReason }
  | { kind: 'unlocked'; session: SessionInfo; sessionNumber: number };

/**
 * Decides which screen the window shows from the core's vault state. Leaving the unlocked state
 * unmounts the whole signed-in tree: nothing read while unlocked stays in memory.
 */
export function VaultGate() {
  const { setLanguage, t } = useI18n();
  const [view, setView] = useState<View>({ kind: 'loading' });
  // A training vault says so on every screen, before and after sign-in (issue 10).
  const [isTraining, setTraining] = useState(false);
  const sessionCounter = useRef(0);

  const readStatus = useCallback(async (): Promise<Result<VaultStatus>> => {
    const result = await callCore((api) => api.vault.status());
    if (result.ok) {
      setLanguage(result.value.language);
      setTraining(result.value.isTraining);
    }
    return result;
  }, [setLanguage]);

  const showCurrentState = useCallback(
    async (reason: LockReason) => {
      const result = await readStatus();
      if (!result.ok) {
        setView({ kind: 'failed', error: result.error });
        return;
      }
      const status = result.value;
      if (status.state === 'uninitialised') setView({ kind: 'setup' });
      else if (status.state === 'unlocked' && status.session) {
        sessionCounter.current += 1;
        setView({ kind: 'unlocked', session: status.session, sessionNumber: sessionCounter.current });
      } else setView({ kind: 'locked', status, reason });
    },
    [readStatus],
  );

  useEffect(() => {
    void showCurrentState('start');
  }, [showCurrentState]);

  const handleLocked = useCallback(
    (reason: LockReason) => {
      // Drop the signed-in screens first, then ask for the state the unlock screen needs.
      setView({ kind: 'loading' });
      void showCurrentState(reason);
    },
    [showCurrentState],
  );
  const handleAutoLocked = useCallback(() => handleLocked('auto'), [handleLocked]);

  const handleUnlocked = useCallback(
    (session: SessionInfo) => {
      sessionCounter.current += 1;
      setView({ kind: 'unlocked', session, sessionNumber: sessionCounter.current });
      // The vault may carry its own language setting; the core reports it in the status.
      void readStatus();
    },
    [readStatus],
  );

  useLockedPoll(view.kind === 'unlocked', handleAutoLocked);

  function renderView() {
    switch (view.kind) {
      case 'loading':
        return (
          <main className="screen-centered" aria-busy="true">
            <p className="loading">{t('app.loading')}</p>
          </main>
        );
      case 'failed':
        return (
          <main className="screen-centered">
            <div className="card">
              <h1>{t('app.name')}</h1>
              <ErrorAlert heading={t('app.statusFailed')} error={view.error} />
              <button type="button" className="button button-primary" onClick={() => handleLocked('start')}>
                {t('common.retry')}
              </button>
            </div>
          </main>
        );
      case 'setup':
        return (
          <PublicFrame>
            <SetupScreen onFinished={handleUnlocked} onRestored={() => handleLocked('start')} />
          </PublicFrame>
        );
      case 'locked':
        return (
          <PublicFrame>
            <UnlockScreen
              status={view.status}
              reason={view.reason}
              readStatus={readStatus}
              onUnlocked={handleUnlocked}
              onLeftTraining={() => handleLocked('start')}
            />
          </PublicFrame>
        );
      case 'unlocked':
        return (
          <SessionProvider key={view.sessionNumber} info={view.session} onLocked={handleLocked}>
            <MainLayout />
          </SessionProvider>
        );
    }
  }

  return (
    <>
      {isTraining ? <TrainingBanner /> : null}
      {renderView()}
    </>
  );
}
