import type { ReactNode } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useT } from '../../kernel/i18n';
import { TextField } from './TextField';

/** A calendar day typed as TT.MM.JJJJ; the format is the hint, so it stays visible while typing. */
export function DateField<T extends FieldValues>(props: {
  name: FieldPath<T>;
  label: string;
  isRequired?: boolean;
  extra?: ReactNode;
  className?: string;
}) {
  const t = useT();
  return (
    <TextField<T>
      {...props}
      hint={t('caseForm.dateHint')}
      inputMode="numeric"
      className={['field-date', props.className].filter(Boolean).join(' ')}
    />
  );
}
