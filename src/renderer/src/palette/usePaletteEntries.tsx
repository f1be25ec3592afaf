import { useCallback, useMemo, type ReactNode } from 'react';
import type { FallbuchApi } from '@shared/contract/api';
import type { CaseSummary } from '@shared/cases/domain';
import { useT } from '../kernel/i18n';
import { useNavigation, type Route } from '../kernel/navigation';
import { useCoreValue, useSession } from '../kernel/session';
import { PersonName, usePrivacyMode } from '../ui/privacyMode';
import { searchTextOf, type PaletteEntry } from './paletteItems';

export interface PalettePage {
  route: Route;
  label: string;
}

export interface RunnableEntry extends PaletteEntry {
  /** What the option shows (a case: code and name, hidden in privacy mode). */
  label: ReactNode;
  detail?: string;
  shortcut?: string;
  /** Runs after the palette has closed; `pick` switches to choosing a case instead. */
  run: () => void;
  keepsOpen?: boolean;
}

const readCases = (api: FallbuchApi) => api.cases.list({ includeClosed: true });
const readNothing = async () => ({ ok: true as const, value: [] as CaseSummary[] });

/**
 * Everything the palette offers: the user's cases (counsellors), the screens of the role, and the
 * main actions. `mode` "entryCase" lists only the cases, to choose where a new entry goes.
 */
export function usePaletteEntries({
  pages,
  mode,
  onPickCaseForEntry,
}: {
  pages: readonly PalettePage[];
  mode: 'all' | 'entryCase';
  onPickCaseForEntry: () => void;
}): { entries: RunnableEntry[]; isLoadingCases: boolean } {
  const t = useT();
  const { info, lock } = useSession();
  const { route, navigate } = useNavigation();
  const { isPrivate, toggle } = usePrivacyMode();
  const isCounsellor = info.role === 'counsellor';
  const { value: cases } = useCoreValue(useCallback(isCounsellor ? readCases : readNothing, [isCounsellor]));

  return useMemo(() => {
    const caseEntries: RunnableEntry[] = (cases ?? []).map((summary) => ({
      id: `case-${summary.id}`,
      group: 'cases',
      // Names are matched in privacy mode too (the person opposite can still be found); only the code shows.
      searchText: searchTextOf(summary.code, summary.familyName, summary.givenNames),
      label: (
        <>
          <span className="case-code">{summary.code}</span> <PersonName familyName={summary.familyName} givenNames={summary.givenNames} />
        </>
      ),
      detail: summary.closedOn ? t('palette.caseClosed') : undefined,
      run: () =>
        navigate(
          mode === 'entryCase'
            ? { page: 'case', caseId: summary.id, section: 'journal', newEntryRequest: Date.now() }
            : { page: 'case', caseId: summary.id },
        ),
    }));
    if (mode === 'entryCase') return { entries: caseEntries, isLoadingCases: isCounsellor && cases === null };

    const pageEntries: RunnableEntry[] = pages.map((page) => ({
      id: `page-${page.route.page}`,
      group: 'pages',
      searchText: searchTextOf(page.label, t('palette.pageWord')),
      label: page.label,
      run: () => navigate(page.route),
    }));
    const currentCase = route.page === 'case' ? (cases ?? []).find((summary) => summary.id === route.caseId) : undefined;
    const actions: RunnableEntry[] = [];
    if (isCounsellor) {
      actions.push({
        id: 'action-newCase',
        group: 'actions',
        searchText: searchTextOf(t('palette.action.newCase')),
        label: t('palette.action.newCase'),
        run: () => navigate({ page: 'caseNew' }),
      });
      actions.push(
        currentCase
          ? {
              id: 'action-newEntry',
              group: 'actions',
              searchText: searchTextOf(t('palette.action.newEntry'), currentCase.code),
              label: t('palette.action.newEntryIn', { code: currentCase.code }),
              shortcut: t('journal.shortcut'),
              run: () => navigate({ page: 'case', caseId: currentCase.id, section: 'journal', newEntryRequest: Date.now() }),
            }
          : {
              id: 'action-newEntry',
              group: 'actions',
              searchText: searchTextOf(t('palette.action.newEntry')),
              label: t('palette.action.newEntryPick'),
              run: onPickCaseForEntry,
              keepsOpen: true,
            },
      );
      actions.push({
        id: 'action-privacy',
        group: 'actions',
        searchText: searchTextOf(t(isPrivate ? 'palette.action.showNames' : 'palette.action.hideNames'), t('privacy.toggle')),
        label: t(isPrivate ? 'palette.action.showNames' : 'palette.action.hideNames'),
        shortcut: t('privacy.shortcut'),
        run: toggle,
      });
    }
    actions.push({
      id: 'action-lock',
      group: 'actions',
      searchText: searchTextOf(t('layout.lock')),
      label: t('layout.lock'),
      shortcut: t('layout.lockShortcut'),
      run: () => void lock(),
    });
    return { entries: [...caseEntries, ...pageEntries, ...actions], isLoadingCases: isCounsellor && cases === null };
  }, [cases, mode, pages, route, isCounsellor, isPrivate, t, navigate, toggle, lock, onPickCaseForEntry]);
}
