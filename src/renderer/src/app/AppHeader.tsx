import { useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { usePrivacyMode } from '../ui/privacyMode';

/**
 * App name, who is signed in (name and role in words) and the lock button with its shortcut.
 * „Namen verbergen" is a counsellor's: supervisors see no case contents, so there is nothing to hide.
 */
export function AppHeader() {
  const t = useT();
  const { info, lock } = useSession();
  const { isPrivate, toggle } = usePrivacyMode();
  return (
    <header className="app-header">
      <span className="brand">{t('app.name')}</span>
      <p className="header-user">
        <span className="header-user-label">{t('layout.signedInAs')}</span>{' '}
        <span className="header-user-name">
          {t('layout.user', { name: info.name, role: t(info.role === 'supervisor' ? 'role.supervisor' : 'role.counsellor') })}
        </span>
      </p>
      {info.role === 'counsellor' ? (
        <button
          type="button"
          className="button header-button privacy-toggle"
          aria-pressed={isPrivate}
          aria-keyshortcuts="Control+Shift+P"
          onClick={toggle}
        >
          {t('privacy.toggle')}
          {/* Sighted users see the state in words; screen readers get it from aria-pressed. Both words
              take the same width, so switching never moves the header. */}
          <span className="toggle-state" aria-hidden="true">
            {t(isPrivate ? 'privacy.stateOn' : 'privacy.stateOff')}
          </span>
          <kbd className="shortcut" aria-hidden="true">
            {t('privacy.shortcut')}
          </kbd>
        </button>
      ) : null}
      <button type="button" className="button header-button" aria-keyshortcuts="Control+L" onClick={() => void lock()}>
        {t('layout.lock')}
        {/* The shortcut is in aria-keyshortcuts; reading it in the name too would be noise. */}
        <kbd className="shortcut" aria-hidden="true">
          {t('layout.lockShortcut')}
        </kbd>
      </button>
    </header>
  );
}
