import { useT } from '../kernel/i18n';
import { useAnnounce } from '../ui/Announcer';
import { FormTextField } from '../ui/FormTextField';
import type { SetupFormInput } from './setupForm';

/** Step 1: the vault folder — suggested by the core, chosen in the system dialog or typed. */
export function LocationStep({ onChooseFolder }: { onChooseFolder: () => Promise<string | null> }) {
  const t = useT();
  const announce = useAnnounce();

  async function handleChoose() {
    const vaultDir = await onChooseFolder();
    if (vaultDir) announce(t('setup.location.chosen', { vaultDir }));
  }

  return (
    <>
      <p>{t('setup.location.explain')}</p>
      <FormTextField<SetupFormInput> name="vaultDir" label={t('setup.location.label')} className="field-wide" />
      <button type="button" className="button" onClick={() => void handleChoose()}>
        {t('setup.location.choose')}
      </button>
    </>
  );
}
