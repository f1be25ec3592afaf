import type { MouseEvent } from 'react';
import { useT } from '../i18n';
import { PAGE_IDS, PAGE_LABEL, type PageId } from './pages';

/**
 * The areas as links (Enter opens them, the current one has `aria-current="page"`). The click is
 * handled in the app: the window never navigates, which the shell forbids anyway.
 */
export function MainNav({ current, onNavigate }: { current: PageId; onNavigate: (page: PageId) => void }) {
  const t = useT();
  function handleClick(event: MouseEvent<HTMLAnchorElement>, page: PageId) {
    event.preventDefault();
    onNavigate(page);
  }
  return (
    <nav className="app-nav" aria-label={t('layout.navLabel')}>
      <ul className="nav-list">
        {PAGE_IDS.map((page) => (
          <li key={page}>
            <a
              className="nav-link"
              href={`#${page}`}
              aria-current={page === current ? 'page' : undefined}
              onClick={(event) => handleClick(event, page)}
            >
              {t(PAGE_LABEL[page])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
