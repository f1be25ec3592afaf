import type { ReactNode } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import type { VocabularyName } from '@shared/kernel/vocabulary';
import { useT } from '../kernel/i18n';
import { SelectField, useVocabularyOptions } from './forms';

/** A select over one closed list that may stay open: its empty choice says "keine Angabe". */
export function NotStatedSelect<T extends FieldValues>({
  vocabulary,
  ...field
}: {
  name: FieldPath<T>;
  label: string;
  vocabulary: VocabularyName;
  hint?: ReactNode;
  className?: string;
}) {
  const t = useT();
  const options = useVocabularyOptions(vocabulary);
  return <SelectField<T> {...field} options={options} emptyLabel={t('caseForm.notStated')} />;
}
