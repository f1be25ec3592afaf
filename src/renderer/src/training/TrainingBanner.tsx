import { useT } from '../kernel/i18n';
import './training.css';

/**
 * „Schulung – keine echten Daten“: on every screen of a training vault, before and after sign-in,
 * and not dismissible. A landmark of its own, so a screen reader's landmark list names it too; the
 * warning sign is a second channel next to the words, never the only one.
 */
export function TrainingBanner() {
  const t = useT();
  return (
    <aside className="training-banner" aria-label={t('training.bannerLabel')} data-testid="training-banner">
      <span className="training-banner-icon" aria-hidden="true">
        ⚠
      </span>
      <strong className="training-banner-text">{t('training.banner')}</strong>
      <span className="training-banner-detail">{t('training.bannerDetail')}</span>
    </aside>
  );
}
