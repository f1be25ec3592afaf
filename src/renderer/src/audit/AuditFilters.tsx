import { useEffect, useId, useMemo, useState } from 'react';
import type { AuditFilter } from '@shared/audit/domain';
import { useI18n } from '../kernel/i18n';
import { FieldError } from '../ui/FieldError';
import { FilterSelect } from '../ui/FilterSelect';
import { parseGermanDate } from '../ui/dates';
import { actionLabel } from './formatAudit';

export interface Facets {
  actions: string[];
  users: { userId: string; name: string; role: 'supervisor' | 'counsellor' }[];
}

/** Typing a case code filters after a short pause, not on every key (each filter is logged). */
const CODE_DELAY_MS = 400;

/**
 * The log view's filters: account, case code, action (German labels), period, and "only accesses
 * with a reason"; a document chosen in a row of the table shows as a line with the way back to the
 * whole case. Every change applies at once; a period that ends before it starts is refused with a
 * message at the field.
 */
export function AuditFilters({
  facets,
  filter,
  onChange,
}: {
  facets: Facets | null;
  filter: AuditFilter;
  onChange: (next: AuditFilter) => void;
}) {
  const { t, translateMessage } = useI18n();
  const id = useId();
  const [code, setCode] = useState(filter.caseCode ?? '');
  const [from, setFrom] = useState(filter.from ?? '');
  const [to, setTo] = useState(filter.to ?? '');
  const [touched, setTouched] = useState<{ from: boolean; to: boolean }>({ from: false, to: false });
  const fromDate = parseGermanDate(from);
  const toDate = parseGermanDate(to);
  const fromError = from.trim() && !fromDate && touched.from ? 'validation.date' : null;
  const toError =
    to.trim() && !toDate && touched.to
      ? 'validation.date'
      : fromDate && toDate && toDate < fromDate
        ? 'auditUi.filter.periodInvalid'
        : null;

  useEffect(() => {
    const trimmed = code.trim().toUpperCase();
    if (trimmed === (filter.caseCode ?? '')) return;
    // An item belongs to its case: another code drops it.
    const timer = window.setTimeout(
      () => onChange(withValue(withValue(filter, 'caseCode', trimmed.slice(0, 40)), 'item', '')),
      CODE_DELAY_MS,
    );
    return () => window.clearTimeout(timer);
  }, [code, filter, onChange]);

  /** A period applies as soon as both ends are real days (or empty) and the end is not before the start. */
  function changePeriod(nextFrom: string, nextTo: string) {
    setFrom(nextFrom);
    setTo(nextTo);
    const fromIso = nextFrom.trim() ? parseGermanDate(nextFrom) : '';
    const toIso = nextTo.trim() ? parseGermanDate(nextTo) : '';
    if (fromIso === null || toIso === null) return;
    if (fromIso && toIso && toIso < fromIso) return;
    if (fromIso === (filter.from ?? '') && toIso === (filter.to ?? '')) return;
    onChange(withValue(withValue(filter, 'from', fromIso), 'to', toIso));
  }

  const actionOptions = useMemo(
    () =>
      (facets?.actions ?? [])
        .map((action) => {
          const label = actionLabel(action);
          return { value: action, label: t(label.key, label.params) };
        })
        .sort((left, right) => left.label.localeCompare(right.label, 'de')),
    [facets, t],
  );

  const hasFilter = Object.values(filter).some((value) => value !== undefined && value !== false);
  return (
    <div role="group" aria-labelledby={`${id}-legend`} className="audit-filters">
      <p id={`${id}-legend`} className="visually-hidden">
        {t('auditUi.filter.label')}
      </p>
      <FilterSelect
        label={t('auditUi.filter.user')}
        value={filter.userId ?? ''}
        options={[
          { value: '', label: t('auditUi.filter.allUsers') },
          ...(facets?.users ?? []).map((user) => ({
            value: user.userId,
            label: `${user.name} (${t(user.role === 'supervisor' ? 'role.supervisor' : 'role.counsellor')})`,
          })),
        ]}
        onChange={(value) => onChange(withValue(filter, 'userId', value))}
      />
      <div className="filter-field">
        <label className="field-label" htmlFor={`${id}-code`}>
          {t('auditUi.filter.caseCode')}
        </label>
        <input
          id={`${id}-code`}
          className="field-input code-mono-input"
          value={code}
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setCode(event.target.value)}
        />
      </div>
      <FilterSelect
        label={t('auditUi.filter.action')}
        value={filter.action ?? ''}
        options={[{ value: '', label: t('auditUi.filter.allActions') }, ...actionOptions]}
        onChange={(value) => onChange(withValue(filter, 'action', value))}
      />
      <DateFilter
        id={`${id}-from`}
        label={t('auditUi.filter.from')}
        value={from}
        error={fromError ? translateMessage(fromError) : null}
        onChange={(value) => changePeriod(value, to)}
        onBlur={() => setTouched((previous) => ({ ...previous, from: true }))}
      />
      <DateFilter
        id={`${id}-to`}
        label={t('auditUi.filter.to')}
        value={to}
        error={toError ? translateMessage(toError) : null}
        onChange={(value) => changePeriod(from, value)}
        onBlur={() => setTouched((previous) => ({ ...previous, to: true }))}
      />
      {filter.item ? (
        <p className="audit-item-filter">
          <span>{t('auditUi.filter.item', { item: t('audit.item.document', { item: filter.item }) })}</span>
          <button type="button" className="button button-quiet" onClick={() => onChange(withValue(filter, 'item', ''))}>
            {t('auditUi.filter.itemRemove')}
          </button>
        </p>
      ) : null}
      <label className="checkbox audit-break-glass-filter">
        <input
          type="checkbox"
          checked={filter.breakGlassOnly ?? false}
          onChange={(event) => onChange(withValue(filter, 'breakGlassOnly', event.target.checked))}
        />
        <span>{t('auditUi.filter.breakGlassOnly')}</span>
      </label>
      <div className="audit-filter-reset">
        <button
          type="button"
          className="button"
          disabled={!hasFilter && !code && !from && !to}
          onClick={() => {
            setCode('');
            setFrom('');
            setTo('');
            setTouched({ from: false, to: false });
            onChange({});
          }}
        >
          {t('auditUi.filter.reset')}
        </button>
      </div>
    </div>
  );
}

/** The filter with one value set, or removed when empty (the contract wants absent, not ''). */
function withValue<K extends keyof AuditFilter>(filter: AuditFilter, key: K, value: AuditFilter[K] | ''): AuditFilter {
  const next = { ...filter };
  if (value === '' || value === false || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

function DateFilter(props: {
  id: string;
  label: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const { id, label, value, error, onChange, onBlur } = props;
  return (
    <div className="filter-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field-input"
        inputMode="numeric"
        autoComplete="off"
        maxLength={10}
        value={value}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
    </div>
  );
}
