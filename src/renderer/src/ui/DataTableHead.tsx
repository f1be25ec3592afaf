import type { MessageKey } from '@shared/i18n';
import { useT } from '../kernel/i18n';

/**
 * The header row of a data table: one column header per label and, last, the actions column whose
 * name only screen readers hear (its buttons are labelled themselves; see RowActionsCell). A table
 * that only shows data leaves the actions column out.
 */
export function DataTableHead({ columns, hasActions = true }: { columns: readonly MessageKey[]; hasActions?: boolean }) {
  const t = useT();
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {t(column)}
          </th>
        ))}
        {hasActions ? (
          <th scope="col">
            <span className="visually-hidden">{t('caseDetail.actions')}</span>
          </th>
        ) : null}
      </tr>
    </thead>
  );
}
