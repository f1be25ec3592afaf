import { useState } from 'react';
import type { MessageKey } from '@shared/i18n';
import type { CsvLayout } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { StatusMessage } from '../ui/StatusMessage';
import { useFileDialogRun } from './useFileDialogRun';
import { valuesOf, type Choice, type ChoiceValues } from './choiceSchema';
import { ChooseStep } from './ChooseStep';
import { ConfirmStep } from './ConfirmStep';
import { DocumentSummary } from './DocumentSummary';
import { lastEndedQuarter } from './format';
import { PreviewStep, type StatsPreview } from './PreviewStep';
import { StepIndicator } from '../ui/StepIndicator';
import type { StatsSetup } from './useStatsProfiles';
import { WrittenExport, type WrittenResult } from './WrittenExport';

const STEPS: readonly MessageKey[] = ['statsUi.steps.choose', 'statsUi.steps.preview', 'statsUi.steps.confirm', 'statsUi.steps.written'];

type Step =
  | { kind: 'choose' }
  | { kind: 'preview'; choice: Choice; preview: StatsPreview }
  | { kind: 'confirm'; choice: Choice; preview: StatsPreview }
  | { kind: 'written'; preview: StatsPreview; result: WrittenResult };

const STEP_TEXTS = { label: 'statsUi.steps.label', progress: 'statsUi.steps.progress', done: 'statsUi.steps.done' } as const;

const STEP_INDEX: Record<Step['kind'], number> = { choose: 0, preview: 1, confirm: 2, written: 3 };

function initialValues(setup: StatsSetup): ChoiceValues {
  const { year, quarter } = lastEndedQuarter(new Date());
  return { kind: 'quarter', year: String(year), quarter: String(quarter), profileId: setup.profiles[0]?.id ?? '' };
}

/** The export: choose → preview → confirm → written. Nothing is written before the confirmation. */
export function ExportWizard({
  setup,
  onManageProfiles,
  onShowHistory,
}: {
  setup: StatsSetup;
  onManageProfiles: (() => void) | null;
  onShowHistory: () => void;
}) {
  const { t } = useI18n();
  const { call } = useSession();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [values, setValues] = useState<ChoiceValues>(() => initialValues(setup));
  const [csvLayout, setCsvLayout] = useState<CsvLayout>('sections');
  const { isBusy, setBusy, error, setError, status, setStatus, run } = useFileDialogRun();
  const [hasMoved, setMoved] = useState(false);
  // The choice a refused preview was for: „Als Korrekturlieferung erstellen“ repeats it as a correction.
  const [refusedChoice, setRefusedChoice] = useState<Choice | null>(null);

  function go(next: Step) {
    setError(null);
    setStatus(null);
    setMoved(true);
    setStep(next);
  }

  async function showPreview(choice: Choice) {
    setValues(valuesOf(choice));
    setBusy(true);
    setError(null);
    const result = await call((api) => api.stats.preview(choice));
    setBusy(false);
    if (!result.ok) {
      if (step.kind !== 'choose') go({ kind: 'choose' });
      setError(result.error);
      setRefusedChoice(result.error.message === 'stats.error.correctionRequired' ? choice : null);
      return;
    }
    setRefusedChoice(null);
    go({ kind: 'preview', choice, preview: result.value });
  }

  function write(choice: Choice, preview: StatsPreview) {
    return run(
      () => call((api) => api.stats.export({ ...choice, previewHash: preview.previewHash, csvLayout })),
      t('statsUi.confirm.cancelled'),
      (result) => go({ kind: 'written', preview, result }),
    );
  }

  return (
    <>
      <StepIndicator steps={STEPS} current={STEP_INDEX[step.kind]} texts={STEP_TEXTS} className="stats-steps" />
      {step.kind === 'choose' ? (
        <ChooseStep
          setup={setup}
          initial={values}
          isBusy={isBusy}
          error={error}
          isFirstScreen={!hasMoved}
          onPreview={(choice) => void showPreview(choice)}
          onCorrection={refusedChoice ? () => void showPreview({ ...refusedChoice, correction: true }) : null}
          onManageProfiles={onManageProfiles}
        />
      ) : null}
      {step.kind === 'preview' ? (
        <PreviewStep
          preview={step.preview}
          catalogue={setup.catalogue.tables}
          csvLayout={csvLayout}
          onCsvLayout={setCsvLayout}
          onBack={() => go({ kind: 'choose' })}
          onContinue={() => go({ kind: 'confirm', choice: step.choice, preview: step.preview })}
        />
      ) : null}
      {step.kind === 'confirm' ? (
        <>
          <ConfirmStep
            files={step.preview.plannedFiles[csvLayout]}
            summary={<DocumentSummary document={step.preview.document} />}
            isBusy={isBusy}
            error={error}
            errorAction={
              error?.code === 'CONFLICT' ? (
                <button type="button" className="button" onClick={() => void showPreview(step.choice)}>
                  {t('statsUi.confirm.refreshPreview')}
                </button>
              ) : null
            }
            onConfirm={() => void write(step.choice, step.preview)}
            onBack={() => go({ kind: 'preview', choice: step.choice, preview: step.preview })}
          />
          <StatusMessage message={status} />
        </>
      ) : null}
      {step.kind === 'written' ? (
        <WrittenExport result={step.result}>
          <div className="actions actions-start">
            <button type="button" className="button button-primary" onClick={() => go({ kind: 'choose' })}>
              {t('statsUi.written.again')}
            </button>
            <button type="button" className="button" onClick={onShowHistory}>
              {t('statsUi.written.toHistory')}
            </button>
          </div>
        </WrittenExport>
      ) : null}
    </>
  );
}
