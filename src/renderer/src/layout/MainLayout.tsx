import { useEffect, useRef, type MouseEvent } from 'react';
import { useT } from '../i18n';
import { useActivityTouch, useSession } from '../session';
import { NavigationProvider, useNavigation } from '../navigation';
import { RouteView } from '../navigation/RouteView';
import { PrivacyProvider } from '../privacy';
import { useSearchShortcut } from '../search';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';
import { navPageOf, PAGE_LABEL } from './pages';

/** Ctrl+L (Cmd+L on a Mac keyboard); `code` keeps it working on non-Latin keyboard layouts. */
function isLockShortcut(event: KeyboardEvent): boolean {
  const isL = event.code === 'KeyL' || event.key.toLowerCase() === 'l';
  return isL && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

/** The signed-in frame: skip link, header, navigation and the current screen. */
export function MainLayout() {
  return (
    <PrivacyProvider>
      <NavigationProvider initial={{ page: 'cases' }}>
        <MainFrame />
      </NavigationProvider>
    </PrivacyProvider>
  );
}

function MainFrame() {
  const t = useT();
  const { lock } = useSession();
  const { route, navigate } = useNavigation();
  const page = navPageOf(route);
  const mainRef = useRef<HTMLElement>(null);
  useActivityTouch();
  useSearchShortcut(navigate);
  useDocumentTitle(t(PAGE_LABEL[page]));

  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (!isLockShortcut(event)) return;
      event.preventDefault();
      void lock();
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [lock]);

  // After sign-in and after each navigation, reading starts at the page's heading — unless the new
  // screen has already put the focus on a control inside main (a form's first field, the case tab
  // just chosen with the arrow keys), which must keep it.
  useEffect(() => {
    const main = mainRef.current;
    const active = document.activeElement;
    if (main && active && active !== main && main.contains(active)) return;
    main?.querySelector<HTMLElement>('h1')?.focus();
  }, [route]);

  function handleSkip(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    mainRef.current?.focus();
  }

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main" onClick={handleSkip}>
        {t('layout.skipToContent')}
      </a>
      <AppHeader />
      <div className="app-body">
        <MainNav current={page} onNavigate={(next) => navigate({ page: next })} />
        <main id="main" ref={mainRef} className="app-main" tabIndex={-1}>
          <RouteView route={route} />
        </main>
      </div>
    </div>
  );
}
