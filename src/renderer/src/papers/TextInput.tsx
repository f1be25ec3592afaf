import type { MessageKey } from '@shared/i18n';
import { useT } from '../kernel/i18n';
import { InputField } from '../ui/forms';

/**
 * A labelled text field whose value the screen holds (papers' forms are small and mostly preview
 * driven, so they keep plain state instead of react-hook-form). A hint is linked to the control;
 * `multiline` makes it a text of three rows.
 */
export function TextInput({
  multiline = false,
  type = 'text',
  isReadOnly = false,
  ...field
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'date' | 'time';
  hint?: string;
  isReadOnly?: boolean;
}) {
  return multiline ? (
    <InputField {...field} rows={3} controlClassName="field-input field-textarea" isReadOnly={isReadOnly} />
  ) : (
    <InputField {...field} type={type} isReadOnly={isReadOnly} />
  );
}

/**
 * One TextInput for each part of a value the screen holds as one object (an appointment's date and
 * time, a period's first and last day); each part's id is `${idPrefix}-${part}`.
 */
export function PartInputs<K extends string>({
  idPrefix,
  value,
  onChange,
  parts,
}: {
  idPrefix: string;
  value: Record<K, string>;
  onChange: (value: Record<K, string>) => void;
  parts: readonly { key: K; type: 'date' | 'time'; label: MessageKey }[];
}) {
  const t = useT();
  return (
    <>
      {parts.map((part) => (
        <TextInput
          key={part.key}
          id={`${idPrefix}-${part.key}`}
          type={part.type}
          label={t(part.label)}
          value={value[part.key]}
          onChange={(text) => onChange({ ...value, [part.key]: text })}
        />
      ))}
    </>
  );
}
