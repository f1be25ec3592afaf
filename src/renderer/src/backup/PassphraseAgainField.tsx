import { useT } from '../kernel/i18n';
import { InputField } from '../ui/forms';

/** The signed-in person's passphrase, asked again before a step that replaces keys or the whole vault. */
export function PassphraseAgainField({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | null;
  onChange: (value: string) => void;
}) {
  const t = useT();
  return (
    <InputField
      label={t('backupUi.restore.passphrase')}
      type="password"
      autoComplete="current-password"
      error={error}
      value={value}
      onChange={onChange}
    />
  );
}
