import type { Key, ReactNode } from 'react';
import type { MessageKey } from '@shared/i18n';
import { DataTableHead } from './DataTableHead';

/** How the table's scroll box is named when it is a region of its own (keyboard users can scroll it then). */
export type ScrollRegion = { labelledBy: string } | { label: string };

export interface SectionTableProps<Row> {
  /** The column headers; with `hasActions` (the default) the last cells are a RowActionsCell. */
  columns: readonly MessageKey[];
  hasActions?: boolean;
  /** The entries: records with an id, or words that are their own key. */
  rows: readonly Row[];
  /** A row's classes (an archived entry, say). */
  rowClassName?: (row: Row) => string | undefined;
  /** The cells of one row, in the order of `columns`. */
  cells: (row: Row) => ReactNode;
  /** The table's classes; "data-table" when not given. */
  className?: string;
  /** The scroll box's classes; "table-scroll" when not given. */
  scrollClassName?: string;
  /** A caption only screen readers hear. */
  caption?: string;
  /** The id of the heading that names the table. */
  labelledBy?: string;
  /** Makes the scroll box a named, focusable region. */
  region?: ScrollRegion;
}

/**
 * A table in a section of a screen: the scroll box that keeps a wide table from widening the page,
 * the header row (see DataTableHead), then one row per entry.
 */
export function SectionTable<Row extends { id: Key } | string>({
  columns,
  hasActions,
  rows,
  rowClassName,
  cells,
  className = 'data-table',
  scrollClassName = 'table-scroll',
  caption,
  labelledBy,
  region,
}: SectionTableProps<Row>) {
  const regionProps = region
    ? { role: 'region', tabIndex: 0, ...('label' in region ? { 'aria-label': region.label } : { 'aria-labelledby': region.labelledBy }) }
    : {};
  return (
    <div className={scrollClassName} {...regionProps}>
      <table className={className} aria-labelledby={labelledBy}>
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <DataTableHead columns={columns} hasActions={hasActions} />
        <tbody>
          {rows.map((row) => (
            <tr key={typeof row === 'string' ? row : row.id} className={rowClassName?.(row)}>
              {cells(row)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
