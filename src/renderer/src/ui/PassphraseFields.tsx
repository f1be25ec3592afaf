import { useId } from 'react';
import { useFormContext, useWatch, type FieldPath, type FieldValues } from 'react-hook-form';
import { useT } from '../kernel/i18n';
import { FormTextField } from './FormTextField';
import { PassphraseStrength } from './PassphraseStrength';

/** A new passphrase with its rule, its strength and a repetition: used at set-up, recovery and change. */
export function PassphraseFields<T extends FieldValues>({
  name,
  confirmationName,
  label,
  confirmationLabel,
  rule,
}: {
  name: FieldPath<T>;
  confirmationName: FieldPath<T>;
  label: string;
  confirmationLabel: string;
  /** The rule in words when it is not Fallbuch's own (a longer minimum the organisation sets). */
  rule?: string | undefined;
}) {
  const t = useT();
  const { control } = useFormContext<T>();
  const value: unknown = useWatch({ control, name });
  const strengthId = useId();
  return (
    <>
      <FormTextField<T>
        name={name}
        label={label}
        type="password"
        autoComplete="new-password"
        hint={rule ?? t('field.passphraseRule')}
        describedBy={strengthId}
      >
        <PassphraseStrength id={strengthId} passphrase={typeof value === 'string' ? value : ''} />
      </FormTextField>
      <FormTextField<T> name={confirmationName} label={confirmationLabel} type="password" autoComplete="new-password" />
    </>
  );
}
