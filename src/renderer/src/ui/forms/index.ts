export { FieldShell, useRecheck, type ControlIds } from './FieldShell';
export { TextField } from './TextField';
export { DateField } from './DateField';
export { SelectField, type SelectOption } from './SelectField';
export { TextAreaField } from './TextAreaField';
export { CheckboxField } from './CheckboxField';
export { RadioGroupField } from './RadioGroupField';
export { useVocabularyOptions, useVocabularyLabel } from './useVocabularyOptions';
