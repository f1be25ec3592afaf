import type { MessageKey } from '@shared/i18n';
import { useI18n } from '../kernel/i18n';

/** The texts a wizard names its steps with: the navigation's name, "Schritt {current} von {total}", "erledigt". */
export interface StepTexts {
  label: MessageKey;
  progress: MessageKey;
  done: MessageKey;
}

/** Where in a wizard the user is: number and name of every step, the current one marked in words. */
export function StepIndicator({
  steps,
  current,
  texts,
  className,
}: {
  steps: readonly MessageKey[];
  current: number;
  texts: StepTexts;
  className?: string;
}) {
  const { t } = useI18n();
  return (
    <nav className={['steps', className].filter(Boolean).join(' ')} aria-label={t(texts.label)}>
      <p className="steps-progress">{t(texts.progress, { current: current + 1, total: steps.length })}</p>
      <ol className="steps-list">
        {steps.map((step, index) => (
          <li
            key={step}
            className={['step', index < current ? 'step-done' : null, index === current ? 'step-current' : null].filter(Boolean).join(' ')}
            aria-current={index === current ? 'step' : undefined}
          >
            <span className="step-number" aria-hidden="true">
              {index < current ? '✓' : index + 1}
            </span>
            <span className="step-label">
              {t(step)}
              {index < current ? <span className="visually-hidden"> ({t(texts.done)})</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
