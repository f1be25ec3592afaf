import { useT } from '../kernel/i18n';

/**
 * The visible wait after too many failed attempts. `role="timer"` is not read on every tick (that
 * would be noise); the unlock screen announces the start and the end once.
 */
export function Countdown({ secondsLeft }: { secondsLeft: number }) {
  const t = useT();
  if (secondsLeft <= 0) return null;
  return (
    <p className="countdown" role="timer">
      <span className="countdown-icon" aria-hidden="true">
        !
      </span>
      {t('unlock.countdown', { seconds: secondsLeft })}
    </p>
  );
}
