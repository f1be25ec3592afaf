import { useCallback, useEffect, useRef, useState } from 'react';
import type { SortingState, Updater } from '@tanstack/react-table';
import type { AppErrorData } from '@shared/kernel/result';
import { useSession } from '../../kernel/session';
import { COLUMN_IDS, DEFAULT_VISIBLE_COLUMNS, FIXED_COLUMNS, type ColumnId } from './columns';

/** A stored choice, cleaned: known ids only, in the list's order, the fixed columns always in. */
export function cleanVisibleColumns(value: readonly string[]): ColumnId[] {
  return COLUMN_IDS.filter((id) => FIXED_COLUMNS.has(id) || value.includes(id));
}

/**
 * Which columns the case list shows, remembered per user inside the vault through the core
 * (`prefs:get`/`prefs:set`, key 'caseList.columns') — never in localStorage, which would sit
 * unencrypted next to the vault and be shared by every account on the workstation. A change
 * applies at once; if storing it fails, the list keeps it for now and says so.
 */
export function useColumnChoice(): { visible: ColumnId[]; setVisible: (visible: ColumnId[]) => void; saveError: AppErrorData | null } {
  const { call } = useSession();
  const [visible, setVisibleState] = useState<ColumnId[]>(() => [...DEFAULT_VISIBLE_COLUMNS]);
  const [saveError, setSaveError] = useState<AppErrorData | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void call((api) => api.prefs.get({ key: 'caseList.columns' })).then((result) => {
      if (isCurrent && result.ok && result.value.key === 'caseList.columns') setVisibleState(cleanVisibleColumns(result.value.value));
    });
    return () => {
      isCurrent = false;
    };
  }, [call]);

  const setVisible = useCallback(
    (next: ColumnId[]) => {
      const cleaned = cleanVisibleColumns(next);
      setVisibleState(cleaned);
      setSaveError(null);
      void call((api) => api.prefs.set({ key: 'caseList.columns', value: cleaned })).then((result) => {
        if (!result.ok) setSaveError(result.error);
      });
    },
    [call],
  );
  return { visible, setVisible, saveError };
}

export const DEFAULT_SORTING: SortingState = [{ id: 'code', desc: false }];
const isColumnId = (id: string): id is ColumnId => (COLUMN_IDS as readonly string[]).includes(id);

/**
 * The list's sort order, remembered the same way (key 'caseList.sort'): one column, either
 * direction. A failed save is not reported — the order still applies, it is just not remembered.
 */
export function useSortChoice(): { sorting: SortingState; setSorting: (updater: Updater<SortingState>) => void } {
  const { call } = useSession();
  const [sorting, setSortingState] = useState<SortingState>(DEFAULT_SORTING);
  const current = useRef(sorting);
  current.current = sorting;

  useEffect(() => {
    let isCurrent = true;
    void call((api) => api.prefs.get({ key: 'caseList.sort' })).then((result) => {
      if (isCurrent && result.ok && result.value.key === 'caseList.sort' && isColumnId(result.value.value.column)) {
        setSortingState([{ id: result.value.value.column, desc: result.value.value.descending }]);
      }
    });
    return () => {
      isCurrent = false;
    };
  }, [call]);

  const setSorting = useCallback(
    (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(current.current) : updater;
      setSortingState(next);
      const first = next[0];
      if (first && isColumnId(first.id)) {
        const value = { column: first.id, descending: first.desc };
        void call((api) => api.prefs.set({ key: 'caseList.sort', value }));
      }
    },
    [call],
  );
  return { sorting, setSorting };
}
