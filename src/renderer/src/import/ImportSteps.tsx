import { useEffect, useRef } from 'react';
import type { MessageKey } from '@shared/i18n';
import { useI18n } from '../kernel/i18n';
import { ErrorAlert } from '../ui/Alert';
import { StatusMessage } from '../ui/StatusMessage';
import { StepIndicator } from '../ui/StepIndicator';
import { ColumnsStep } from './ColumnsStep';
import { DoneStep } from './DoneStep';
import { DryRunStep } from './DryRunStep';
import { FileStep } from './FileStep';
import { TableStep } from './TableStep';
import { useImportWizard, WIZARD_STEPS, type WizardStep } from './useImportWizard';
import { ValuesStep } from './ValuesStep';

const STEP_TEXTS = { label: 'importUi.steps.label', progress: 'importUi.steps.progress', done: 'importUi.steps.done' } as const;

const STEP_LABEL: Record<WizardStep, MessageKey> = {
  file: 'importUi.steps.file',
  table: 'importUi.steps.table',
  columns: 'importUi.steps.columns',
  values: 'importUi.steps.values',
  dryRun: 'importUi.steps.dryRun',
  done: 'importUi.steps.done.heading',
};

/** The wizard: one step at a time; after each move the step's heading takes the focus. */
export function ImportSteps({ onImported }: { onImported: () => void }) {
  const { t } = useI18n();
  const wizard = useImportWizard();
  const { state, error, status } = wizard;
  const container = useRef<HTMLDivElement>(null);
  const isFirst = useRef(true);
  useEffect(() => {
    if (isFirst.current) {
      isFirst.current = false;
      return;
    }
    container.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [state.step]);
  useEffect(() => {
    if (state.step === 'done') onImported();
  }, [state.step, onImported]);
  const cancel = () => void wizard.discard(t('importUi.discarded'));
  return (
    <section className="import-wizard" ref={container} aria-busy={wizard.isBusy}>
      <StepIndicator
        steps={WIZARD_STEPS.map((step) => STEP_LABEL[step])}
        current={WIZARD_STEPS.indexOf(state.step)}
        texts={STEP_TEXTS}
        className="import-steps"
      />
      <ErrorAlert error={error} />
      {state.step === 'file' ? <FileStep wizard={wizard} /> : null}
      {state.step === 'table' ? <TableStep wizard={wizard} onCancel={cancel} /> : null}
      {state.step === 'columns' ? <ColumnsStep wizard={wizard} onCancel={cancel} /> : null}
      {state.step === 'values' ? <ValuesStep wizard={wizard} onCancel={cancel} /> : null}
      {state.step === 'dryRun' ? <DryRunStep wizard={wizard} onCancel={cancel} /> : null}
      {state.step === 'done' ? <DoneStep wizard={wizard} /> : null}
      <StatusMessage
        message={wizard.isBusy ? t('importUi.busy') : status}
        tone={status && !wizard.isBusy && state.step === 'done' ? 'success' : 'info'}
      />
    </section>
  );
}
