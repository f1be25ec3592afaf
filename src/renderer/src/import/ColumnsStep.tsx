import { useId, useState } from 'react';
import { IMPORT_FIELDS, type ImportField } from '@shared/import/domain';
import { ACCESS_ROUTES, PROGRAMMES } from '@shared/kernel/vocabulary';
import { useI18n } from '../kernel/i18n';
import { InputField } from '../ui/forms';
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
  if (!preview) return null;
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
      <div className="import-table-scroll">
        <table className="import-table import-columns">
          <caption className="visually-hidden">{t('importUi.columns.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('importUi.columns.column')}</th>
              <th scope="col">{t('importUi.columns.header')}</th>
              <th scope="col">{t('importUi.columns.samples')}</th>
              <th scope="col">{t('importUi.columns.field')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((column) => {
              const field = fields[column.index] ?? null;
              return (
                <tr key={column.index} className={field === null ? 'import-ignored' : undefined}>
                  <th scope="row">{column.letter}</th>
                  <td>{column.header}</td>
                  <td>{column.samples.join(' · ')}</td>
                  <td>
                    <select
                      className="field-input"
                      aria-label={t('importUi.columns.fieldFor', { letter: column.letter, header: column.header })}
                      value={field ?? ''}
                      onChange={(event) => setField(column.index, (event.target.value || null) as ImportField | null)}
                    >
                      <option value="">{t('importUi.columns.ignore')}</option>
                      {IMPORT_FIELDS.map((option) => (
                        <option key={option} value={option}>
                          {t(`importUi.field.${option}`)}
                        </option>
                      ))}
                    </select>
                    {field === null ? <span className="import-tag">{t('importUi.columns.ignored')}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
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
        <div className="field">
          <label className="field-label" htmlFor={`${id}-programme`}>
            {t('importUi.columns.defaultProgramme')}
          </label>
          <select
            id={`${id}-programme`}
            className="field-input"
            value={defaults.programme}
            onChange={(event) => wizard.update({ defaults: { ...defaults, programme: event.target.value as typeof defaults.programme } })}
          >
            {PROGRAMMES.map((code) => (
              <option key={code} value={code}>
                {t(`vocab.programme.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-route`}>
            {t('importUi.columns.defaultAccessRoute')}
          </label>
          <select
            id={`${id}-route`}
            className="field-input"
            value={defaults.accessRoute}
            onChange={(event) =>
              wizard.update({ defaults: { ...defaults, accessRoute: event.target.value as typeof defaults.accessRoute } })
            }
          >
            {ACCESS_ROUTES.map((code) => (
              <option key={code} value={code}>
                {t(`vocab.accessRoute.${code}`)}
              </option>
            ))}
          </select>
        </div>
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
