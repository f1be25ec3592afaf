import { DUPLICATE_DECISIONS, type DryRun, type DuplicateDecision, type ImportDuplicate } from '@shared/import/domain';
import { useI18n } from '../kernel/i18n';
import { PickSelect } from '../ui/forms';
import { ImportTable } from './ImportTable';
import type { ImportWizard } from './useImportWizard';

/** The decisions a duplicate allows: merging writes into a case, so only into one's own. */
function decisionsFor(duplicate: ImportDuplicate): readonly DuplicateDecision[] {
  if (duplicate.match === 'case' && duplicate.own) return DUPLICATE_DECISIONS;
  return ['skip', 'import'];
}

/** Rows that look like a case already in the vault or an earlier row: skip, import anyway, or merge. */
export function DuplicatesTable({ wizard, dryRun }: { wizard: ImportWizard; dryRun: DryRun }) {
  const { t } = useI18n();
  return (
    <>
      <ImportTable
        caption={t('importUi.dryRun.duplicates')}
        scroll="region"
        className="import-duplicates"
        columns={[
          { label: t('importUi.dryRun.row'), isNumber: true },
          { label: t('importUi.dryRun.match') },
          { label: t('importUi.dryRun.decision') },
        ]}
      >
        {dryRun.duplicates.map((duplicate) => {
          const decision = wizard.state.duplicates[String(duplicate.row)] ?? duplicate.decision;
          return (
            <tr key={duplicate.row}>
              <th scope="row" className="number">
                {duplicate.row}
              </th>
              <td>
                {duplicate.match === 'row'
                  ? t('importUi.dryRun.matchRow', { row: duplicate.otherRow ?? 0 })
                  : duplicate.own
                    ? t('importUi.dryRun.matchCase', { code: duplicate.code ?? '' })
                    : t('importUi.dryRun.matchColleague', { code: duplicate.code ?? '' })}
              </td>
              <td>
                <PickSelect
                  className="field-input"
                  aria-label={t('importUi.dryRun.decisionFor', { row: duplicate.row })}
                  value={decision}
                  options={decisionsFor(duplicate).map((option) => ({ value: option, label: t(`importUi.dryRun.decision.${option}`) }))}
                  onChange={(value) => wizard.setDecision(duplicate.row, value as DuplicateDecision)}
                />
              </td>
            </tr>
          );
        })}
      </ImportTable>
      {dryRun.duplicateCount > dryRun.duplicates.length ? (
        <p>{t('importUi.dryRun.duplicatesMore', { shown: dryRun.duplicates.length, total: dryRun.duplicateCount })}</p>
      ) : null}
    </>
  );
}
