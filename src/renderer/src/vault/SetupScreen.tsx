import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { isMessageKey, type MessageKey } from '@shared/i18n';
import type { SessionInfo } from '@shared/vault/contract';
import type { AppErrorData } from '@shared/kernel/result';
import { callCore } from '../kernel/bridge';
import { useI18n } from '../kernel/i18n';
import { ErrorAlert } from '../ui/Alert';
import { ContextForm } from '../ui/forms';
import { StatusMessage } from '../ui/StatusMessage';
import { applyServerFieldErrors } from '../ui/serverFieldErrors';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { FreshRestoreEntry, RecoveryKeyStep } from '../backup';
import { TrainingVaultEntry } from '../training';
import { AccountStep } from './AccountStep';
import { LocationStep, type SuggestedLocation } from './LocationStep';
import { SetupSteps, type SetupStage } from './SetupSteps';
import {
  ALL_SETUP_FIELDS,
  FORM_STEPS,
  SETUP_DEFAULTS,
  STEP_FIELDS,
  setupFormSchema,
  stepOfField,
  type FormStep,
  type SetupFormInput,
  type SetupFormValues,
} from './setupForm';

const STEP_HEADING: Record<FormStep, MessageKey> = {
  location: 'setup.location.heading',
  supervisor: 'setup.supervisor.heading',
  counsellor: 'setup.counsellor.heading',
};

interface CreatedVault {
  recoveryKey: string;
  session: SessionInfo;
  vaultDir: string;
}

type FocusTarget = 'heading' | FieldPath<SetupFormInput>;

/**
 * First start: one form over three steps (folder, supervisor, counsellor), then the recovery key.
 * Instead, a backup can be restored or a training vault with invented cases created.
 * All steps share one react-hook-form, so going back and forth or a refusal by the core never loses
 * what was typed.
 */
