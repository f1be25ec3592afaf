import { useId, useMemo, type ReactNode } from 'react';
import { PHASES, RESIDENCE_STATUSES } from '@shared/kernel/vocabulary';
import { useT } from '../../kernel/i18n';
import type { CaseFilters, CaseRow } from './caseRows';

const DEADLINE_STATES = ['overdue', 'thisWeek', 'next30Days', 'later', 'none'] as const;
const OPEN_STATES = ['open', 'closed', 'all'] as const;

function SelectFilter({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="filter-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="field-input" value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}

/**
 * The list filters. Values come from closed lists, so a select (keyboard: arrows, type-ahead) fits;
 * counsellors are the ones that occur in the cases. Every change applies at once.
 */
export function CaseFilterBar({
  rows,
  filters,
  onChange,
}: {
  rows: readonly CaseRow[];
  filters: CaseFilters;
  onChange: (filters: CaseFilters) => void;
}) {
  const t = useT();
  const counsellors = useMemo(() => {
    const byId = new Map<string, string>();
    for (const row of rows) byId.set(row.counsellorId, row.counsellorName);
    return [...byId].sort(([, left], [, right]) => left.localeCompare(right, 'de'));
  }, [rows]);
  // The values are our own option values, so narrowing them back is safe.
  const set =
    <K extends keyof CaseFilters>(key: K) =>
    (value: string) =>
      onChange({ ...filters, [key]: value as CaseFilters[K] });
  return (
    <div className="filter-bar" role="group" aria-label={t('caseList.filters.label')}>
      <SelectFilter label={t('caseList.filter.status')} value={filters.status} onChange={set('status')}>
        <option value="all">{t('caseList.filter.all')}</option>
        {RESIDENCE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`caseList.statusShort.${status}`)}
          </option>
        ))}
        <option value="none">{t('caseList.noStatus')}</option>
      </SelectFilter>
      <SelectFilter label={t('caseList.filter.phase')} value={filters.phase} onChange={set('phase')}>
        <option value="all">{t('caseList.filter.all')}</option>
        {PHASES.map((phase) => (
          <option key={phase} value={phase}>
            {t(`vocab.phase.${phase}`)}
          </option>
        ))}
      </SelectFilter>
      <SelectFilter label={t('caseList.filter.counsellor')} value={filters.counsellorId} onChange={set('counsellorId')}>
        <option value="all">{t('caseList.filter.all')}</option>
        {counsellors.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </SelectFilter>
      <SelectFilter label={t('caseList.filter.deadline')} value={filters.deadlineState} onChange={set('deadlineState')}>
        <option value="all">{t('caseList.filter.all')}</option>
        {DEADLINE_STATES.map((state) => (
          <option key={state} value={state}>
            {t(`caseList.deadline.${state}`)}
          </option>
        ))}
      </SelectFilter>
      <SelectFilter label={t('caseList.filter.openState')} value={filters.openState} onChange={set('openState')}>
        {OPEN_STATES.map((state) => (
          <option key={state} value={state}>
            {t(`caseList.openState.${state}`)}
          </option>
        ))}
      </SelectFilter>
    </div>
  );
}
