import type { FieldValues } from 'react-hook-form';
import { TextField, type TextFieldProps } from './forms/TextField';

/**
 * A text field of the short forms that say once that every field is required (sign-in, set-up,
 * accounts, settings): required for assistive technology, without the word at each label.
 */
export function FormTextField<T extends FieldValues>(props: Omit<TextFieldProps<T>, 'isRequired' | 'isRequiredWithoutMark'>) {
  return <TextField<T> {...props} isRequiredWithoutMark />;
}

/** A whole number within a range (minutes, months) in such a form: a short field for digits. */
export function NumberField<T extends FieldValues>(props: Pick<TextFieldProps<T>, 'name' | 'label' | 'hint' | 'min' | 'max'>) {
  return <FormTextField<T> {...props} type="number" inputMode="numeric" isNumber className="field-short" />;
}
