import type { MessageKey } from '@shared/i18n';
import { useI18n } from '../kernel/i18n';

/** Where in the export the user is: number and name of every step, the current one marked in words. */
export function StepIndicator({ steps, current }: { steps: readonly MessageKey[]; current: number }) {
  const { t } = useI18n();
  return (
    <nav className="steps stats-steps" aria-label={t('statsUi.steps.label')}>
      <p className="steps-progress">{t('statsUi.steps.progress', { current: current + 1, total: steps.length })}</p>
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
              {index < current ? <span className="visually-hidden"> ({t('statsUi.steps.done')})</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
