import type { FallbuchApi } from '@shared/contract/api';
import { useI18n } from '../kernel/i18n';
import { useCoreValue } from '../kernel/session';
import { PickField } from '../ui/forms';
import { PinnedNote, usePolicy } from '../policy';
import type { ImportWizard } from './useImportWizard';

const readProfiles = (api: FallbuchApi) => api.import.profiles();

/** Step 1: a saved mapping (optional), then the file through the core's open dialog. */
export function FileStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useI18n();
  const profiles = useCoreValue(readProfiles).value ?? [];
  // The machine policy may switch importing off (issue 14): say so, and offer no file dialog.
  const isSwitchedOff = usePolicy()?.allowImport === false;
  return (
    <div className="import-step">
      <h2 tabIndex={-1}>{t('importUi.file.heading')}</h2>
      <p>{t('importUi.file.text')}</p>
      {isSwitchedOff ? (
        <p>
          <PinnedNote kind="off" /> {t('policy.feature.import')}
        </p>
      ) : null}
      {profiles.length > 0 ? (
        <PickField
          label={t('importUi.file.profile')}
          value={wizard.state.profileId ?? ''}
          emptyLabel={t('importUi.file.noProfile')}
          options={profiles.map((profile) => ({ value: profile.id, label: profile.name }))}
          onChange={(value) => wizard.update({ profileId: value || null })}
        />
      ) : null}
      <div className="actions actions-start">
        <button
          type="button"
          className="button button-primary"
          disabled={wizard.isBusy || isSwitchedOff}
          onClick={() => void wizard.openFile(t('importUi.file.cancelled'))}
        >
          {t('importUi.file.choose')}
        </button>
      </div>
    </div>
  );
}
