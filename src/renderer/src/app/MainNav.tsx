import type { MouseEvent, ReactNode } from 'react';
import { useT } from '../kernel/i18n';
import { PAGE_IDS, PAGE_LABEL, type PageId } from './pages';

/**
 * The areas as links (Enter opens them, the current one has `aria-current="page"`). The click is
 * handled in the app: the window never navigates, which the shell forbids anyway.
 */
export function MainNav({
  current,
  pages = PAGE_IDS,
  onNavigate,
  children,
}: {
  current: PageId;
  /** The areas of the signed-in role (pagesFor in pages.ts). */
  pages?: readonly PageId[];
  onNavigate: (page: PageId) => void;
  /** Role-specific actions below the links (a counsellor's "open by case code"). */
  children?: ReactNode;
}) {
  const t = useT();
  function handleClick(event: MouseEvent<HTMLAnchorElement>, page: PageId) {
    event.preventDefault();
    onNavigate(page);
  }
  return (
    <nav className="app-nav" aria-label={t('layout.navLabel')}>
      <ul className="nav-list">
        {pages.map((page) => (
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
      {children}
    </nav>
  );
}
