import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../kernel/i18n';
import { useNavigation } from '../kernel/navigation';
import { useSession } from '../kernel/session';
import { Modal } from '../ui/Modal';
import { matchEntries, searchTextOf } from './paletteItems';
import { usePaletteEntries, type PalettePage, type RunnableEntry } from './usePaletteEntries';
import './palette.css';

const GROUP_LABEL = { cases: 'palette.group.cases', pages: 'palette.group.pages', actions: 'palette.group.actions' } as const;
const GROUPS = ['cases', 'pages', 'actions'] as const;

/**
 * Strg+K: one field to jump to a case (code or name), a screen, or an action. The ARIA combobox
 * pattern: the focus stays in the field, ↑/↓ move the active option (`aria-activedescendant`),
 * Enter runs it, Escape closes; a polite status says how many options there are.
 */
export function CommandPalette({ pages, onClose }: { pages: readonly PalettePage[]; onClose: () => void }) {
  const t = useT();
  const { info } = useSession();
  const { navigate } = useNavigation();
  const [query, setQuery] = useState('');
  const [mode, setMode] = useState<'all' | 'entryCase'>('all');
  const [activeIndex, setActiveIndex] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const pickCaseForEntry = useCallback(() => {
    setMode('entryCase');
    setQuery('');
    setActiveIndex(0);
    inputRef.current?.focus();
  }, []);
  const { entries, isLoadingCases } = usePaletteEntries({ pages, mode, onPickCaseForEntry: pickCaseForEntry });

  const options = useMemo(() => {
    const matched = mode === 'entryCase' && query.trim() === '' ? entries.slice(0, 8) : matchEntries(entries, query);
    const text = query.trim();
    // The full-text search over every note is always the last way out for counsellors.
    if (mode === 'all' && text !== '' && info.role === 'counsellor') {
      const search: RunnableEntry = {
        id: 'action-search',
        group: 'actions',
        searchText: searchTextOf(text),
        label: t('palette.action.search', { query: text }),
        run: () => navigate({ page: 'search', query: text }),
      };
      return [...matched, search];
    }
    return matched;
  }, [entries, query, mode, info.role, t, navigate]);

  const active = options[Math.min(activeIndex, options.length - 1)];
  const optionId = (entry: RunnableEntry) => `${baseId}-${entry.id}`;

  useEffect(() => {
    if (!active) return;
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // optionId only joins the stable base id with the entry's id.
  }, [active]);

  function run(entry: RunnableEntry) {
    if (entry.keepsOpen) {
      entry.run();
      return;
    }
    onClose();
    entry.run();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = options.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (last < 0) return;
      const current = Math.min(activeIndex, last);
      setActiveIndex(event.key === 'ArrowDown' ? (current >= last ? 0 : current + 1) : current <= 0 ? last : current - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active) run(active);
    }
  }

  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  return (
    <Modal
      title={t(mode === 'entryCase' ? 'palette.entryTitle' : 'palette.title')}
      onClose={onClose}
      describedBy={hintId}
      className="palette-dialog"
    >
      <label className="field-label" htmlFor={`${baseId}-input`}>
        {t(mode === 'entryCase' ? 'palette.entryInputLabel' : 'palette.inputLabel')}
      </label>
      <p className="field-hint" id={hintId}>
        {t('palette.hint')}
      </p>
      <input
        ref={inputRef}
        id={`${baseId}-input`}
        className="field-input palette-input"
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active ? optionId(active) : undefined}
        aria-describedby={hintId}
        autoComplete="off"
        spellCheck={false}
        data-autofocus=""
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveIndex(0);
        }}
        onKeyDown={handleKeyDown}
      />
      <p className="visually-hidden" role="status">
        {isLoadingCases && query.trim() !== '' ? t('common.pleaseWait') : t('palette.count', { count: options.length })}
      </p>
      {options.length === 0 ? <p className="palette-empty">{t('palette.none')}</p> : null}
      <div ref={listRef} id={listId} role="listbox" aria-label={t('palette.listLabel')} className="palette-list">
        {GROUPS.map((group) => {
          const members = options.filter((entry) => entry.group === group);
          if (members.length === 0) return null;
          const labelId = `${baseId}-group-${group}`;
          return (
            <div key={group} role="group" aria-labelledby={labelId} className="palette-group">
              <div role="presentation" id={labelId} className="palette-group-label">
                {t(GROUP_LABEL[group])}
              </div>
              {members.map((entry) => {
                const isActive = entry === active;
                return (
                  <div
                    key={entry.id}
                    id={optionId(entry)}
                    role="option"
                    aria-selected={isActive}
                    className={`palette-option${isActive ? ' is-active' : ''}`}
                    data-group={entry.group}
                    onMouseMove={() => setActiveIndex(options.indexOf(entry))}
                    onClick={() => run(entry)}
                  >
                    <span className="palette-option-label">{entry.label}</span>
                    {entry.detail ? <span className="palette-option-detail">{entry.detail}</span> : null}
                    {entry.shortcut ? (
                      <kbd className="shortcut" aria-hidden="true">
                        {entry.shortcut}
                      </kbd>
                    ) : null}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </Modal>
  );
}
