import { useT } from '../../kernel/i18n';
import { usePrivacyMode } from './PrivacyModeProvider';

/**
 * The one way a person's name reaches the screen. In privacy mode it renders nothing but a hidden
 * marker, so the case code next to it is all that shows. Every screen that shows a name uses this.
 */
export function PersonName({ familyName, givenNames }: { familyName: string; givenNames: string }) {
  const t = useT();
  const { isPrivate } = usePrivacyMode();
  if (isPrivate) {
    return (
      <span className="person-name person-name-hidden" data-testid="name-hidden">
        {t('privacy.nameHidden')}
      </span>
    );
  }
  return (
    <span className="person-name">
      {familyName}, {givenNames}
    </span>
  );
}

/** For places that need plain text (document title, aria-label): the code alone in privacy mode. */
export function usePersonLabel(): (person: { code: string; familyName: string; givenNames: string }) => string {
  const { isPrivate } = usePrivacyMode();
  return (person) => (isPrivate ? person.code : `${person.familyName}, ${person.givenNames} (${person.code})`);
}
