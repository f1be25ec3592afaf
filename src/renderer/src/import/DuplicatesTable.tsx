import { DUPLICATE_DECISIONS, type DryRun, type DuplicateDecision, type ImportDuplicate } from '@shared/import/domain';
import { useI18n } from '../kernel/i18n';
import type { ImportWizard } from './useImportWizard';

/** The decisions a duplicate allows: merging writes into a case, so only into one's own. */
function decisionsFor(duplicate: ImportDuplicate): readonly DuplicateDecision[] {
  if (duplicate.match === 'case' && duplicate.own) return DUPLICATE_DECISIONS;
  return ['skip', 'import'];
}

/** Rows that look like a case already in the vault or an earlier row: skip, import anyway, or merge. */
export function DuplicatesTable({ wizard, dryRun }: { wizard: ImportWizard; dryRun: DryRun }) {
  const { t } = useI18n();
  const caption = t('importUi.dryRun.duplicates');
  return (
    <>
      <div className="import-table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="import-table import-duplicates">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="number">
                {t('importUi.dryRun.row')}
              </th>
              <th scope="col">{t('importUi.dryRun.match')}</th>
              <th scope="col">{t('importUi.dryRun.decision')}</th>
            </tr>
          </thead>
          <tbody>
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
                    <select
                      className="field-input"
                      aria-label={t('importUi.dryRun.decisionFor', { row: duplicate.row })}
                      value={decision}
                      onChange={(event) => wizard.setDecision(duplicate.row, event.target.value as DuplicateDecision)}
                    >
                      {decisionsFor(duplicate).map((option) => (
                        <option key={option} value={option}>
                          {t(`importUi.dryRun.decision.${option}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {dryRun.duplicateCount > dryRun.duplicates.length ? (
        <p>{t('importUi.dryRun.duplicatesMore', { shown: dryRun.duplicates.length, total: dryRun.duplicateCount })}</p>
      ) : null}
    </>
  );
}
