import type { ReactNode } from 'react';
import { useI18n } from '../kernel/i18n';

/** Back, the step's own forward action and "cancel and discard", in the same place on every step. */
export function StepActions({
  isBusy,
  onBack,
  onNext,
  nextLabel,
  isNextDisabled = false,
  onCancel,
  children,
}: {
  isBusy: boolean;
  onBack: (() => void) | null;
  onNext: (() => void) | null;
  nextLabel?: string;
  isNextDisabled?: boolean;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="actions actions-start import-actions">
      {onBack ? (
        <button type="button" className="button" disabled={isBusy} onClick={onBack}>
          {t('importUi.back')}
        </button>
      ) : null}
      {children}
      {onNext ? (
        <button type="button" className="button button-primary" disabled={isBusy || isNextDisabled} onClick={onNext}>
          {nextLabel ?? t('importUi.next')}
        </button>
      ) : null}
      <button type="button" className="button button-quiet" disabled={isBusy} onClick={onCancel}>
        {t('importUi.cancel')}
      </button>
    </div>
  );
}
