import { useMemo } from 'react';
import { VALUE_LISTS, type ValueChoice, type ValueList } from '@shared/import/domain';
import { COUNTRIES } from '@shared/kernel/countries';
import { ACCESS_ROUTES, GENDERS, PROGRAMMES, RESIDENCE_STATUSES } from '@shared/kernel/vocabulary';
import { useI18n } from '../kernel/i18n';
import { PickSelect, type PickOption } from '../ui/forms';
import { ImportTable } from './ImportTable';
import { StepActions } from './StepActions';
import type { ImportWizard } from './useImportWizard';

type Option = PickOption;

/** The choices of each list in the current language. */
function useListOptions(wizard: ImportWizard): Record<ValueList, Option[]> {
  const { t, language } = useI18n();
  const counsellors = wizard.state.values?.counsellors ?? [];
  return useMemo(() => {
    const vocabulary = (list: string, codes: readonly string[]) =>
      codes.map((code) => ({ value: code, label: t(`vocab.${list}.${code}` as never) }));
    return {
      status: vocabulary('residenceStatus', RESIDENCE_STATUSES),
      gender: vocabulary('gender', GENDERS),
      country: COUNTRIES.map((country) => ({ value: country.code, label: `${country[language]} (${country.code})` })).sort((left, right) =>
        left.label.localeCompare(right.label, language),
      ),
      programme: vocabulary('programme', PROGRAMMES),
      accessRoute: vocabulary('accessRoute', ACCESS_ROUTES),
      counsellor: counsellors.map((account) => ({
        value: account.id,
        label: account.isSelf ? t('importUi.values.self', { name: account.name }) : t('importUi.values.colleague', { name: account.name }),
      })),
    };
  }, [t, language, counsellors]);
}

function ValueTable({
  list,
  choices,
  options,
  wizard,
}: {
  list: ValueList;
  choices: ValueChoice[];
  options: Option[];
  wizard: ImportWizard;
}) {
  const { t } = useI18n();
  const chosen = wizard.state.choices[list];
  const choose = (key: string, value: string | null) =>
    wizard.update({ choices: { ...wizard.state.choices, [list]: { ...chosen, [key]: value } } });
  return (
    <section className="import-values" aria-labelledby={`import-values-${list}`}>
      <h3 id={`import-values-${list}`}>{t(`importUi.values.list.${list}`)}</h3>
      {list === 'counsellor' ? <p className="field-hint">{t('importUi.values.colleagueHint')}</p> : null}
      <ImportTable
        scroll="none"
        columns={[
          { label: t('importUi.values.value') },
          { label: t('importUi.values.count'), isNumber: true },
          { label: t('importUi.values.choice') },
        ]}
      >
        {choices.map((choice) => {
          const value = chosen[choice.key] ?? null;
          return (
            <tr key={choice.key} className={value === null ? 'import-unmapped' : undefined}>
              <th scope="row">{choice.label}</th>
              <td className="number">{choice.count}</td>
              <td>
                <PickSelect
                  className="field-input"
                  aria-label={t('importUi.values.choiceFor', { value: choice.label })}
                  value={value ?? ''}
                  emptyLabel={t('importUi.values.unmapped')}
                  options={options}
                  onChange={(picked) => choose(choice.key, picked || null)}
                />
              </td>
            </tr>
          );
        })}
      </ImportTable>
    </section>
  );
}

/** Step 4: each distinct value of a list column once, with the core's suggestion to confirm or change. */
export function ValuesStep({ wizard, onCancel }: { wizard: ImportWizard; onCancel: () => void }) {
  const { t } = useI18n();
  const options = useListOptions(wizard);
  const lists = wizard.state.values?.lists;
  const shown = VALUE_LISTS.filter((list) => (lists?.[list].length ?? 0) > 0);
  return (
    <div className="import-step">
      <h2 tabIndex={-1}>{t('importUi.values.heading')}</h2>
      <p>{shown.length > 0 ? t('importUi.values.text') : t('importUi.values.none')}</p>
      {lists
        ? shown.map((list) => <ValueTable key={list} list={list} choices={lists[list]} options={options[list]} wizard={wizard} />)
        : null}
      <StepActions
        isBusy={wizard.isBusy}
        onBack={() => wizard.goTo('columns')}
        onNext={() => void wizard.runDryRun()}
        nextLabel={t('importUi.steps.dryRun')}
        onCancel={onCancel}
      />
    </div>
  );
}
