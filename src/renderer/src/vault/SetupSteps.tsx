import type { MessageKey } from '@shared/i18n';
import { useT } from '../kernel/i18n';
import type { FormStep } from './setupForm';

export type SetupStage = FormStep | 'recovery';

const STAGES: readonly SetupStage[] = ['location', 'supervisor', 'counsellor', 'recovery'];
const STAGE_LABEL: Record<SetupStage, MessageKey> = {
  location: 'setup.step.location',
  supervisor: 'setup.step.supervisor',
  counsellor: 'setup.step.counsellor',
  recovery: 'setup.step.recovery',
};

/** Where the person is in the set-up: number, name and "done" as text, the current one marked. */
export function SetupSteps({ current }: { current: SetupStage }) {
  const t = useT();
  const currentIndex = STAGES.indexOf(current);
  return (
    <div className="steps no-print">
      <p className="steps-progress">{t('setup.progress', { current: currentIndex + 1, total: STAGES.length })}</p>
      <ol className="steps-list" aria-label={t('setup.stepsLabel')}>
        {STAGES.map((stage, index) => {
          const isDone = index < currentIndex;
          const isCurrent = index === currentIndex;
          return (
            <li
              key={stage}
              className={['step', isDone ? 'step-done' : '', isCurrent ? 'step-current' : ''].filter(Boolean).join(' ')}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <span className="step-number" aria-hidden="true">
                {isDone ? '✓' : index + 1}
              </span>
              <span className="step-label">{t(STAGE_LABEL[stage])}</span>
              {isDone ? <span className="visually-hidden"> ({t('setup.stepDone')})</span> : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
