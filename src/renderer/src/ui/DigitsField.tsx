import type { FieldValues } from 'react-hook-form';
import { TextField, type TextFieldProps } from './forms/TextField';

/** Digits typed as text (a year, minutes, a time such as 14:30, k): a short field that brings up the number keys. */
export function DigitsField<T extends FieldValues>(props: Pick<TextFieldProps<T>, 'name' | 'label' | 'hint' | 'isRequired'>) {
  return <TextField<T> {...props} inputMode="numeric" className="field-short" />;
}
