import type { StorageKind } from '@shared/vault/contract';
import { useT } from '../kernel/i18n';
import { PinnedNote } from '../policy';
import { Alert } from '../ui/Alert';
import { useAnnounce } from '../ui/Announcer';
import { FormTextField } from '../ui/FormTextField';
import { StateBadge } from '../ui/StateBadge';
import type { SetupFormInput } from './setupForm';

/** What the core found out about the suggested folder before anything is created. */
export interface SuggestedLocation {
  storage: StorageKind;
  /** The machine policy pins the folder: it is shown, not chosen. */
  pinned: boolean;
}

/**
 * Step 1: the vault folder — suggested by the core, chosen in the system dialog or typed. A folder
 * the organisation pins is shown read-only; a suggestion on a network drive or a removable drive is
 * said before anything is created (set-up refuses a network drive unless the policy allows it).
 */
export function LocationStep({
  suggested,
  onChooseFolder,
}: {
  suggested: SuggestedLocation | null;
  onChooseFolder: () => Promise<string | null>;
}) {
  const t = useT();
  const announce = useAnnounce();

  async function handleChoose() {
    const vaultDir = await onChooseFolder();
    if (vaultDir) announce(t('setup.location.chosen', { vaultDir }));
  }

  const isPinned = suggested?.pinned === true;
  return (
    <>
      <p>{t('setup.location.explain')}</p>
      <FormTextField<SetupFormInput>
        name="vaultDir"
        label={t('setup.location.label')}
        className="field-wide"
        isReadOnly={isPinned}
        hint={isPinned ? <PinnedNote /> : undefined}
      />
      {isPinned ? null : (
        <button type="button" className="button" onClick={() => void handleChoose()}>
          {t('setup.location.choose')}
        </button>
      )}
      {suggested?.storage === 'network' ? (
        <Alert>
          <p>{t('setup.location.networkSuggested')}</p>
        </Alert>
      ) : null}
      {suggested?.storage === 'removable' || suggested?.storage === 'unknown' ? (
        <p>
          <StateBadge tone="warning">{t(`vault.location.${suggested.storage}`)}</StateBadge>
        </p>
      ) : null}
    </>
  );
}
