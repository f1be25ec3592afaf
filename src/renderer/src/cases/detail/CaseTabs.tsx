import { useRef, type KeyboardEvent } from 'react';
import type { MessageKey } from '@shared/i18n';
import type { CaseSection } from '../../kernel/navigation';
import { useT } from '../../kernel/i18n';

export const CASE_SECTIONS = [
  'overview',
  'status',
  'deadlines',
  'journal',
  'documents',
  'planning',
  'closure',
  'privacy',
] as const satisfies readonly CaseSection[];

const LABEL: Record<CaseSection, MessageKey> = {
  overview: 'caseDetail.section.overview',
  status: 'caseDetail.section.status',
  deadlines: 'caseDetail.section.deadlines',
  journal: 'caseDetail.section.journal',
  documents: 'documents.tab',
  planning: 'caseDetail.section.planning',
  closure: 'caseDetail.section.closure',
  privacy: 'rightsUi.tab',
};

export function tabId(section: CaseSection): string {
  return `case-tab-${section}`;
}

export function panelId(section: CaseSection): string {
  return `case-panel-${section}`;
}

/**
 * The sections of a case as an ARIA tab list: Tab reaches the chosen tab, arrow keys (and Home/End)
 * move between tabs and open them, as screen-reader users expect from tabs.
 */
export function CaseTabs({
  current,
  onSelect,
  counts,
}: {
  current: CaseSection;
  onSelect: (section: CaseSection) => void;
  counts: Partial<Record<CaseSection, number>>;
}) {
  const t = useT();
  const refs = useRef(new Map<CaseSection, HTMLButtonElement>());
  function move(event: KeyboardEvent<HTMLDivElement>) {
    const index = CASE_SECTIONS.indexOf(current);
    const last = CASE_SECTIONS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const section = CASE_SECTIONS[next];
    if (!section) return;
    // Focus first, so the layout sees the focus inside the page and leaves it on the tab.
    refs.current.get(section)?.focus();
    onSelect(section);
  }
  return (
    <div className="case-tabs" role="tablist" aria-label={t('caseDetail.sectionsLabel')} onKeyDown={move}>
      {CASE_SECTIONS.map((section) => {
        const count = counts[section];
        return (
          <button
            key={section}
            ref={(element) => {
              if (element) refs.current.set(section, element);
              else refs.current.delete(section);
            }}
            type="button"
            role="tab"
            id={tabId(section)}
            className="case-tab"
            aria-selected={section === current}
            aria-controls={panelId(section)}
            tabIndex={section === current ? 0 : -1}
            onClick={() => onSelect(section)}
          >
            {t(LABEL[section])}
            {count !== undefined ? <span className="case-tab-count">{t('caseDetail.count', { count })}</span> : null}
          </button>
        );
      })}
    </div>
  );
}
