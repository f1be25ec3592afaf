import { useId, useState } from 'react';
import { IMPORT_FIELDS, type ImportField } from '@shared/import/domain';
import { useI18n } from '../kernel/i18n';
import { InputField, PickField, PickSelect, useVocabularyOptions } from '../ui/forms';
import { ImportTable } from './ImportTable';
import { formatGermanDate, parseGermanDate } from '../ui/dates';
import { StepActions } from './StepActions';
import type { ImportWizard } from './useImportWizard';

/** What is wrong with the column choice, in words (null: fine). */
function problemOf(
  fields: readonly (ImportField | null)[],
): { key: 'importUi.columns.twice'; field: ImportField } | { key: 'importUi.columns.nameNeeded' } | null {
  const seen = new Set<ImportField>();
  for (const field of fields) {
    if (field === null) continue;
    if (seen.has(field)) return { key: 'importUi.columns.twice', field };
    seen.add(field);
  }
  if (!seen.has('fullName') && !(seen.has('familyName') && seen.has('givenNames'))) return { key: 'importUi.columns.nameNeeded' };
  return null;
}

/** Step 3: each column to a field (or not imported), the order in a combined name column, defaults. */
export function ColumnsStep({ wizard, onCancel }: { wizard: ImportWizard; onCancel: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const { preview, fields, nameOrder, defaults } = wizard.state;
  const [intakeText, setIntakeText] = useState(formatGermanDate(defaults.intakeDate));
  const [intakeError, setIntakeError] = useState(false);
  const programmeOptions = useVocabularyOptions('programme');
  const accessRouteOptions = useVocabularyOptions('accessRoute');
  if (!preview) return null;
  const fieldOptions = IMPORT_FIELDS.map((option) => ({ value: option, label: t(`importUi.field.${option}`) }));
  const problem = problemOf(fields);
  const problemText = problem
    ? problem.key === 'importUi.columns.twice'
      ? t(problem.key, { field: t(`importUi.field.${problem.field}`) })
      : t(problem.key)
    : null;
  const setField = (index: number, field: ImportField | null) =>
    wizard.update({ fields: fields.map((current, position) => (position === index ? field : current)) });
  const next = () => {
    const intakeDate = parseGermanDate(intakeText);
    setIntakeError(intakeDate === null);
    if (problem || intakeDate === null) {
      document.getElementById(intakeDate === null ? `${id}-intake` : `${id}-problem`)?.focus();
      return;
    }
    wizard.update({ defaults: { ...defaults, intakeDate } });
    void wizard.loadValues();
  };
  return (
    <div className="import-step">
      <h2 tabIndex={-1}>{t('importUi.columns.heading')}</h2>
      <p>{t('importUi.columns.text')}</p>
      <ImportTable
        caption={t('importUi.columns.heading')}
        isCaptionHidden
        scroll="plain"
        className="import-columns"
        columns={[
          { label: t('importUi.columns.column') },
          { label: t('importUi.columns.header') },
          { label: t('importUi.columns.samples') },
          { label: t('importUi.columns.field') },
        ]}
      >
        {preview.columns.map((column) => {
          const field = fields[column.index] ?? null;
          return (
            <tr key={column.index} className={field === null ? 'import-ignored' : undefined}>
              <th scope="row">{column.letter}</th>
              <td>{column.header}</td>
              <td>{column.samples.join(' · ')}</td>
              <td>
                <PickSelect
                  className="field-input"
                  aria-label={t('importUi.columns.fieldFor', { letter: column.letter, header: column.header })}
                  value={field ?? ''}
                  emptyLabel={t('importUi.columns.ignore')}
                  options={fieldOptions}
                  onChange={(value) => setField(column.index, (value || null) as ImportField | null)}
                />
                {field === null ? <span className="import-tag">{t('importUi.columns.ignored')}</span> : null}
              </td>
            </tr>
          );
        })}
      </ImportTable>
      <p
        id={`${id}-problem`}
        tabIndex={-1}
        className={problemText ? 'field-error' : 'visually-hidden'}
        role={problemText ? 'alert' : undefined}
      >
        {problemText}
      </p>
      {fields.includes('fullName') ? (
        <fieldset className="field">
          <legend className="field-label">{t('importUi.columns.nameOrder')}</legend>
          <p className="field-hint">{t('importUi.columns.nameOrderHint')}</p>
          {(['givenFirst', 'familyFirst'] as const).map((order) => (
            <label key={order} className="radio">
              <input type="radio" name={`${id}-order`} checked={nameOrder === order} onChange={() => wizard.update({ nameOrder: order })} />{' '}
              {t(order === 'givenFirst' ? 'importUi.columns.givenFirst' : 'importUi.columns.familyFirst')}
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset className="field import-defaults">
        <legend className="field-label">{t('importUi.columns.defaults')}</legend>
        <PickField
          label={t('importUi.columns.defaultProgramme')}
          value={defaults.programme}
          options={programmeOptions}
          onChange={(value) => wizard.update({ defaults: { ...defaults, programme: value as typeof defaults.programme } })}
        />
        <PickField
          label={t('importUi.columns.defaultAccessRoute')}
          value={defaults.accessRoute}
          options={accessRouteOptions}
          onChange={(value) => wizard.update({ defaults: { ...defaults, accessRoute: value as typeof defaults.accessRoute } })}
        />
        <InputField
          id={`${id}-intake`}
          className="field field-short"
          label={t('importUi.columns.defaultIntakeDate')}
          hint={t('importUi.columns.defaultIntakeDateHint')}
          error={intakeError ? t('validation.date') : null}
          inputMode="numeric"
          value={intakeText}
          onChange={setIntakeText}
        />
      </fieldset>
      <StepActions isBusy={wizard.isBusy} onBack={() => wizard.goTo('table')} onNext={next} onCancel={onCancel} />
    </div>
  );
}
