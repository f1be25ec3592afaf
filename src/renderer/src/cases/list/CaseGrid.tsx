import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CaseListDensity } from '@shared/settings/prefs';
import {
  createRow,
  getCoreRowModel,
  useReactTable,
  type OnChangeFn,
  type Row,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useT } from '../../kernel/i18n';
import { remInPixels, setElementStyle } from '../../ui/setElementStyle';
import { RowCells, VirtualRowGroup } from '../../ui/VirtualGridParts';
import { sortCaseRows } from './caseOrder';
import type { CaseRow } from './caseRows';
import { CASE_COLUMNS, COLUMN_LABEL, COLUMN_WIDTH_REM, type ColumnId } from './columns';

/** Row heights in rem (caseList.css uses the same figures): one line of text per row. */
const ROW_HEIGHT_REM: Record<CaseListDensity, number> = { comfortable: 2.25, compact: 1.75 };
const HEADER_HEIGHT_REM = 2.25;
const PAGE_ROWS = 10;

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export interface CaseGridProps {
  rows: CaseRow[];
  columnVisibility: VisibilityState;
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  /** Only the first screen is there yet: the grid is `aria-busy` and its sort buttons wait. */
  isBusy: boolean;
  density: CaseListDensity;
  /** Sizes the scroll area (it fills the window below the toolbar). */
  scrollRef: (element: HTMLElement | null) => void;
  labelledBy: string;
  /** The visible text that explains the keys. */
  describedBy: string;
  onOpen: (row: CaseRow) => void;
}

/**
 * The case list as an ARIA grid with one tab stop: focus stays on the grid and
 * `aria-activedescendant` names the active row, so virtualised rows can come and go without
 * losing focus. ↑/↓ move, Home/End jump, Page up/down move by ten, Enter opens. Only the rows in
 * view (plus a margin) are in the DOM; `aria-rowcount`/`aria-rowindex` tell screen readers the
 * real size.
 */
export function CaseGrid({
  rows,
  columnVisibility,
  sorting,
  onSortingChange,
  isBusy,
  density,
  scrollRef: sizeScrollArea,
  labelledBy,
  describedBy,
  onOpen,
}: CaseGridProps) {
  const t = useT();
  const [activeId, setActiveId] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const setScrollElement = useCallback(
    (element: HTMLDivElement | null) => {
      scrollRef.current = element;
      sizeScrollArea(element);
    },
    [sizeScrollArea],
  );

  // TanStack Table keeps the columns, their visibility and the sort state (header buttons,
  // aria-sort); the order comes from sortCaseRows, and its rows are made only for the rows in view.
  const table = useReactTable({
    data: rows,
    columns: CASE_COLUMNS,
    state: { sorting, columnVisibility },
    onSortingChange,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    getRowId: (row) => row.id,
    enableSortingRemoval: false,
  });
  const sortedRows = useMemo(() => sortCaseRows(rows, sorting, CASE_COLUMNS), [rows, sorting]);
  // One TanStack row per case, made when it first comes into view and kept while the table lives
  // (its cells follow the column choice by themselves). The index is handed only to the accessors,
  // and none of them reads it.
  const tableRows = useMemo(() => new WeakMap<CaseRow, Row<CaseRow>>(), [table]);
  function tableRowOf(row: CaseRow, index: number): Row<CaseRow> {
    let tableRow = tableRows.get(row);
    if (!tableRow) {
      tableRow = createRow(table, row.id, row, index, 0);
      tableRows.set(row, tableRow);
    }
    return tableRow;
  }
  const foundIndex = activeId === null ? -1 : sortedRows.findIndex((row) => row.id === activeId);
  // When the active row is filtered away, the first row takes over.
  const activeIndex = foundIndex >= 0 ? foundIndex : 0;
  const activeRow = sortedRows[activeIndex];

  const rem = remInPixels();
  const headerHeight = HEADER_HEIGHT_REM * rem;
  const rowHeight = ROW_HEIGHT_REM[density] * rem;
  const virtualizer = useVirtualizer({
    count: sortedRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  });

  // A new density changes every row's height: the virtualiser measures again.
  useEffect(() => {
    virtualizer.measure();
  }, [rowHeight, virtualizer]);

  useEffect(() => {
    if (sortedRows.length > 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, sortedRows.length, virtualizer]);

  function moveTo(index: number) {
    const target = sortedRows[Math.max(0, Math.min(sortedRows.length - 1, index))];
    if (target) setActiveId(target.id);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Keys on the sort buttons in the header keep their own meaning.
    if (event.target !== event.currentTarget) return;
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + PAGE_ROWS,
      PageUp: activeIndex - PAGE_ROWS,
      Home: 0,
      End: sortedRows.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      moveTo(next);
    } else if (event.key === 'Enter' && activeRow) {
      event.preventDefault();
      onOpen(activeRow);
    }
  }

  const visibleColumns = table.getVisibleLeafColumns();
  // The grid is as wide as the window allows and never narrower than its columns' widths together:
  // the default columns fit a 1024 px window; more columns scroll sideways.
  const minWidth = visibleColumns.reduce((sum, column) => sum + COLUMN_WIDTH_REM[column.id as ColumnId], 0);
  return (
    <div className="case-grid-scroll" ref={setScrollElement}>
      <div
        role="grid"
        className={`case-grid case-grid-${density}`}
        ref={(element) => setElementStyle(element, { 'min-width': `${minWidth}rem` })}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-rowcount={sortedRows.length + 1}
        aria-busy={isBusy}
        aria-colcount={visibleColumns.length}
        aria-activedescendant={activeRow ? `case-row-${activeRow.id}` : undefined}
        aria-keyshortcuts="ArrowUp ArrowDown Home End PageUp PageDown Enter"
        tabIndex={0}
        onKeyDown={handleKeyDown}
      >
        <div role="rowgroup" className="case-grid-head">
          {table.getHeaderGroups().map((group) => (
            <div role="row" aria-rowindex={1} className="case-grid-row" key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const id = header.column.id as ColumnId;
                return (
                  <div
                    role="columnheader"
                    key={header.id}
                    className={`case-grid-cell col-${id}`}
                    aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}
                  >
                    <button type="button" className="sort-button" disabled={isBusy} onClick={header.column.getToggleSortingHandler()}>
                      {t(COLUMN_LABEL[id])}
                      <span className="sort-icon" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <VirtualRowGroup className="case-grid-body" totalSize={virtualizer.getTotalSize()}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = sortedRows[item.index];
            if (!row) return null;
            const isActive = item.index === activeIndex;
            return (
              <div
                role="row"
                id={`case-row-${row.id}`}
                key={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={isActive}
                data-code={row.code}
                className={`case-grid-row case-grid-data-row${isActive ? ' is-active' : ''}`}
                ref={(element) => setElementStyle(element, { transform: `translateY(${item.start - headerHeight}px)` })}
                onClick={() => {
                  setActiveId(row.id);
                  onOpen(row);
                }}
              >
                <RowCells
                  row={tableRowOf(row, item.index)}
                  role="gridcell"
                  cellClassName={(columnId) => `case-grid-cell col-${columnId}`}
                />
              </div>
            );
          })}
        </VirtualRowGroup>
      </div>
    </div>
  );
}