export function SetupScreen({ onFinished, onRestored }: { onFinished: (session: SessionInfo) => void; onRestored?: () => void }) {
  const { t, translateError } = useI18n();
  useDocumentTitle(t('setup.title'));
  const form = useForm<SetupFormInput, unknown, SetupFormValues>({
    resolver: zodResolver(setupFormSchema),
    defaultValues: SETUP_DEFAULTS,
    // Checked when a step is confirmed, then again while an error is being fixed (FormTextField);
    // never on blur, which would make buttons jump under the pointer.
    mode: 'onSubmit',
    // Fields of other steps are not mounted; focus is moved by this screen instead.
    shouldFocusError: false,
  });
  const { setValue, getValues, setFocus, setError, trigger, getFieldState } = form;
  const [stage, setStage] = useState<SetupStage>('location');
  const [created, setCreated] = useState<CreatedVault | null>(null);
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isCreating, setCreating] = useState(false);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const [suggested, setSuggested] = useState<SuggestedLocation | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  useEffect(() => {
    let isCancelled = false;
    void callCore((api) => api.vault.suggestLocation()).then((result) => {
      if (isCancelled || !result.ok) return;
      setSuggested({ storage: result.value.storage, pinned: result.value.pinned });
      if (getValues('vaultDir') === '' || result.value.pinned) setValue('vaultDir', result.value.vaultDir);
    });
    return () => {
      isCancelled = true;
    };
  }, [getValues, setValue]);

  // Focus moves after the new step has rendered: to its heading when going on, to a field on error.
  useEffect(() => {
    if (!focusTarget) return;
    if (focusTarget === 'heading') headingRef.current?.focus();
    else setFocus(focusTarget, { shouldSelect: false });
    setFocusTarget(null);
  }, [focusTarget, stage, setFocus]);

  function goTo(next: SetupStage, focus: FocusTarget) {
    setFormError(null);
    setStage(next);
    setFocusTarget(focus);
  }

  async function createVault(values: SetupFormValues) {
    setCreating(true);
    const result = await callCore((api) =>
      api.vault.setup({
        vaultDir: values.vaultDir,
        supervisor: { name: values.supervisor.name, passphrase: values.supervisor.passphrase },
        counsellor: { name: values.counsellor.name, passphrase: values.counsellor.passphrase },
      }),
    );
    setCreating(false);
    if (result.ok) {
      setCreated({ ...result.value, vaultDir: values.vaultDir });
      // The passphrases have done their work; do not keep them in the form any longer.
      form.reset(SETUP_DEFAULTS);
      goTo('recovery', 'heading');
      return;
    }
    showServerError(result.error);
  }

  function showServerError(error: AppErrorData) {
    const marked = applyServerFieldErrors(error, ALL_SETUP_FIELDS, setError);
    if (marked.length === 0 && (error.code === 'VAULT_PATH_INVALID' || error.message.startsWith('error.VAULT_PATH'))) {
      // A key without parameters is stored as a key (it follows a language switch); text otherwise.
      const message = isMessageKey(error.message) && !error.params ? error.message : translateError(error);
      setError('vaultDir', { type: 'server', message });
      marked.push('vaultDir');
    }
    const first = marked[0];
    if (first) goTo(stepOfField(first), first);
    else setFormError(error);
  }

  function handleInvalid() {
    const first = ALL_SETUP_FIELDS.find((field) => getFieldState(field).invalid);
    if (first) goTo(stepOfField(first), first);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (stage === 'recovery' || isCreating) return;
    setFormError(null);
    if (stage !== 'counsellor') {
      const isValid = await trigger(STEP_FIELDS[stage], { shouldFocus: true });
      const next = FORM_STEPS[FORM_STEPS.indexOf(stage) + 1];
      if (isValid && next) goTo(next, 'heading');
      return;
    }
    await form.handleSubmit(createVault, handleInvalid)(event);
  }

  function handleBack() {
    if (stage === 'recovery') return;
    const previous = FORM_STEPS[FORM_STEPS.indexOf(stage) - 1];
    if (previous) goTo(previous, 'heading');
  }

  async function handleChooseFolder(): Promise<string | null> {
    const result = await callCore((api) => api.vault.chooseFolder());
    if (!result.ok) {
      setFormError(result.error);
      return null;
    }
    const { vaultDir } = result.value;
    if (vaultDir) setValue('vaultDir', vaultDir, { shouldDirty: true, shouldValidate: true });
    return vaultDir;
  }

  return (
    <div className="card card-wide">
      <h1>{t('setup.title')}</h1>
      {stage === 'location' ? <p>{t('setup.intro')}</p> : null}
      <SetupSteps current={stage} />
      {stage === 'recovery' && created ? (
        <RecoveryKeyStep
          headingRef={headingRef}
          recoveryKey={created.recoveryKey}
          vaultDir={created.vaultDir}
          onContinue={() => onFinished(created.session)}
        />
      ) : stage === 'recovery' ? null : (
        <ContextForm form={form} aria-labelledby={headingId} aria-busy={isCreating} onSubmit={handleSubmit}>
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            {t(STEP_HEADING[stage])}
          </h2>
          {stage === 'location' ? (
            <LocationStep suggested={suggested} onChooseFolder={handleChooseFolder} />
          ) : (
            <AccountStep key={stage} role={stage} />
          )}
          <ErrorAlert error={formError} />
          <StatusMessage message={isCreating ? t('setup.creating') : null} />
          <div className="actions">
            {stage !== 'location' ? (
              <button type="button" className="button" onClick={handleBack}>
                {t('common.back')}
              </button>
            ) : null}
            <button type="submit" className="button button-primary" disabled={isCreating}>
              {stage === 'counsellor' ? t('setup.create') : t('common.next')}
            </button>
          </div>
        </ContextForm>
      )}
      {stage === 'location' && onRestored ? <FreshRestoreEntry onRestored={onRestored} /> : null}
      {stage === 'location' ? <TrainingVaultEntry onCreated={onFinished} /> : null}
    </div>
  );
}
