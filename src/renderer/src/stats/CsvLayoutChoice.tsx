import { useId } from 'react';
import { csvLayoutSchema, type CsvLayout } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';

/** One CSV file with a section per table, or one CSV file per table (both for German Excel). */
export function CsvLayoutChoice({ value, onChange }: { value: CsvLayout; onChange: (layout: CsvLayout) => void }) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="field radio-group stats-csv-layout">
      <legend className="field-label">{t('statsUi.csv.legend')}</legend>
      {csvLayoutSchema.options.map((layout) => (
        <label key={layout} className="radio">
          <input type="radio" name={name} value={layout} checked={value === layout} onChange={() => onChange(layout)} />
          <span>{t(layout === 'sections' ? 'statsUi.csv.sections' : 'statsUi.csv.perTable')}</span>
        </label>
      ))}
    </fieldset>
  );
}
