import type { ReactNode } from 'react';

export interface ImportColumn {
  label: string;
  /** Figures: right-aligned, in tabular digits. */
  isNumber?: boolean;
}

/**
 * A table of the import screens: its column headers, its caption (seen, or for screen readers only
 * where a heading above says the same) and the rows the caller gives. Wide tables scroll sideways;
 * a long one is a region of its own that the keyboard can reach and scroll.
 */
export function ImportTable({
  caption,
  isCaptionHidden = false,
  scroll,
  className,
  columns,
  children,
}: {
  /** None where the heading above names the table. */
  caption?: string;
  isCaptionHidden?: boolean;
  /** `region`: a focusable scroll region named by the caption; `plain`: it only scrolls; `none`: neither. */
  scroll: 'region' | 'plain' | 'none';
  className?: string;
  columns: readonly ImportColumn[];
  /** The rows (`<tr>`), without `<tbody>`. */
  children: ReactNode;
}) {
  const table = (
    <table className={['import-table', className].filter(Boolean).join(' ')}>
      {caption !== undefined ? <caption className={isCaptionHidden ? 'visually-hidden' : undefined}>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col" className={column.isNumber ? 'number' : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  if (scroll === 'none') return table;
  return scroll === 'region' ? (
    <div className="import-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      {table}
    </div>
  ) : (
    <div className="import-table-scroll">{table}</div>
  );
}
