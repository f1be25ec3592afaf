import type { MouseEvent, ReactNode } from 'react';
import { useNavigation, type Route } from '../kernel/navigation';

/** An item of "Heute" as a link (Enter opens it); the window never navigates, the app does. */
export function HomeLink({ to, children, className }: { to: Route; children: ReactNode; className?: string }) {
  const { navigate } = useNavigation();
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    navigate(to);
  }
  const anchor = to.page === 'case' ? `case-${to.caseId}` : to.page;
  return (
    <a className={['home-link', className].filter(Boolean).join(' ')} href={`#${anchor}`} onClick={handleClick}>
      {children}
    </a>
  );
}

/** One section of "Heute": a heading, then the items or a calm sentence when there are none. */
export function HomeSection({
  id,
  heading,
  isEmpty = false,
  emptyText = '',
  footer,
  children,
}: {
  id: string;
  heading: string;
  isEmpty?: boolean;
  emptyText?: string;
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="home-section" aria-labelledby={`home-${id}`} data-section={id}>
      <h2 id={`home-${id}`}>{heading}</h2>
      {isEmpty ? <p className="home-empty">{emptyText}</p> : children}
      {footer ? <p className="home-footer">{footer}</p> : null}
    </section>
  );
}
