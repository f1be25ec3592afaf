import type { MessageKey } from '@shared/i18n';
import { useT } from '../kernel/i18n';

/**
 * The header row of a data table: one column header per label and, last, the actions column whose
 * name only screen readers hear (its buttons are labelled themselves).
 */
export function DataTableHead({ columns }: { columns: readonly MessageKey[] }) {
  const t = useT();
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {t(column)}
          </th>
        ))}
        <th scope="col">
          <span className="visually-hidden">{t('caseDetail.actions')}</span>
        </th>
      </tr>
    </thead>
  );
}
