import type { ReactNode } from 'react';
import { flexRender, type Row } from '@tanstack/react-table';
import { setElementStyle } from './setElementStyle';

/**
 * The body of a virtualised table or grid (audit log, case list): as tall as all its rows, which
 * are placed in it by their own transform; only the visible ones are rendered.
 */
export function VirtualRowGroup({ className, totalSize, children }: { className: string; totalSize: number; children: ReactNode }) {
  return (
    <div role="rowgroup" className={className} ref={(element) => setElementStyle(element, { height: `${totalSize}px` })}>
      {children}
    </div>
  );
}

/** The cells of one such row, each with its column's class. */
export function RowCells<T>({
  row,
  role,
  cellClassName,
}: {
  row: Row<T>;
  role: 'cell' | 'gridcell';
  cellClassName: (columnId: string) => string;
}) {
  return (
    <>
      {row.getVisibleCells().map((cell) => (
        <div role={role} key={cell.id} className={cellClassName(cell.column.id)}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </div>
      ))}
    </>
  );
}
