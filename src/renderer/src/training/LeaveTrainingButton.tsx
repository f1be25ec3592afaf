import { useState } from 'react';
import { callCore } from '../kernel/bridge';
import { useT } from '../kernel/i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/**
 * „Schulung beenden“ on the unlock screen of a training vault: the app forgets the training folder
 * (which stays on disk) and shows the set-up of a real vault next.
 */
export function LeaveTrainingButton({ vaultDir, onLeft }: { vaultDir: string; onLeft: () => void }) {
  const t = useT();
  const [isAsking, setAsking] = useState(false);
  return (
    <div className="secondary-action">
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {t('training.leave.button')}
      </button>
      {isAsking ? (
        <ConfirmDialog
          title={t('training.leave.question')}
          text={t('training.leave.text', { vaultDir })}
          confirmLabel={t('training.leave.confirm')}
          keepLabel={t('caseForm.cancel')}
          confirmClassName="button"
          onConfirm={async () => {
            const result = await callCore((api) => api.trainingVault.leave());
            if (result.ok) onLeft();
            return result;
          }}
          onClose={() => setAsking(false)}
        />
      ) : null}
    </div>
  );
}
