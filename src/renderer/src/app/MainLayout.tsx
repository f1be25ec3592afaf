import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { isControlShortcut } from '../kernel/keyboard';
import { useT } from '../kernel/i18n';
import { useActivityTouch, useSession } from '../kernel/session';
import { NavigationProvider, useNavigation } from '../kernel/navigation';
import type { Route } from '../kernel/navigation';
import { PrivacyModeProvider } from '../ui/privacyMode';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { CaseAccessProvider, OpenByCodeButton, useSearchShortcut } from '../cases';
import { FirstPassphraseScreen } from '../accounts';
import { BackupReminderBanner } from '../backup';
import { PaletteLauncher, type PalettePage } from '../palette';
import { RouteView } from './RouteView';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';
import { PublicFrame } from './PublicFrame';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';
import { landingPageFor, navPageOf, pagesFor, PAGE_LABEL } from './pages';

function ignoreRoute(_route: Route): void {}

/** The signed-in frame: skip link, header, navigation and the current screen. */
export function MainLayout() {
  const { info } = useSession();
  const [hasOwnPassphrase, setOwnPassphrase] = useState(false);
  // An initial or reset passphrase is replaced before anything else (the core refuses the rest).
  if (info.mustChangePassphrase && !hasOwnPassphrase) {
    return (
      <PublicFrame>
        <FirstPassphraseScreen onChanged={() => setOwnPassphrase(true)} />
      </PublicFrame>
    );
  }
  return (
    <PrivacyModeProvider isAvailable={info.role === 'counsellor'}>
      <NavigationProvider initial={{ page: landingPageFor(info.role) }}>
        <CaseAccessProvider>
          <MainFrame />
        </CaseAccessProvider>
        <UnsavedChangesDialog />
      </NavigationProvider>
    </PrivacyModeProvider>
  );
}

function MainFrame() {
  const t = useT();
  const { info, lock } = useSession();
  const { route, navigate } = useNavigation();
  const isCounsellor = info.role === 'counsellor';
  const page = navPageOf(route);
  const mainRef = useRef<HTMLElement>(null);
  useActivityTouch();
  // Full-text search is over case contents: a counsellor's tool only.
  useSearchShortcut(isCounsellor ? navigate : ignoreRoute);
  useDocumentTitle(t(PAGE_LABEL[page]));
  const palettePages = useMemo<PalettePage[]>(
    () => pagesFor(info.role).map((id) => ({ route: { page: id }, label: t(PAGE_LABEL[id]) })),
    [info.role, t],
  );

  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      // Ctrl+L (Cmd+L) locks from anywhere.
      if (!isControlShortcut(event, 'l')) return;
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
        <MainNav current={page} pages={pagesFor(info.role)} onNavigate={(next) => navigate({ page: next })}>
          <PaletteLauncher pages={palettePages} />
          {isCounsellor ? <OpenByCodeButton /> : null}
        </MainNav>
        <main id="main" ref={mainRef} className="app-main" tabIndex={-1}>
          <BackupReminderBanner />
          <RouteView route={route} />
        </main>
      </div>
    </div>
  );
}
