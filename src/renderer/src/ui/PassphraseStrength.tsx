import { ratePassphrase, type PassphraseStrength as Strength } from '@shared/kernel/passphrase';
import type { MessageKey } from '@shared/i18n';
import { useT } from '../kernel/i18n';

const LEVEL: Record<Strength, number> = { tooShort: 0, weak: 1, fair: 2, strong: 3 };
const LABEL: Record<Strength, MessageKey> = {
  tooShort: 'strength.tooShort',
  weak: 'strength.weak',
  fair: 'strength.fair',
  strong: 'strength.strong',
};

/**
 * The strength hint under a new passphrase: a meter plus the rating in words, so it never depends
 * on colour. It is not a live region — announcing every keystroke would drown the typing — but the
 * input points at it with `aria-describedby`.
 */
export function PassphraseStrength({ id, passphrase }: { id: string; passphrase: string }) {
  const t = useT();
  const strength = ratePassphrase(passphrase);
  const text = passphrase ? t('strength.text', { rating: t(LABEL[strength]) }) : t('strength.empty');
  return (
    <div className="strength" id={id}>
      <meter
        className={`strength-meter strength-${strength}`}
        min={0}
        max={3}
        low={1.5}
        high={2.5}
        optimum={3}
        value={passphrase ? LEVEL[strength] : 0}
        aria-label={t('strength.label')}
      />
      <span className="strength-text">{text}</span>
    </div>
  );
}
