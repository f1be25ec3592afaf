import { useFormContext } from 'react-hook-form';
import { useT } from '../kernel/i18n';
import { useVocabularyOptions } from '../ui/forms';
import type { JournalFormValues } from './journalForm';

/** The Handlungsfelder a contact touched, as checkboxes (Space toggles, Tab moves on). */
export function TopicsField() {
  const t = useT();
  const { register } = useFormContext<JournalFormValues>();
  const fields = useVocabularyOptions('fieldOfAction');
  return (
    <fieldset className="field field-wide topics">
      <legend className="field-label">{t('journal.topics')}</legend>
      <div className="checkbox-grid">
        {fields.map((option) => (
          <label key={option.value} className="checkbox checkbox-inline">
            <input type="checkbox" value={option.value} {...register('topics')} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
