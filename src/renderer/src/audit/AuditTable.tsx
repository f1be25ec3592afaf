import { useEffect, useMemo, useRef } from 'react';
import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useT } from '../kernel/i18n';
import { remInPixels, setElementStyle } from '../ui/setElementStyle';
import { RowCells, VirtualRowGroup } from '../ui/VirtualGridParts';
import { AUDIT_COLUMNS, COLUMN_LABEL, type AuditColumnId, type AuditRow } from './columns';

/**
 * Row height in rem (audit.css uses the same figure). One line per entry keeps a million rows
 * within the height a browser can lay out (about 33 million pixels).
 */
const ROW_HEIGHT_REM = 2;

/**
 * The log as an ARIA table: only the rows in view (plus a margin) are in the DOM, with
 * `aria-rowcount`/`aria-rowindex` giving the real size. The scroll area is one tab stop, so the
 * arrow and page keys scroll it. Rows are asked for as they come into view (`onRange`).
 */
export function AuditTable({
  total,
  version,
  entryAt,
  onRange,
  labelledBy,
}: {
  total: number;
  /** Changes whenever more entries arrived. */
  version: number;
  entryAt: (index: number) => AuditRow['entry'];
  onRange: (from: number, to: number) => void;
  labelledBy: string;
}) {
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = ROW_HEIGHT_REM * remInPixels();
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (lastIndex >= 0) onRange(firstIndex, lastIndex);
  }, [firstIndex, lastIndex, onRange]);

  // TanStack gets the rows in view only: the data of a million-entry log lives in the cache.
  const data = useMemo<AuditRow[]>(() => {
    const rows: AuditRow[] = [];
    for (let index = firstIndex; index <= lastIndex; index += 1) rows.push({ index, entry: entryAt(index) });
    return rows;
    // `version` is a dependency on purpose: it says new entries arrived for the same range.
  }, [firstIndex, lastIndex, entryAt, version]);

  const table = useReactTable({
    data,
    columns: AUDIT_COLUMNS,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.index),
  });

  return (
    <div className="audit-scroll" ref={scrollRef} tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <div role="table" className="audit-table" aria-labelledby={labelledBy} aria-rowcount={total + 1}>
        <div role="rowgroup" className="audit-head">
          {table.getHeaderGroups().map((group) => (
            <div role="row" aria-rowindex={1} className="audit-row" key={group.id}>
              {group.headers.map((header) => (
                <div role="columnheader" key={header.id} className={`audit-cell audit-col-${header.column.id}`}>
                  {t(COLUMN_LABEL[header.column.id as AuditColumnId])}
                </div>
              ))}
            </div>
          ))}
        </div>
        <VirtualRowGroup className="audit-body" totalSize={virtualizer.getTotalSize()}>
          {table.getRowModel().rows.map((row) => {
            const { index, entry } = row.original;
            const start = index * rowHeight;
            return (
              <div
                role="row"
                key={row.id}
                aria-rowindex={index + 2}
                data-seq={entry?.seq}
                className={`audit-row audit-data-row${entry?.breakGlass ? ' is-break-glass' : ''}`}
                ref={(element) => setElementStyle(element, { transform: `translateY(${start}px)` })}
              >
                <RowCells row={row} role="cell" cellClassName={(columnId) => `audit-cell audit-col-${columnId}`} />
              </div>
            );
          })}
        </VirtualRowGroup>
      </div>
    </div>
  );
}
