import { useId, useState } from 'react';
import type { AppErrorData } from '@shared/kernel/result';
import type { ProfileMapping } from '@shared/import/domain';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { InputField } from '../ui/forms';
import { StatusMessage } from '../ui/StatusMessage';
import type { ImportWizard } from './useImportWizard';

/** Saves the mapping (headers, value choices, defaults — no rows) for the next list of the same shape. */
export function ProfileSave({ wizard }: { wizard: ImportWizard }) {
  const { t, translateError } = useI18n();
  const { call } = useSession();
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { preview, fields, nameOrder, choices, defaults } = wizard.state;
  if (!preview) return null;
  async function save() {
    if (!preview) return;
    const mapping: ProfileMapping = {
      columns: fields.flatMap((field, index) => (field ? [{ header: preview.columns[index]?.header ?? '', field }] : [])),
      nameOrder,
      // The choices come from the core's own lists; the core checks every code again.
      values: choices as ProfileMapping['values'],
      defaults: { programme: defaults.programme, accessRoute: defaults.accessRoute },
    };
    setError(null);
    setSaved(null);
    const result = await call((api) => api.import.saveProfile({ name, mapping }));
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setSaved(t('importUi.profile.saved', { name: name.trim() }));
  }
  const errorText = error ? translateError({ ...error, message: error.fields?.name ?? error.message }) : null;
  return (
    <section className="import-profile" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('importUi.profile.heading')}</h3>
      <InputField
        label={t('importUi.profile.name')}
        hint={t('importUi.profile.nameHint')}
        error={errorText}
        value={name}
        onChange={setName}
      />
      <div className="actions actions-start">
        <button type="button" className="button" onClick={() => void save()}>
          {t('importUi.profile.save')}
        </button>
      </div>
      <StatusMessage message={saved} tone="success" />
    </section>
  );
}
