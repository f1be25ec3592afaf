import { useCallback, useEffect, useState } from 'react';
import type { AppErrorData } from '@shared/ipc/result';
import { useSession } from '../../session';
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
